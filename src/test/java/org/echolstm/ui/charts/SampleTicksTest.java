package org.echolstm.ui.charts;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SampleTicksTest {
    /** Labels as wide as a 7 px font makes them. */
    private static double width(String label) {
        return 7 * label.length();
    }

    @Test
    void labelsStayShortAtAnyCount() {
        assertThat(SampleTicks.label(750, Locale.ENGLISH)).isEqualTo("750");
        assertThat(SampleTicks.label(1_000, Locale.ENGLISH)).isEqualTo("1k");
        assertThat(SampleTicks.label(12_500, Locale.ENGLISH)).isEqualTo("12.5k");
        assertThat(SampleTicks.label(12_500, Locale.GERMAN)).isEqualTo("12,5k");
        assertThat(SampleTicks.label(1_250_000, Locale.ENGLISH)).isEqualTo("1.25M");
    }

    @Test
    void theUnitIsRoundAndTheLabelsKeepClear() {
        for (long largest : new long[] {0, 7, 960, 12_000, 123_456, 9_876_543}) {
            for (double length : new double[] {120, 250, 400, 700, 1400}) {
                SampleTicks.Ticks ticks = SampleTicks.choose(largest, length, SampleTicksTest::width, 8, Locale.ENGLISH);
                String where = largest + " samples on " + length + " px";
                assertThat(ticks.upper()).as(where).isGreaterThanOrEqualTo(Math.max(largest, 1));
                assertThat(ticks.upper() % ticks.unit()).as(where).isZero();
                String digits = Long.toString(ticks.unit()).replaceAll("0+$", "");
                assertThat(digits).as(where).isIn("1", "2", "25", "5");
                double spacing = length / ticks.intervals();
                assertThat(spacing).as(where).isGreaterThanOrEqualTo(width(SampleTicks.label(ticks.upper(), Locale.ENGLISH)) + 8);
            }
        }
    }

    @Test
    void beforeTrainingTheAxisRunsToOneThousand() {
        SampleTicks.Ticks ticks = SampleTicks.choose(0, 500, SampleTicksTest::width, 8, Locale.ENGLISH);
        assertThat(ticks.upper()).isEqualTo(SampleTicks.EMPTY_RANGE);
    }
}
