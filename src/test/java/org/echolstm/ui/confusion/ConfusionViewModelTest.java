package org.echolstm.ui.confusion;

import org.echolstm.model.EchoModel;
import org.echolstm.training.Evaluation;
import org.echolstm.training.HeldOutSet;
import org.echolstm.ui.MainViewModel;
import org.echolstm.ui.ScriptedDialogs;
import org.echolstm.ui.SmallLessons;
import org.echolstm.ui.lesson.CurrentLesson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The confusion matrix tab's state, without a window: the held-out set's answers, only while visible. */
class ConfusionViewModelTest {
    private static final long LIMIT = 512;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MainViewModel vm = SmallLessons.trained(dialogs, LIMIT);
    private final CurrentLesson lesson = vm.lesson();
    private final ConfusionViewModel confusion = vm.confusion();

    private Evaluation shown() {
        return confusion.evaluationProperty().get().orElseThrow();
    }

    @Test
    void nothingIsComputedWhileTheTabIsHidden() {
        assertThat(confusion.evaluationProperty().get()).isEmpty();
        vm.training().step();
        assertThat(confusion.evaluationProperty().get()).isEmpty();
    }

    @Test
    void theVisibleTabShowsTheModelsAnswersOnTheHeldOutSet() {
        confusion.visibleProperty().set(true);

        EchoModel model = lesson.session().orElseThrow().modelCopy();
        Evaluation expected = HeldOutSet.evaluate(model);
        assertThat(shown().samples()).isEqualTo(HeldOutSet.DEFAULT_SAMPLES);
        assertThat(shown().samplesTrained()).isEqualTo(LIMIT);
        assertThat(shown().confusion().counts()).isDeepEqualTo(expected.confusion().counts());
        assertThat(shown().accuracy()).isEqualTo(expected.accuracy());
        assertThat(shown().confusion().counts()).hasNumberOfRows(SmallLessons.TASK.features());
    }

    @Test
    void aStepWhileVisibleEvaluatesTheSteppedModel() {
        confusion.visibleProperty().set(true);

        vm.training().step();

        assertThat(shown().samplesTrained()).isEqualTo(LIMIT + SmallLessons.BATCH);
        EchoModel model = lesson.session().orElseThrow().modelCopy();
        assertThat(shown().confusion().counts()).isDeepEqualTo(HeldOutSet.evaluate(model).confusion().counts());
    }

    @Test
    void withoutAModelThereIsNoMatrix() {
        confusion.visibleProperty().set(true);
        dialogs.answerConfirm(true);

        vm.training().resetWeights();

        assertThat(confusion.evaluationProperty().get()).isEmpty();
    }
}
