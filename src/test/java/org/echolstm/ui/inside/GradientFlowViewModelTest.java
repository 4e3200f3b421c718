package org.echolstm.ui.inside;

import org.echolstm.model.Ablation;
import org.echolstm.model.EchoModel;
import org.echolstm.model.GateClamp;
import org.echolstm.model.LstmProbe;
import org.echolstm.model.PlainRnn;
import org.echolstm.ui.MainViewModel;
import org.echolstm.ui.ScriptedDialogs;
import org.echolstm.ui.SmallLessons;
import org.echolstm.ui.lesson.Sample;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Inside tab's gradient flow, without a window: the LSTM's beside a plain RNN's, labelled for what that RNN is. */
class GradientFlowViewModelTest {
    private static final long LIMIT = 1024;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private static GradientFlow shown(MainViewModel vm) {
        return vm.inside().gradientFlowProperty().get().orElseThrow();
    }

    private static Sample sample(MainViewModel vm) {
        return vm.sample().sampleProperty().get().orElseThrow();
    }

    @Test
    void nothingIsComputedWhileTheTabIsHidden() {
        MainViewModel vm = SmallLessons.trained(dialogs, LIMIT);

        vm.sample().newSample();

        assertThat(vm.inside().gradientFlowProperty().get()).isEmpty();
    }

    @Test
    void withoutAComparisonTheLstmIsShownBesideAnUntrainedRnnOfTheSameSizeAndSeed() {
        MainViewModel vm = SmallLessons.trained(dialogs, LIMIT);
        vm.inside().visibleProperty().set(true);

        GradientFlow flow = shown(vm);
        Sample sample = sample(vm);
        EchoModel model = vm.lesson().session().orElseThrow().modelCopy();

        assertThat(flow.timesteps()).isEqualTo(SmallLessons.TASK.length());
        assertThat(flow.echoIndex()).isEqualTo(SmallLessons.TASK.echoIndex());
        assertThat(flow.lstm()).containsExactly(new LstmProbe(model).gradientNorms(sample.sequence(), sample.expected()));
        assertThat(flow.rnnSamples()).isEmpty();
        assertThat(flow.rnn()).containsExactly(new PlainRnn(model.task(), model.settings()).inputGradient()
                .norms(sample.sequence(), sample.expected()));
    }

    @Test
    void aPlainRnnTrainedAlongsideIsShownWithItsSamples() {
        MainViewModel vm = SmallLessons.window(dialogs, LIMIT);
        vm.comparison().enabledProperty().set(true);
        vm.training().train();
        vm.inside().visibleProperty().set(true);

        GradientFlow flow = shown(vm);
        Sample sample = sample(vm);
        EchoModel model = vm.lesson().session().orElseThrow().modelCopy();

        assertThat(flow.rnnSamples()).hasValue(LIMIT);
        assertThat(flow.rnn()).hasSize(SmallLessons.TASK.length())
                .isNotEqualTo(new PlainRnn(model.task(), model.settings()).inputGradient()
                        .norms(sample.sequence(), sample.expected()));

        vm.comparison().enabledProperty().set(false);
        vm.sample().newSample();

        assertThat(shown(vm).rnnSamples()).as("kept after the comparison is turned off").hasValue(LIMIT);
    }

    @Test
    void aNewSampleGetsItsOwnGradients() {
        MainViewModel vm = SmallLessons.trained(dialogs, LIMIT);
        vm.inside().visibleProperty().set(true);
        GradientFlow first = shown(vm);

        vm.sample().newSample();

        assertThat(shown(vm)).isNotSameAs(first);
        EchoModel model = vm.lesson().session().orElseThrow().modelCopy();
        Sample sample = sample(vm);
        assertThat(shown(vm).lstm()).containsExactly(new LstmProbe(model).gradientNorms(sample.sequence(), sample.expected()));
    }

    @Test
    void silencedUnitsAndAClampedGateShowInTheLstmsGradientAndItsName() {
        MainViewModel vm = SmallLessons.trained(dialogs, LIMIT);
        vm.inside().visibleProperty().set(true);
        GradientFlow plain = shown(vm);

        vm.inside().toggleUnit(1);
        vm.inside().clampProperty().set(GateClamp.FORGET_OPEN);

        GradientFlow ablated = shown(vm);
        EchoModel model = vm.lesson().session().orElseThrow().modelCopy();
        Sample sample = sample(vm);
        java.util.BitSet one = new java.util.BitSet();
        one.set(1);
        assertThat(ablated.lstm()).containsExactly(new LstmProbe(model)
                .ablated(new Ablation(one, GateClamp.FORGET_OPEN)).gradientNorms(sample.sequence(), sample.expected()));
        assertThat(ablated.lstm()).isNotEqualTo(plain.lstm());
        assertThat(ablated.lstmName()).contains(org.echolstm.ui.I18n.t("status.unitSilenced", "1"))
                .contains(org.echolstm.ui.I18n.t("clamp.FORGET_OPEN"));
    }
}
