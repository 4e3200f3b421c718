package org.echolstm.ui.training;

import org.echolstm.training.MetricHistory;
import org.echolstm.ui.MainViewModel;
import org.echolstm.ui.QueuedExecutor;
import org.echolstm.ui.ScriptedDialogs;
import org.echolstm.ui.SmallLessons;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * View ▸ Compare with a plain RNN, without a window. Switched on after training, the plain RNN
 * catches up on the very samples the LSTM has seen, saying how far it got in the status bar, and
 * then trains beside it: its curves are those it would have had beside the LSTM from the start.
 */
class ComparisonViewModelTest {
    private static final long TRAINED = 1024;

    private static MetricHistory.Curves curves(MainViewModel vm) {
        return vm.comparison().history().orElseThrow().curves();
    }

    @Test
    void switchedOnAfterTrainingThePlainRnnCatchesUpOnTheSameSamples() {
        MainViewModel beside = SmallLessons.window(new ScriptedDialogs(), TRAINED);
        beside.comparison().enabledProperty().set(true);
        beside.training().train();

        MainViewModel after = SmallLessons.trained(new ScriptedDialogs(), TRAINED);
        List<String> said = new ArrayList<>();
        after.status().messageProperty().addListener((obs, old, now) -> said.add(now));
        after.comparison().enabledProperty().set(true);

        MetricHistory.Curves caughtUp = curves(after);
        assertThat(caughtUp.smoothedLoss()).as("the plain RNN's loss curve").isNotEmpty();
        assertThat(caughtUp.smoothedLoss().get(caughtUp.smoothedLoss().size() - 1).samples()).isEqualTo(TRAINED);
        assertThat(caughtUp.heldOutAccuracy()).as("its held-out accuracy").isNotEmpty();
        assertThat(caughtUp.smoothedLoss()).as("the curve it would have had beside the LSTM")
                .isEqualTo(curves(beside).smoothedLoss());
        assertThat(caughtUp.heldOutAccuracy()).isEqualTo(curves(beside).heldOutAccuracy());
        assertThat(said).as("what the status bar said").anyMatch(s -> s.startsWith("The plain RNN catches up on the LSTM's samples")
                && s.contains("of 1,024"));
        assertThat(after.status().messageProperty().get())
                .isEqualTo("The plain RNN caught up on the LSTM's 1,024\u00a0samples and now trains beside it.");
        assertThat(after.lesson().idleProperty().get()).as("nothing left in flight").isTrue();

        // From now on beside the LSTM, on the same batches.
        after.parameters().sampleLimit.textProperty().set("2048");
        beside.parameters().sampleLimit.textProperty().set("2048");
        after.training().train();
        beside.training().train();
        assertThat(curves(after).smoothedLoss()).isEqualTo(curves(beside).smoothedLoss());
    }

    @Test
    void switchedOnBeforeTrainingItTrainsBesideTheLstmAtOnce() {
        MainViewModel vm = SmallLessons.window(new ScriptedDialogs(), TRAINED);
        vm.comparison().enabledProperty().set(true);
        vm.training().train();
        assertThat(curves(vm).smoothedLoss()).isNotEmpty();
        assertThat(curves(vm).smoothedLoss().get(0).samples()).isEqualTo(SmallLessons.BATCH);
    }

    /** Switched on in the middle of a run, the run waits while the plain RNN catches up, then goes on with it beside. */
    @Test
    void switchedOnDuringARunTheRunWaitsForThePlainRnnAndGoesOn() throws Exception {
        long limit = 4096;
        MainViewModel beside = SmallLessons.window(new ScriptedDialogs(), limit);
        beside.comparison().enabledProperty().set(true);
        beside.training().train();

        QueuedExecutor lanes = new QueuedExecutor();
        MainViewModel during = new MainViewModel(new ScriptedDialogs(), lanes);
        SmallLessons.typeInto(during.parameters(), limit);
        during.training().train();
        lanes.runUntil(() -> during.lesson().session().orElseThrow().latest().samplesSeen() >= 1000, 60);
        during.comparison().enabledProperty().set(true);
        lanes.runUntil(() -> during.lesson().idleProperty().get(), 120);

        assertThat(during.lesson().samplesShown()).as("the run went on to its limit").isEqualTo(limit);
        assertThat(curves(during).smoothedLoss()).isEqualTo(curves(beside).smoothedLoss());
        assertThat(curves(during).heldOutAccuracy()).isEqualTo(curves(beside).heldOutAccuracy());
    }
}
