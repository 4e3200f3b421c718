package org.echolstm.training;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** The held-out set is measured on the evaluation grid: every interval near the target, more rarely far below it. */
class EvaluationScheduleTest {
    private static List<Long> measuredAt(StopRule rule, LongToDoubleFunction accuracyAt) {
        EvaluationSchedule schedule = new EvaluationSchedule(new TrainingSettings(32, rule, 100, 512), 0);
        List<Long> at = new ArrayList<>();
        for (long samples = 32; samples <= 8192; samples += 32) {
            if (schedule.due(samples)) {
                at.add(samples);
                schedule.measured(samples, accuracyAt.applyAsDouble(samples));
            }
        }
        return at;
    }

    @Test
    void withoutATargetEveryInterval() {
        assertThat(measuredAt(StopRule.samples(10_000), s -> 0.1)).hasSize(16).allMatch(s -> s % 512 == 0);
    }

    @Test
    void farBelowTheTargetEveryFourthIntervalThenEverySecondThenEach() {
        List<Long> at = measuredAt(new StopRule(10_000, 0.99), s -> s < 2048 ? 0.1 : s < 4096 ? 0.8 : 0.9);
        assertThat(at).containsExactly(512L, 2560L, 3584L, 4608L, 5120L, 5632L, 6144L, 6656L, 7168L, 7680L, 8192L);
    }
}
