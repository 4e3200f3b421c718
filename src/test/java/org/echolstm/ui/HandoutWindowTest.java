package org.echolstm.ui;

import javafx.stage.Stage;
import org.echolstm.cli.HandoutInBrowserTest;
import org.echolstm.training.Lesson;
import org.echolstm.training.LessonFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File ▸ Export ▸ Handout in the whole window: each stop is shown and pictured, the file has every
 * picture, and the window shows again what it showed before.
 */
class HandoutWindowTest extends WindowTest {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    private void open(Lesson lesson, FxRobot robot) throws Exception {
        Path file = folder.resolve("lesson.echolesson");
        LessonFiles.save(lesson, file, "test");
        robot.interact(() -> vm().files().openLesson(file));
        waitFor(60, () -> vm().story().stops().size() == lesson.stops().size() && idle(vm())
                && vm().lifecycle().fileProperty().get().isPresent());
    }

    private String handout(FxRobot robot) throws Exception {
        Path out = folder.resolve("handout.html");
        robot.interact(() -> window.view().exportHandout(out));
        waitFor(120, () -> Files.exists(out) && !vm().handout().makingProperty().get());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void everyStopIsPicturedAndTheWindowShowsAgainWhatItShowed(FxRobot robot) throws Exception {
        Lesson lesson = HandoutInBrowserTest.lessonWithThreeStops();
        open(lesson, robot);
        int[] sequence = {2, 2, 2, 1, 0};
        robot.interact(() -> {
            window.view().showTab(3);
            vm().sample().showSequence(sequence);
        });
        waitFor(30, () -> vm().sample().predictionProperty().get().isPresent());

        String html = handout(robot);

        assertThat(HandoutInBrowserTest.pictures(html)).hasSize(5);
        assertThat(html).contains("Stop 3: Where it still errs", "forget gate open (never forget)");
        assertThat(window.view().selectedTabProperty().get()).isEqualTo(3);
        assertThat(vm().lesson().replayedProperty().get()).isEmpty();
        assertThat(vm().story().currentProperty().get()).isEqualTo(-1);
        assertThat(vm().story().captionShownProperty().get()).isTrue();
        assertThat(vm().sample().sampleProperty().get().orElseThrow().sequence()).containsExactly(sequence);
        assertThat(vm().status().said()).isEqualTo("Wrote the handout handout.html (3\u00a0stops)");
    }

    @Test
    void aLessonWithoutStopsStillHasItsCurvesAndItsInsideView(FxRobot robot) throws Exception {
        Lesson withStops = HandoutInBrowserTest.lessonWithThreeStops();
        open(new Lesson(withStops.model(), withStops.settings(), withStops.history(), withStops.snapshots(), List.of()),
                robot);

        String html = handout(robot);

        assertThat(HandoutInBrowserTest.pictures(html)).hasSize(2);
        assertThat(html).contains("This lesson has no stops.", "Training curves", "Inside the LSTM at the end of training");
        assertThat(vm().status().said()).isEqualTo("Wrote the handout handout.html (no stops)");
    }
}
