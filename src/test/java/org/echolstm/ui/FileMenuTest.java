package org.echolstm.ui;

import org.echolstm.model.ExportFormat;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Label;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.dl4j.ModelFiles;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.echolstm.training.LessonFiles;
import org.echolstm.training.TrainingFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** The File menu's work, driven through the window's view model (file choosers are the OS's). */
class FileMenuTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @TempDir
    Path folder;





    private void easyTask(FxRobot robot) {
        robot.interact(() -> vm().parameters().fields().stream().filter(f -> EASY_TASK.containsKey(f.key()))
                .forEach(f -> f.textProperty().set(EASY_TASK.get(f.key()))));
    }

    @Test
    void savingWhileTrainingWritesAConsistentModelAndTrainingGoesOn(FxRobot robot) throws Exception {
        easyTask(robot);
        robot.interact(() -> vm().training().train());
        waitFor(60, () -> samplesShown() > 0);
        Path file = folder.resolve("live.zip");
        robot.interact(() -> vm().files().saveModel(file));
        waitFor(30, () -> vm().status().messageProperty().get().startsWith("Saved the model"));
        assertThat(vm().lesson().runningProperty().get()).isTrue();
        EchoModel saved = ModelFiles.open(file);
        assertThat(saved.samplesTrained()).isPositive();
        long atSave = saved.samplesTrained();
        waitFor(30, () -> samplesShown() > atSave);
        robot.interact(() -> vm().training().stop());
        waitFor(30, () -> idle(vm()));
        assertThat(vm().files().recentFiles()).containsExactly(file.toAbsolutePath());
    }

    @Test
    void openingAModelRestoresItsTaskAndTrainingContinuesFromIt(FxRobot robot) throws Exception {
        EchoModel model = new EchoModel(new EchoTask(6, 7, 4), new ModelSettings(5, Optimizer.RMSPROP, 0.003, 3));
        var session = new org.echolstm.training.TrainingSession(model,
                new org.echolstm.training.TrainingSettings(8, org.echolstm.training.StopRule.samples(64)));
        session.run();
        Path file = folder.resolve("six.zip");
        ModelFiles.save(session.modelCopy(), file, "test");

        robot.interact(() -> vm().files().openModel(file));
        waitFor(30, () -> idle(vm()) && vm().status().messageProperty().get().startsWith("Opened"));
        assertThat(vm().parameters().task()).contains(new EchoTask(6, 7, 4));
        assertThat(vm().parameters().modelSettings().orElseThrow().optimizer()).isEqualTo(Optimizer.RMSPROP);
        assertThat(samplesShown()).isEqualTo(64);
        assertThat(vm().lifecycle().fileProperty().get()).contains(file);

        robot.interact(() -> vm().training().step());
        waitFor(30, () -> samplesShown() > 64 && idle(vm()));
        assertThat(vm().lifecycle().hasUnsavedTraining()).isTrue();
    }

    @Test
    void aHostileFileIsRefusedInOneSentenceAndTheModelIsUntouched(FxRobot robot) throws Exception {
        easyTask(robot);
        robot.interact(() -> vm().training().step());
        waitFor(60, () -> idle(vm()) && samplesShown() == 32);
        robot.interact(() -> vm().files().saveModel(folder.resolve("saved.zip")));
        waitFor(30, () -> vm().status().messageProperty().get().startsWith("Saved"));

        Path hostile = folder.resolve("hostile.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(hostile))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("preprocessor.bin"));
            zip.write(new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5});
            zip.closeEntry();
        }
        robot.interact(() -> vm().files().openModel(hostile));
        waitFor(30, () -> robot.lookup(".dialog-pane .content").tryQuery().isPresent());
        Label content = robot.lookup(".dialog-pane .content").queryAs(Label.class);
        assertThat(content.getText()).isEqualTo("hostile.zip contains an unexpected entry (preprocessor.bin); "
                + "it is not a model file of this application.");
        clickWhenShown(robot, "OK");
        assertThat(idle(vm())).isTrue();
        assertThat(samplesShown()).isEqualTo(32);
        assertThat(vm().parameters().task()).contains(new EchoTask(4, 5, 2));
    }

    @Test
    void aLessonRestoresSettingsAndCurves(FxRobot robot) throws Exception {
        easyTask(robot);
        robot.interact(() -> vm().parameters().sampleLimit.textProperty().set("640"));
        robot.interact(() -> vm().training().train());
        waitFor(120, () -> idle(vm()) && samplesShown() == 640);
        Path lesson = folder.resolve("class.echolesson");
        robot.interact(() -> vm().files().saveLesson(lesson));
        waitFor(30, () -> vm().status().messageProperty().get().startsWith("Saved the lesson"));
        int points = vm().lesson().history().curves().totalPoints();

        // Saved: starting a new model asks nothing.
        robot.interact(() -> vm().files().newModel());
        assertThat(vm().lesson().hasModelProperty().get()).isFalse();
        assertThat(vm().lesson().history().curves().totalPoints()).isZero();

        robot.interact(() -> vm().files().openLesson(lesson));
        waitFor(30, () -> idle(vm()));
        assertThat(vm().lesson().history().curves().totalPoints()).isEqualTo(points);
        assertThat(vm().parameters().sampleLimit.textProperty().get()).isEqualTo("640");
        assertThat(LessonFiles.open(lesson).model().samplesTrained()).isEqualTo(640);
    }

    @Test
    void aLessonFileDeletedWhileOpenIsWrittenAgainOnSave(FxRobot robot) throws Exception {
        easyTask(robot);
        robot.interact(() -> vm().training().step());
        waitFor(60, () -> idle(vm()) && samplesShown() == 32);
        Path lesson = folder.resolve("deleted.echolesson");
        robot.interact(() -> vm().files().saveLesson(lesson));
        waitFor(30, () -> Files.exists(lesson) && !vm().lifecycle().hasUnsavedTraining());
        Files.delete(lesson);
        robot.interact(() -> vm().training().step());
        waitFor(60, () -> idle(vm()) && samplesShown() == 64);
        robot.interact(() -> vm().files().saveLesson(lesson));
        waitFor(30, () -> Files.exists(lesson) && !vm().lifecycle().hasUnsavedTraining());
        assertThat(LessonFiles.open(lesson).model().samplesTrained()).isEqualTo(64);
    }

    @Test
    void aForeignDl4jModelAsksForItsTask(FxRobot robot) throws Exception {
        EchoModel model = new EchoModel(new EchoTask(5, 9, 1), new ModelSettings(4, Optimizer.ADAM, 0.01, 3));
        Path plain = folder.resolve("elsewhere.zip");
        try (OutputStream out = Files.newOutputStream(plain)) {
            org.deeplearning4j.util.ModelSerializer.writeModel(org.echolstm.model.dl4j.Dl4jConversion.networkOf(model), out, true);
        }
        robot.interact(() -> vm().files().openModel(plain));
        waitFor(30, () -> robot.lookup("#foreignLengthField").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#foreignLengthField").queryTextInputControl().setText("5");
            robot.lookup("#foreignIndexField").queryTextInputControl().setText("1");
        });
        clickWhenShown(robot, "Open");
        waitFor(30, () -> idle(vm()) && vm().status().messageProperty().get().startsWith("Opened"));
        assertThat(vm().parameters().task()).contains(new EchoTask(5, 9, 1));
    }

    @Test
    void exportsWriteFilesThatReadBack(FxRobot robot) throws Exception {
        easyTask(robot);
        robot.interact(() -> vm().training().step());
        waitFor(60, () -> idle(vm()) && samplesShown() == 32);
        Path csv = folder.resolve("history.csv");
        Path npz = folder.resolve("w.npz");
        robot.interact(() -> vm().export().exportHistory(csv));
        waitFor(30, () -> Files.exists(csv));
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo("series,samples,value");
        robot.interact(() -> vm().export().exportModel(ExportFormat.WEIGHTS_NPZ, npz));
        waitFor(30, () -> Files.exists(npz));
        assertThat(Files.size(npz)).isGreaterThan(4L * 16 * 4 * 5);
    }
}
