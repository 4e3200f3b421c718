package org.echolstm.ui;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

import javafx.application.Platform;
import org.echolstm.training.LessonFiles;
import org.echolstm.training.MetricsSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class CloseAndAutosaveTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @TempDir
    Path folder;





    private void trainSomeSamples(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            vm().parameters().length.textProperty().set("4");
            vm().parameters().echoIndex.textProperty().set("1");
            vm().parameters().sampleLimit.textProperty().set("256");
            vm().parameters().targetAccuracy.textProperty().set("");
            vm().training().train();
        });
        waitFor(60, () -> idle(vm()) && samplesShown() == 256);
    }

    /** Calls requestClose outside interact(): it may open a modal dialog. */
    private CompletableFuture<Boolean> requestClose(Optional<Path> lessonFile, AtomicBoolean closed) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(vm().files().requestClose(() -> lessonFile, () -> closed.set(true), vm().autosave()::delete)));
        return result;
    }

    @Test
    void closingWithNothingUnsavedAsksNothing() throws Exception {
        assertThat(requestClose(Optional.empty(), new AtomicBoolean()).get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void closingWithUnsavedTrainingCanBeCancelled(FxRobot robot) throws Exception {
        trainSomeSamples(robot);
        CompletableFuture<Boolean> result = requestClose(Optional.empty(), new AtomicBoolean());
        clickWhenShown(robot, "Cancel");
        assertThat(result.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void closingWithUnsavedTrainingCanSaveTheLessonFirst(FxRobot robot) throws Exception {
        trainSomeSamples(robot);
        Path lesson = folder.resolve("before-closing.echolesson");
        AtomicBoolean closed = new AtomicBoolean();
        CompletableFuture<Boolean> result = requestClose(Optional.of(lesson), closed);
        clickWhenShown(robot, "Save lesson…");
        assertThat(result.get(10, TimeUnit.SECONDS)).isFalse();
        waitFor(30, closed::get);
        assertThat(LessonFiles.open(lesson).model().samplesTrained()).isEqualTo(256);
    }

    @Test
    void closingWithoutSavingIsAllowedAfterAsking(FxRobot robot) throws Exception {
        trainSomeSamples(robot);
        CompletableFuture<Boolean> result = requestClose(Optional.empty(), new AtomicBoolean());
        clickWhenShown(robot, "Close without saving");
        assertThat(result.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void autosaveWritesTheLessonWhileTrainingIsUnsavedAndCleanCloseRemovesIt(FxRobot robot) throws Exception {
        Path autosave = folder.resolve("autosave.echolesson");
        robot.interact(() -> vm().autosave().enable(autosave, 0));
        trainSomeSamples(robot);
        waitFor(30, () -> Files.exists(autosave) && LessonFiles.open(autosave).model().samplesTrained() == 256);
        robot.interact(() -> vm().files().saveLesson(folder.resolve("kept.echolesson")));
        waitFor(30, () -> !vm().lesson().hasUnsavedTraining());
        assertThat(requestClose(Optional.empty(), new AtomicBoolean()).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(autosave).doesNotExist();
    }
}
