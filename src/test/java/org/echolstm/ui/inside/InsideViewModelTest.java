package org.echolstm.ui.inside;

import org.echolstm.model.EchoModel;
import org.echolstm.model.GateClamp;
import org.echolstm.training.HeldOutSet;
import org.echolstm.ui.MainViewModel;
import org.echolstm.ui.ScriptedDialogs;
import org.echolstm.ui.SmallLessons;
import org.echolstm.model.Ablation;
import org.echolstm.ui.lesson.CurrentLesson;
import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Inside the LSTM tab's state, without a window: computed only while visible, ablation as a view. */
class InsideViewModelTest {
    /** Enough training for the small task to be learned well above chance. */
    private static final long LIMIT = 4096;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MainViewModel vm = SmallLessons.trained(dialogs, LIMIT);
    private final CurrentLesson lesson = vm.lesson();
    private final InsideViewModel inside = vm.inside();

    private Inside shown() {
        return inside.insideProperty().get().orElseThrow();
    }

    private EchoModel model() {
        return lesson.session().orElseThrow().modelCopy();
    }

    @Test
    void nothingIsComputedWhileTheTabIsHidden() {
        assertThat(inside.insideProperty().get()).isEmpty();
        inside.toggleUnit(0);
        vm.training().step();
        assertThat(inside.insideProperty().get()).isEmpty();
    }

    @Test
    void theVisibleTabShowsTheSampleOnScreenAndTheHeldOutAccuracy() {
        inside.visibleProperty().set(true);

        Inside look = shown();
        int[] sequence = vm.sample().sampleProperty().get().orElseThrow().sequence();
        assertThat(look.trace().sequence()).isEqualTo(sequence);
        assertThat(look.trace().timesteps()).isEqualTo(SmallLessons.TASK.length());
        assertThat(look.trace().units()).isEqualTo(SmallLessons.UNITS);
        assertThat(look.influence()).hasSize(SmallLessons.TASK.length());
        assertThat(look.echoIndex()).isEqualTo(SmallLessons.TASK.echoIndex());
        assertThat(look.silenced().isEmpty()).isTrue();
        assertThat(look.clamp()).isEqualTo(GateClamp.NONE);
        assertThat(look.accuracy()).isEqualTo(HeldOutSet.evaluate(model()).accuracy()).isGreaterThan(0.5);
        assertThat(look.ablatedAccuracy()).isEqualTo(look.accuracy());
    }

    @Test
    void aNewSampleIsLookedAtWhileVisible() {
        inside.visibleProperty().set(true);
        Inside first = shown();

        vm.sample().newSample();

        assertThat(shown()).isNotSameAs(first);
        assertThat(shown().trace().sequence()).isEqualTo(vm.sample().sampleProperty().get().orElseThrow().sequence());
    }

    @Test
    void toggleUnitSilencesItForTheWholeLesson() {
        inside.visibleProperty().set(true);

        inside.toggleUnit(2);

        BitSet two = new BitSet();
        two.set(2);
        assertThat(lesson.ablationProperty().get().active()).isTrue();
        assertThat(lesson.ablationProperty().get().silenced()).isEqualTo(two);
        assertThat(shown().silenced()).isEqualTo(two);
        EchoModel model = model();
        assertThat(shown().ablatedAccuracy())
                .isEqualTo(HeldOutSet.evaluate(model, new Ablation(two, GateClamp.NONE)).accuracy());
        assertThat(shown().accuracy()).isEqualTo(HeldOutSet.evaluate(model).accuracy());

        inside.toggleUnit(2);
        assertThat(lesson.ablationProperty().get().active()).isFalse();
        assertThat(shown().silenced().isEmpty()).isTrue();
    }

    @Test
    void silencingEveryUnitCostsTheLearnedAccuracy() {
        inside.visibleProperty().set(true);

        for (int unit = 0; unit < SmallLessons.UNITS; unit++) {
            inside.toggleUnit(unit);
        }

        // Without hidden state the answer is the same for every sequence: right about one time in four.
        assertThat(shown().silenced().cardinality()).isEqualTo(SmallLessons.UNITS);
        assertThat(shown().ablatedAccuracy()).isCloseTo(0.25, within(0.1));
        assertThat(shown().accuracy()).isGreaterThan(shown().ablatedAccuracy() + 0.2);
    }

    @Test
    void restoreAllBringsEveryUnitBackAndReleasesTheClamp() {
        inside.visibleProperty().set(true);
        inside.toggleUnit(0);
        inside.toggleUnit(3);
        inside.clampProperty().set(GateClamp.FORGET_CLOSED);

        inside.restoreAll();

        assertThat(lesson.ablationProperty().get()).isEqualTo(Ablation.NONE);
        assertThat(inside.clampProperty().get()).isEqualTo(GateClamp.NONE);
        assertThat(shown().silenced().isEmpty()).isTrue();
        assertThat(shown().clamp()).isEqualTo(GateClamp.NONE);
        assertThat(shown().ablatedAccuracy()).isEqualTo(shown().accuracy());
    }

    @Test
    void theClampAndTheLessonsAblationFollowEachOther() {
        inside.visibleProperty().set(true);

        inside.clampProperty().set(GateClamp.FORGET_CLOSED);

        Ablation ablation = lesson.ablationProperty().get();
        assertThat(ablation.clamp()).isEqualTo(GateClamp.FORGET_CLOSED);
        assertThat(ablation.active()).isTrue();
        assertThat(shown().clamp()).isEqualTo(GateClamp.FORGET_CLOSED);
        EchoModel model = model();
        assertThat(shown().ablatedAccuracy())
                .isEqualTo(HeldOutSet.evaluate(model, new Ablation(new BitSet(), GateClamp.FORGET_CLOSED)).accuracy());
        int[] sequence = shown().trace().sequence();
        assertThat(shown().trace().probabilities()).containsExactly(model.predict(sequence, ablation).probabilities());

        lesson.ablationProperty().set(Ablation.NONE.withClamp(GateClamp.OUTPUT_OPEN));
        assertThat(inside.clampProperty().get()).isEqualTo(GateClamp.OUTPUT_OPEN);
        assertThat(shown().clamp()).isEqualTo(GateClamp.OUTPUT_OPEN);
    }

    @Test
    void aNewModelForgetsTheLookAndTheAblation() {
        inside.visibleProperty().set(true);
        inside.toggleUnit(1);
        dialogs.answerConfirm(true);

        vm.training().resetWeights();

        assertThat(inside.insideProperty().get()).isEmpty();
        assertThat(lesson.ablationProperty().get()).isEqualTo(Ablation.NONE);
    }
}
