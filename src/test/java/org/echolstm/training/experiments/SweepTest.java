package org.echolstm.training.experiments;

import org.echolstm.echo.EchoTask;
import org.echolstm.echo.InvalidSettingException;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sweeps: what each value means, reproducible runs however they are scheduled, the cap, cancel. */
class SweepTest {
    /** An easy task: both networks learn it in a few thousand samples. */
    private static final RunSettings EASY = new RunSettings(new EchoTask(4, 5, 2),
            new ModelSettings(16, Optimizer.ADAM, 0.02, 1), 32);

    private static SweepPlan plan(List<String> values, long cap) {
        return new SweepPlan(EASY, SweepSetting.ECHO_DISTANCE, values, 2, 0.95, cap, true);
    }

    @Test
    void echoDistanceCountsFromTheEndAndOtherSettingsChangeOnlyThemselves() {
        assertThat(SweepSetting.ECHO_DISTANCE.apply(EASY, "0").task()).isEqualTo(new EchoTask(4, 5, 3));
        assertThat(SweepSetting.ECHO_DISTANCE.apply(EASY, "3").task()).isEqualTo(new EchoTask(4, 5, 0));
        assertThat(SweepSetting.LENGTH.apply(EASY, "12").task()).isEqualTo(new EchoTask(12, 5, 2));
        assertThat(SweepSetting.LENGTH.apply(EASY, "2").task()).isEqualTo(new EchoTask(2, 5, 1));
        assertThat(SweepSetting.UNITS.apply(EASY, "40").model().units()).isEqualTo(40);
        assertThat(SweepSetting.LEARNING_RATE.apply(EASY, "0.003").model().learningRate()).isEqualTo(0.003);
        assertThat(SweepSetting.BATCH.apply(EASY, "8").batchSize()).isEqualTo(8);
        assertThat(SweepSetting.OPTIMIZER.apply(EASY, "rmsprop").model().optimizer()).isEqualTo(Optimizer.RMSPROP);
        assertThat(SweepSetting.parse("lr")).contains(SweepSetting.LEARNING_RATE);
    }

    @Test
    void aValueOutsideItsRangeIsOneSentenceNamingTheRange() {
        assertThatThrownBy(() -> plan(List.of("1", "4"), 1000)).isInstanceOf(InvalidSettingException.class)
                .hasMessage("echo distance from the end must be between 0 and 3 (was 4)");
        assertThatThrownBy(() -> new SweepPlan(EASY, SweepSetting.UNITS, List.of("x"), 1, 0.9, 100, false))
                .hasMessage("'x' is not a whole number");
        assertThatThrownBy(() -> new SweepPlan(EASY, SweepSetting.OPTIMIZER, List.of("adamw"), 1, 0.9, 100, false))
                .hasMessage("'adamw' is not an optimizer; choose Adam, SGD, RMSProp or Nesterov");
        assertThatThrownBy(() -> new SweepPlan(EASY, SweepSetting.UNITS, List.of(" ", ""), 1, 0.9, 100, false))
                .hasMessage("give at least one value");
    }

    @Test
    void aSweepGivesTheSameSamplesEveryTimeOnAnyNumberOfThreads() {
        SweepPlan plan = plan(List.of("0", "2"), 30_000);
        AtomicInteger reported = new AtomicInteger();
        List<SweepPoint> parallel = new Sweep(plan, 3).run((done, total) -> reported.incrementAndGet());
        List<SweepPoint> serial = new Sweep(plan, 1).run((done, total) -> { });

        assertThat(reported.get()).isEqualTo(plan.runCount()).isEqualTo(8);
        assertThat(parallel).extracting(SweepPoint::value).containsExactly("0", "2");
        for (int v = 0; v < 2; v++) {
            assertThat(parallel.get(v).lstm().samples()).isEqualTo(serial.get(v).lstm().samples()).hasSize(2)
                    .allSatisfy(samples -> assertThat(samples).isPresent());
            assertThat(parallel.get(v).rnn().orElseThrow().samples())
                    .isEqualTo(serial.get(v).rnn().orElseThrow().samples())
                    .allSatisfy(samples -> assertThat(samples).isPresent());
        }
        // Held-out accuracy is measured every 512 samples, so a run stops on such a count.
        assertThat(parallel.get(0).lstm().samples()).allSatisfy(s -> assertThat(s.getAsLong() % 512).isZero());
    }

    @Test
    void runsThatHitTheCapHaveNoSamplesAndNoMedian() {
        List<SweepPoint> points = new Sweep(plan(List.of("3"), 64), 2).run((done, total) -> { });
        Outcome lstm = points.get(0).lstm();
        assertThat(lstm.samples()).containsExactly(OptionalLong.empty(), OptionalLong.empty());
        assertThat(lstm.median()).isEmpty();
        assertThat(lstm.min()).isEmpty();
        assertThat(points.get(0).rnn().orElseThrow().reached()).isZero();
    }

    @Test
    void theMedianCountsMissedRunsAsAboveTheCap() {
        Outcome twoOfThree = new Outcome(List.of(OptionalLong.of(4096), OptionalLong.empty(), OptionalLong.of(1024)),
                List.of(1.0, 2.0, 3.0));
        assertThat(twoOfThree.median()).hasValue(4096);
        assertThat(twoOfThree.min()).hasValue(1024);
        assertThat(twoOfThree.max()).hasValue(4096);
        assertThat(twoOfThree.reached()).isEqualTo(2);
        Outcome oneOfTwo = new Outcome(List.of(OptionalLong.of(512), OptionalLong.empty()), List.of(1.0, 1.0));
        assertThat(oneOfTwo.median()).isEmpty();
        Outcome even = new Outcome(List.of(OptionalLong.of(512), OptionalLong.of(1536)), List.of(1.0, 1.0));
        assertThat(even.median()).hasValue(1024);
    }

    @Test
    void cancellingEndsTheSweepWithoutResults() {
        Sweep sweep = new Sweep(plan(List.of("0", "1", "2", "3"), 1_000_000), 2);
        assertThatThrownBy(() -> sweep.run((done, total) -> sweep.cancel()))
                .isInstanceOf(CancellationException.class);
    }
}
