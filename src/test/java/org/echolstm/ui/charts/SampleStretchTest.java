package org.echolstm.ui.charts;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stretch of samples the charts zoom to: dragged, zoomed in and out, moved, always inside the run. */
class SampleStretchTest {
    private static final double RUN = 12_000;

    private static Optional<SampleStretch> stretch(double lower, double upper) {
        return Optional.of(new SampleStretch(lower, upper));
    }

    @Test
    void aDragIsTheStretchBetweenItsEndsEitherWayAndClampedToTheRun() {
        assertThat(SampleStretch.between(2_000, 6_000, RUN)).isEqualTo(stretch(2_000, 6_000));
        assertThat(SampleStretch.between(6_000, 2_000, RUN)).isEqualTo(stretch(2_000, 6_000));
        assertThat(SampleStretch.between(9_000, 15_000, RUN)).as("past the last point").isEqualTo(stretch(9_000, RUN));
        assertThat(SampleStretch.between(-50, 3_000, RUN)).isEqualTo(stretch(0, 3_000));
        assertThat(SampleStretch.between(1_995, 5_986, RUN)).as("rounded ends").isEqualTo(stretch(2_000, 6_000));
        assertThat(SampleStretch.between(5_986, 11_950, RUN)).as("not past the run").isEqualTo(stretch(6_000, RUN));
        assertThat(SampleStretch.between(1_234, 1_275, RUN)).isEqualTo(stretch(1_204.5, 1_304.5));
    }

    @Test
    void aStretchIsNeverNarrowerThanTheMinimumNorAsWideAsTheRun() {
        assertThat(SampleStretch.between(5_000, 5_010, RUN)).isEqualTo(stretch(4_955, 5_055));
        assertThat(SampleStretch.between(0, 10, RUN)).as("grown inside the run").isEqualTo(stretch(0, 100));
        assertThat(SampleStretch.between(RUN, RUN - 10, RUN)).isEqualTo(stretch(RUN - 100, RUN));
        assertThat(SampleStretch.minimumWidth(1_000_000)).isEqualTo(4_000);
        assertThat(SampleStretch.between(0, RUN, RUN)).as("all of it is no stretch").isEmpty();
        assertThat(SampleStretch.between(10, 60, 80)).as("a run shorter than the minimum").isEmpty();
        assertThat(SampleStretch.between(10, 60, 0)).as("before training").isEmpty();
        assertThatThrownBy(() -> new SampleStretch(5, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zoomingInHalvesAroundTheMiddleOrTheReplayedMoment() {
        assertThat(SampleStretch.zoomIn(Optional.empty(), OptionalDouble.empty(), RUN)).isEqualTo(stretch(3_000, 9_000));
        assertThat(SampleStretch.zoomIn(stretch(3_000, 9_000), OptionalDouble.empty(), RUN))
                .isEqualTo(stretch(4_500, 7_500));
        assertThat(SampleStretch.zoomIn(stretch(3_000, 9_000), OptionalDouble.of(4_000), RUN))
                .isEqualTo(stretch(2_500, 5_500));
        assertThat(SampleStretch.zoomIn(Optional.empty(), OptionalDouble.of(500), RUN)).as("kept inside the run")
                .isEqualTo(stretch(0, 6_000));
        assertThat(SampleStretch.zoomIn(stretch(5_000, 5_100), OptionalDouble.empty(), RUN)).as("at the minimum")
                .isEqualTo(stretch(5_000, 5_100));
        assertThat(SampleStretch.zoomIn(Optional.empty(), OptionalDouble.empty(), 0)).as("nothing trained").isEmpty();
    }

    @Test
    void zoomingOutDoublesUntilTheWholeRunIsShown() {
        assertThat(SampleStretch.zoomOut(stretch(4_500, 7_500), RUN)).isEqualTo(stretch(3_000, 9_000));
        assertThat(SampleStretch.zoomOut(stretch(0, 2_000), RUN)).as("kept inside the run").isEqualTo(stretch(0, 4_000));
        assertThat(SampleStretch.zoomOut(stretch(3_000, 9_000), RUN)).isEmpty();
        assertThat(SampleStretch.zoomOut(Optional.empty(), RUN)).isEmpty();
    }

    @Test
    void panningMovesByAShareOfTheWidthAndStopsAtTheEnds() {
        assertThat(SampleStretch.pan(stretch(4_000, 8_000), 0.25, RUN)).isEqualTo(stretch(5_000, 9_000));
        assertThat(SampleStretch.pan(stretch(4_000, 8_000), -0.25, RUN)).isEqualTo(stretch(3_000, 7_000));
        assertThat(SampleStretch.pan(stretch(0, 4_000), -0.25, RUN)).isEqualTo(stretch(0, 4_000));
        assertThat(SampleStretch.pan(stretch(8_000, RUN), 0.25, RUN)).isEqualTo(stretch(8_000, RUN));
        assertThat(SampleStretch.pan(Optional.empty(), 0.25, RUN)).isEmpty();
    }

    @Test
    void zoomedTicksAreRoundAndTheirLabelsDiffer() {
        long unit = SampleTicks.unitWithin(12_340, 12_440, 700, label -> 7 * label.length(), 8, Locale.ENGLISH);
        assertThat(unit).isIn(10L, 20L, 25L);
        assertThat(SampleTicks.label(12_345, 5, Locale.ENGLISH)).isEqualTo("12.345k");
        assertThat(SampleTicks.label(12_350, 10, Locale.ENGLISH)).isEqualTo("12.35k");
        assertThat(SampleTicks.label(1_234_560, 10, Locale.ENGLISH)).isEqualTo("1.23456M");
        assertThat(SampleTicks.label(12_500, 2_500, Locale.GERMAN)).isEqualTo("12,5k");
        assertThat(SampleTicks.unitWithin(0, 1e6, 700, label -> 7 * label.length(), 8, Locale.ENGLISH))
                .isEqualTo(SampleTicks.choose(1_000_000, 700, label -> 7 * label.length(), 8, Locale.ENGLISH).unit());
    }
}
