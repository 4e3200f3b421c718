package org.echolstm.training;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelFileException;
import org.echolstm.model.dl4j.ModelFiles;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LessonFilesTest {

    @Test
    void aLessonRoundTripsSettingsModelAndHistory(@TempDir Path folder) throws Exception {
        EchoModel model = new EchoModel(new EchoTask(4, 5, 2), new ModelSettings(8, Optimizer.RMSPROP, 0.005, 9));
        TrainingSettings settings = new TrainingSettings(4, new StopRule(200, 0.9), 300, 40);
        TrainingSession session = new TrainingSession(model, settings);
        MetricHistory history = new MetricHistory(50);
        session.addListener(history);
        session.run();

        Path file = folder.resolve("lesson.echolesson");
        LessonFiles.save(new Lesson(session.modelCopy(), settings, history.curves()), file, "test");
        Lesson opened = LessonFiles.open(file);

        assertThat(opened.settings()).isEqualTo(settings);
        assertThat(opened.model().task()).isEqualTo(model.task());
        assertThat(opened.model().settings()).isEqualTo(model.settings());
        assertThat(opened.model().samplesTrained()).isEqualTo(200);
        assertThat(opened.model().parameters()).containsExactly(model.parameters());
        MetricHistory.Curves expected = history.curves();
        assertThat(opened.history().loss()).isEqualTo(expected.loss());
        assertThat(opened.history().heldOutAccuracy()).isEqualTo(expected.heldOutAccuracy());
        assertThat(opened.history().heldOutAccuracy()).isNotEmpty();

        // A lesson's model opens as a model too (on the command line, in other DL4J code).
        assertThat(LessonFiles.openModel(file).samplesTrained()).isEqualTo(200);
    }

    @Test
    void aPlainModelFileIsNotALesson(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("model.zip");
        ModelFiles.save(new EchoModel(new EchoTask(4, 5, 2), ModelSettings.NOTEBOOK), file, "test");
        assertThatThrownBy(() -> LessonFiles.open(file)).isInstanceOf(ModelFileException.class)
                .hasMessage("model.zip is a model file, not a lesson: open it as a model.");
    }

    @Test
    void historyCsvHasOneLinePerPoint() {
        MetricHistory history = new MetricHistory(10);
        history.onStep(new TrainingFigures(TrainingState.RUNNING, 8, 1, 2.5, 2.5, 0.25,
                java.util.OptionalDouble.of(0.5), true, 100, 100, 1000));
        String csv = MetricHistory.toCsv(history.curves());
        assertThat(csv.lines()).containsExactly("series,samples,value", "loss,8,2.5", "smoothed_loss,8,2.5",
                "training_accuracy,8,0.25", "held_out_accuracy,8,0.5");
    }
}
