package org.echolstm.training;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MetricHistoryTest {

    private static TrainingFigures step(long samples, double loss, boolean evaluated) {
        return new TrainingFigures(TrainingState.RUNNING, samples, samples, loss, loss, 0.5,
                evaluated ? OptionalDouble.of(0.75) : OptionalDouble.empty(), evaluated, 1000, 1000, samples);
    }

    @Test
    void aMillionStepsStayWithinCapacityAndCoverTheWholeRun() {
        MetricHistory history = new MetricHistory(500);
        for (long i = 1; i <= 1_000_000; i++) {
            history.onStep(step(i, 1.0 / i, i % 1000 == 0));
        }
        MetricHistory.Curves curves = history.curves();
        assertThat(curves.loss()).hasSizeBetween(250, 500);
        assertThat(curves.heldOutAccuracy()).hasSizeBetween(250, 500);
        assertThat(curves.totalPoints()).isLessThanOrEqualTo(2000);
        List<MetricHistory.Point> loss = curves.loss();
        assertThat(loss.get(0).samples()).isLessThan(5000);
        assertThat(loss.get(loss.size() - 1).samples()).isGreaterThan(995_000);
        for (int i = 1; i < loss.size(); i++) {
            assertThat(loss.get(i).samples()).isGreaterThan(loss.get(i - 1).samples());
        }
    }

    @Test
    void mergedPointsKeepTheMean() {
        MetricHistory history = new MetricHistory(4);
        for (long i = 1; i <= 4; i++) {
            history.onStep(step(i, i, false));
        }
        // Full at 4 points: merged into (1+2)/2 and (3+4)/2.
        assertThat(history.curves().loss()).extracting(MetricHistory.Point::value).containsExactly(1.5, 3.5);
        history.onStep(step(5, 5, false));
        history.onStep(step(6, 7, false));
        // New points now average two steps each.
        assertThat(history.curves().loss()).extracting(MetricHistory.Point::value).containsExactly(1.5, 3.5, 6.0);
        assertThat(history.curves().loss().get(2).samples()).isEqualTo(6);
    }

    @Test
    void heldOutAccuracyIsRecordedOnlyWhenMeasured() {
        MetricHistory history = new MetricHistory(100);
        history.onStep(step(1, 1, false));
        history.onStep(step(2, 1, true));
        history.onStep(step(3, 1, false));
        assertThat(history.curves().heldOutAccuracy()).containsExactly(new MetricHistory.Point(2, 0.75));
        assertThat(history.curves().trainAccuracy().get(0).value()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void versionChangesWithEachStepAndClearEmpties() {
        MetricHistory history = new MetricHistory(100);
        long before = history.version();
        history.onStep(step(1, 1, false));
        assertThat(history.version()).isGreaterThan(before);
        history.clear();
        assertThat(history.curves().totalPoints()).isZero();
    }

    @Test
    void theWideCsvHasOneRowPerSampleCountAndOneColumnPerCurve() {
        MetricHistory.Curves curves = new MetricHistory.Curves(
                List.of(new MetricHistory.Point(8, 2.5), new MetricHistory.Point(16, 2.0)),
                List.of(new MetricHistory.Point(8, 2.5), new MetricHistory.Point(16, 2.25)),
                List.of(new MetricHistory.Point(16, 0.5)),
                List.of(new MetricHistory.Point(16, 0.25), new MetricHistory.Point(512, 0.75)), 1);
        assertThat(MetricHistory.toWideCsv(curves).lines().toList()).containsExactly(
                "samples,loss,smoothed_loss,training_accuracy,held_out_accuracy",
                "8,2.5,2.5,,",
                "16,2.0,2.25,0.5,0.25",
                "512,,,,0.75");
    }
}
