package org.echolstm.ui.status;

import org.echolstm.model.EchoModel;
import org.echolstm.model.GateClamp;
import org.echolstm.training.HeldOutSet;
import org.echolstm.training.TrainingFigures;
import org.echolstm.training.Snapshot;
import org.echolstm.ui.I18n;
import org.echolstm.ui.MainViewModel;
import org.echolstm.ui.ScriptedDialogs;
import org.echolstm.ui.SmallLessons;
import org.echolstm.model.Ablation;
import org.echolstm.ui.lesson.CurrentLesson;
import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar's figures are those of the model the other panels show, and it says which model that is. */
class StatusBarViewModelTest {
    private final MainViewModel vm = SmallLessons.trained(new ScriptedDialogs(), 512);
    private final CurrentLesson lesson = vm.lesson();
    private final StatusBarViewModel status = vm.status();

    private EchoModel model() {
        return lesson.session().orElseThrow().withModel(m -> m);
    }

    @Test
    void silencedUnitsGiveTheHeldOutFigureOfTheSilencedModelAndSaySo() {
        String plain = status.heldOutProperty().get();
        BitSet two = new BitSet();
        two.set(2);
        two.set(5);

        lesson.ablationProperty().set(new Ablation(two, GateClamp.NONE));

        double silenced = HeldOutSet.evaluate(model(), new Ablation(two, GateClamp.NONE)).accuracy();
        assertThat(status.heldOutProperty().get()).isEqualTo(StatusBarViewModel.percent(silenced)).isNotEqualTo(plain);
        assertThat(status.heldOutCaptionProperty().get()).contains(I18n.t("status.unitsSilenced", "2"));
        assertThat(vm.confusion().visibleProperty()).isNotNull();

        lesson.ablationProperty().set(Ablation.NONE.withClamp(GateClamp.FORGET_CLOSED));
        double clamped = HeldOutSet.evaluate(model(), new Ablation(new BitSet(), GateClamp.FORGET_CLOSED)).accuracy();
        assertThat(status.heldOutProperty().get()).isEqualTo(StatusBarViewModel.percent(clamped));
        assertThat(status.heldOutCaptionProperty().get()).contains(I18n.t("status.gateClamped"));

        lesson.ablationProperty().set(Ablation.NONE);
        assertThat(status.heldOutProperty().get()).isEqualTo(plain);
        assertThat(status.heldOutCaptionProperty().get()).isEqualTo(I18n.t("status.heldOutSamples", I18n.count(1000)));
    }

    @Test
    void theConfusionMatrixMeasuresTheModelAsSilencedToo() {
        vm.confusion().visibleProperty().set(true);
        BitSet one = new BitSet();
        one.set(0);
        lesson.ablationProperty().set(new Ablation(one, GateClamp.NONE));

        assertThat(vm.confusion().evaluationProperty().get().orElseThrow().accuracy())
                .isEqualTo(HeldOutSet.evaluate(model(), new Ablation(one, GateClamp.NONE)).accuracy());
        assertThat(status.heldOutProperty().get()).isEqualTo(StatusBarViewModel.percent(
                vm.confusion().evaluationProperty().get().orElseThrow().accuracy()));
    }

    @Test
    void aReplayedMomentGivesItsOwnSamplesAndHeldOutFigure() {
        MainViewModel longer = SmallLessons.trained(new ScriptedDialogs(), 4096);
        CurrentLesson lesson = longer.lesson();
        StatusBarViewModel status = longer.status();
        Snapshot first = lesson.timeline().snapshots().get(0);
        assertThat(first.samples()).isLessThan(4096);
        assertThat(status.heldOutProperty().get()).isNotEqualTo(StatusBarViewModel.percent(first.heldOutAccuracy()));

        lesson.replay(first);

        assertThat(status.samplesProperty().get()).isEqualTo(I18n.count(first.samples()));
        assertThat(status.heldOutProperty().get()).isEqualTo(StatusBarViewModel.percent(first.heldOutAccuracy()));
        assertThat(status.heldOutCaptionProperty().get()).isEqualTo(I18n.t("status.heldOutReplayed", I18n.count(1000)));
        assertThat(status.speedProperty().get()).isEqualTo("–");

        lesson.backToNow();
        assertThat(status.samplesProperty().get()).isEqualTo(I18n.count(4096));
    }

    @Test
    void atRestTheSpeedIsTheSamplesTrainedOverTheTimeTheyTook() {
        TrainingFigures last = lesson.figuresProperty().get().orElseThrow();
        double average = 512 / last.elapsedSeconds();

        assertThat(status.speedProperty().get()).isEqualTo(String.format(I18n.locale(), "%,.0f/s", average));
    }

    @Test
    void aStepsHeldOutFigureIsAPointOnTheChartToo() {
        vm.training().step();

        var heldOut = lesson.history().curves().heldOutAccuracy();
        var last = heldOut.get(heldOut.size() - 1);
        assertThat(last.samples()).isEqualTo(lesson.samplesShown());
        assertThat(status.heldOutProperty().get()).isEqualTo(StatusBarViewModel.percent(last.value()));
    }

    @Test
    void markingMeasuresTheMomentAndTheStatusBarAndTheChartSayTheSame() {
        vm.training().step();
        vm.timeline().mark();
        lesson.showLatest();

        Snapshot marked = lesson.timeline().snapshots().stream().filter(Snapshot::marked).findFirst().orElseThrow();
        assertThat(status.heldOutProperty().get()).isEqualTo(StatusBarViewModel.percent(marked.heldOutAccuracy()));
        var heldOut = lesson.history().curves().heldOutAccuracy();
        assertThat(heldOut.get(heldOut.size() - 1).value()).isEqualTo(marked.heldOutAccuracy());
        assertThat(vm.status().messageProperty().get()).contains(StatusBarViewModel.percent(marked.heldOutAccuracy()));
    }
}
