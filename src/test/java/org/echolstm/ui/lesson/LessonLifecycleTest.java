package org.echolstm.ui.lesson;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.echolstm.training.Preset;
import org.echolstm.training.StopRule;
import org.echolstm.training.TrainingSession;
import org.echolstm.training.TrainingSettings;
import org.echolstm.ui.DialogService;
import org.echolstm.ui.I18n;
import org.echolstm.ui.ScriptedDialogs;
import org.echolstm.ui.SmallLessons;
import org.echolstm.ui.concurrent.DirectTaskExecutor;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions made, replaced and discarded in one place, and the save state that follows them. */
class LessonLifecycleTest {
    private static final EchoTask TASK = SmallLessons.TASK;
    private static final ModelSettings MODEL = new ModelSettings(SmallLessons.UNITS, Optimizer.ADAM, 0.05, 1);
    private static final TrainingSettings TRAINING = new TrainingSettings(SmallLessons.BATCH, new StopRule(64, 0));

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CurrentLesson lesson = new CurrentLesson(new DirectTaskExecutor());
    private final LessonLifecycle lifecycle = new LessonLifecycle(lesson, dialogs);

    private void trainOneStep() {
        TrainingSession session = lesson.session().orElseThrow();
        session.step();
        lesson.show(session.latest());
    }

    @Test
    void otherTrainingSettingsKeepTheModel() {
        assertThat(lifecycle.prepare(TASK, MODEL, TRAINING, () -> { })).isTrue();
        EchoModel model = lesson.session().orElseThrow().withModel(m -> m);
        trainOneStep();

        TrainingSettings longer = new TrainingSettings(SmallLessons.BATCH, new StopRule(128, 0));
        assertThat(lifecycle.prepare(TASK, MODEL, longer, () -> { })).isTrue();

        assertThat(lesson.session().orElseThrow().settings()).isEqualTo(longer);
        EchoModel kept = lesson.session().orElseThrow().withModel(m -> m);
        assertThat(kept).isSameAs(model);
        assertThat(lifecycle.hasUnsavedTraining()).as("the training is still there, unsaved").isTrue();
        assertThat(dialogs.calls()).isEmpty();
    }

    @Test
    void anotherTaskAsksBeforeItReplacesUnsavedTraining() {
        lifecycle.prepare(TASK, MODEL, TRAINING, () -> { });
        trainOneStep();
        TrainingSession trained = lesson.session().orElseThrow();
        EchoTask other = new EchoTask(4, 4, 2);

        dialogs.answerSave(DialogService.SaveChoice.CANCEL);
        assertThat(lifecycle.prepare(other, MODEL, TRAINING, () -> { })).isFalse();
        assertThat(lesson.session()).containsSame(trained);

        dialogs.answerSave(DialogService.SaveChoice.DONT_SAVE);
        assertThat(lifecycle.prepare(other, MODEL, TRAINING, () -> { })).isTrue();
        assertThat(lesson.task()).contains(other);
        assertThat(lifecycle.hasUnsavedWork()).isFalse();
        assertThat(dialogs.calls("askToSave")).hasSize(2)
                .allSatisfy(call -> assertThat(call.title()).isEqualTo(I18n.t("dialog.save.title.newModel")));
    }

    @Test
    void discardingForgetsTheFileAndTheMarks() {
        lifecycle.prepare(TASK, MODEL, TRAINING, () -> { });
        trainOneStep();
        lifecycle.savedAs(Path.of("kept.echolesson"), lesson.samplesShown());
        lifecycle.marked();
        assertThat(lifecycle.hasUnsavedTraining()).isFalse();
        assertThat(lifecycle.hasUnsavedWork()).as("a marked moment no file holds").isTrue();

        lifecycle.discard();

        assertThat(lesson.session()).isEmpty();
        assertThat(lifecycle.fileProperty().get()).isEmpty();
        assertThat(lifecycle.savedSamplesProperty().get()).isZero();
        assertThat(lifecycle.unsavedMarksProperty().get()).isZero();
        assertThat(lifecycle.hasUnsavedWork()).isFalse();
    }

    @Test
    void aPresetForAnotherModelWaitsForTheQuestionOnlyWhenWorkIsUnsaved() {
        assertThat(lifecycle.allowsPreset(Preset.DEFAULT, () -> { })).as("no model: any preset").isTrue();
        lifecycle.prepare(TASK, MODEL, TRAINING, () -> { });
        assertThat(lifecycle.allowsPreset(Preset.DEFAULT, () -> { })).as("nothing trained yet").isTrue();
        assertThat(lesson.session()).isEmpty();

        lifecycle.prepare(TASK, MODEL, TRAINING, () -> { });
        trainOneStep();
        dialogs.answerSave(DialogService.SaveChoice.CANCEL);
        assertThat(lifecycle.allowsPreset(Preset.DEFAULT, () -> { })).isFalse();
        assertThat(lesson.session()).isPresent();
        assertThat(dialogs.calls("askToSave")).singleElement()
                .satisfies(call -> assertThat(call.title()).isEqualTo(I18n.t("dialog.save.title.preset")));
    }
}
