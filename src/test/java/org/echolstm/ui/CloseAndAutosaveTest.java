package org.echolstm.ui;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

import javafx.application.Platform;
import org.echolstm.training.LessonFiles;
import org.echolstm.training.TrainingFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

    /** Calls requestClose outside interact(): it may open a modal dialog. Saving goes to {@code lessonFile}. */
    private void requestClose(Optional<Path> lessonFile, AtomicBoolean closed) {
        Platform.runLater(() -> {
            vm().unsaved().saveWith(afterSaving -> {
                lessonFile.ifPresent(f -> vm().files().saveLesson(f, afterSaving));
                return lessonFile.isPresent();
            });
            vm().files().requestClose(() -> {
                vm().autosave().delete();
                closed.set(true);
            });
        });
    }

    @Test
    void closingWithNothingUnsavedAsksNothing() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        requestClose(Optional.empty(), closed);
        waitFor(10, closed::get);
    }

    @Test
    void closingWithUnsavedTrainingCanBeCancelled(FxRobot robot) throws Exception {
        trainSomeSamples(robot);
        AtomicBoolean closed = new AtomicBoolean();
        requestClose(Optional.empty(), closed);
        clickWhenShown(robot, "Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(closed).isFalse();
        assertThat(vm().lifecycle().hasUnsavedTraining()).isTrue();
    }

    @Test
    void closingWithUnsavedTrainingCanSaveTheLessonFirst(FxRobot robot) throws Exception {
        trainSomeSamples(robot);
        Path lesson = folder.resolve("before-closing.echolesson");
        AtomicBoolean closed = new AtomicBoolean();
        requestClose(Optional.of(lesson), closed);
        clickWhenShown(robot, "Save…");
        waitFor(30, closed::get);
        assertThat(LessonFiles.open(lesson).model().samplesTrained()).isEqualTo(256);
    }

    @Test
    void closingWithoutSavingIsAllowedAfterAsking(FxRobot robot) throws Exception {
        trainSomeSamples(robot);
        AtomicBoolean closed = new AtomicBoolean();
        requestClose(Optional.empty(), closed);
        clickWhenShown(robot, "Don’t save");
        waitFor(10, closed::get);
    }

    @Test
    void autosaveWritesTheLessonOnceTrainingRestsAndCleanCloseRemovesIt(FxRobot robot) throws Exception {
        Path autosave = folder.resolve("autosave.echolesson");
        robot.interact(() -> vm().autosave().enable(autosave, App.AUTOSAVE_INTERVAL_NANOS));
        trainSomeSamples(robot);
        // Training stopped at its limit: the lesson is written at once, not a minute later.
        waitFor(30, () -> Files.exists(autosave) && LessonFiles.open(autosave).model().samplesTrained() == 256);
        robot.interact(() -> vm().files().saveLesson(folder.resolve("kept.echolesson")));
        waitFor(30, () -> !vm().lifecycle().hasUnsavedTraining());
        AtomicBoolean closed = new AtomicBoolean();
        requestClose(Optional.empty(), closed);
        waitFor(10, closed::get);
        assertThat(autosave).doesNotExist();
    }
}
