package org.echolstm.ui.experiments;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.echolstm.training.experiments.RunSettings;
import org.echolstm.training.experiments.SweepSetting;
import org.echolstm.ui.I18n;
import org.echolstm.ui.QueuedExecutor;
import org.echolstm.ui.ScriptedDialogs;
import org.echolstm.ui.concurrent.DirectTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The Experiments tab without a window: a sweep runs synchronously on the direct executor. */
class ExperimentsViewModelTest {
    private static final RunSettings EASY = new RunSettings(new EchoTask(4, 5, 2),
            new ModelSettings(16, Optimizer.ADAM, 0.02, 1), 32);

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Optional<RunSettings> base = Optional.of(EASY);
    private final ExperimentsViewModel vm = new ExperimentsViewModel(() -> base, new DirectTaskExecutor(), dialogs);

    @TempDir
    Path folder;

    private void easySweep(String values, String cap) {
        vm.settingProperty().set(SweepSetting.ECHO_DISTANCE);
        vm.valuesProperty().set(values);
        vm.seedsProperty().set("2");
        vm.targetPercentProperty().set("95");
        vm.maxSamplesProperty().set(cap);
    }

    @Test
    void suggestedValuesFitTheTaskAndChangeWithTheSetting() {
        assertThat(vm.valuesProperty().get()).isEqualTo("0,2");
        vm.settingProperty().set(SweepSetting.OPTIMIZER);
        assertThat(vm.valuesProperty().get()).isEqualTo("Adam,RMSProp,Nesterov,SGD");
    }

    @Test
    void aSweepFillsOneResultPerValueAndEndsWithFullProgress() {
        easySweep("0, 2", "20000");
        vm.run();

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.messageProperty().get()).isEqualTo("8 runs done.");
        assertThat(vm.results()).hasSize(2);
        assertThat(vm.results().get(1).value()).isEqualTo("2");
        assertThat(vm.results().get(0).lstm().reached()).isEqualTo(2);
        assertThat(vm.resultPlanProperty().get().orElseThrow().maxSamples()).isEqualTo(20_000);
        assertThat(dialogs.calls()).isEmpty();
    }

    @Test
    void theCsvHasOneRowPerValueAndNetworkWithEmptyCellsForMissedRuns() throws Exception {
        easySweep("3", "64");
        vm.run();
        String csv = vm.csv();
        assertThat(csv.lines()).containsExactly("index,network,seed 1,seed 2,median,min,max",
                "3,LSTM,,,,,", "3,RNN,,,,,");

        Path file = folder.resolve("sweep.csv");
        vm.exportCsv(file);
        assertThat(Files.readString(file)).isEqualTo(csv);
    }

    @Test
    void badInputIsExplainedAndStartsNothing() {
        easySweep("1,9", "20000");
        vm.run();
        assertThat(vm.messageProperty().get()).isEqualTo("Values: 9 cannot be used for Echo distance from the end (allowed: 0 to 3).");
        assertThat(vm.results()).isEmpty();
        assertThat(vm.hasResults()).isFalse();

        easySweep("1", "lots");
        vm.run();
        assertThat(vm.messageProperty().get()).isEqualTo("Cap (samples) must be a whole number between 1 and 1,000,000,000");

        easySweep("1", "20000");
        vm.seedsProperty().set("99");
        vm.run();
        assertThat(vm.messageProperty().get()).isEqualTo("Seeds must be between 1 and 50 (was 99)");

        base = Optional.empty();
        easySweep("1", "20000");
        vm.run();
        assertThat(vm.messageProperty().get()).startsWith("Fix the parameter panes first");
    }

    @Test
    void theGermanWindowExplainsBadInputInGerman() {
        I18n.use(Locale.GERMAN);
        try {
            easySweep("1,9", "20000");
            vm.run();
            assertThat(vm.messageProperty().get())
                    .isEqualTo("Werte: 9 ist für Abstand des Echos vom Ende nicht möglich (erlaubt: 0 bis 3).");
            easySweep("1", "viele");
            vm.run();
            assertThat(vm.messageProperty().get()).startsWith("Obergrenze (Beispiele) muss eine ganze Zahl").doesNotContain("whole number");
        } finally {
            I18n.use(Locale.ENGLISH);
        }
    }

    @Test
    void cancelEndsTheSweepAndSaysSo() {
        easySweep("0,1,2,3", "1000000");
        vm.progressProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() > 0) {
                vm.cancel();
            }
        });
        vm.run();
        assertThat(vm.messageProperty().get()).isEqualTo("Cancelled.");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.results()).isEmpty();
    }

    /**
     * From the moment a sweep starts the chart is that sweep's (its values and its cap, no points
     * of the last one), and a cancelled sweep leaves it empty.
     */
    @Test
    void theChartShowsTheSweepThatRunsAndNothingOnceItIsCancelled() throws Exception {
        QueuedExecutor lanes = new QueuedExecutor();
        ExperimentsViewModel queued = new ExperimentsViewModel(() -> base, lanes, dialogs);
        queued.valuesProperty().set("0,2");
        queued.seedsProperty().set("1");
        queued.maxSamplesProperty().set("64");
        queued.run();
        lanes.runUntil(() -> !queued.runningProperty().get(), 60);
        assertThat(queued.chartPlanProperty().get().orElseThrow().maxSamples()).isEqualTo(64);
        assertThat(queued.results()).hasSize(2);

        queued.maxSamplesProperty().set("200000");
        queued.run();

        assertThat(queued.runningProperty().get()).isTrue();
        assertThat(queued.results()).isEmpty();
        assertThat(queued.chartPlanProperty().get().orElseThrow().maxSamples()).as("the cap of the sweep running")
                .isEqualTo(200_000);

        queued.cancel();
        lanes.runUntil(() -> !queued.runningProperty().get(), 60);

        assertThat(queued.messageProperty().get()).isEqualTo("Cancelled.");
        assertThat(queued.chartPlanProperty().get()).isEmpty();
        assertThat(queued.results()).isEmpty();
    }
}
