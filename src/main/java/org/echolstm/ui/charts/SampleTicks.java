package org.echolstm.ui.charts;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The samples axis: a round tick unit (1, 2, 2.5 or 5 times a power of ten) as small as it can be
 * while every label keeps clear of its neighbours at the axis's length, and compact labels
 * (750, 1.5k, 12.5k, 2M) that stay short however long training runs.
 */
final class SampleTicks {
    /** The axis runs from 0 to {@code upper}, a multiple of {@code unit}. */
    record Ticks(long upper, long unit) {
        long intervals() {
            return upper / unit;
        }
    }

    /** The range shown before any training. */
    static final long EMPTY_RANGE = 1_000;
    /** The length assumed before the axis is laid out. */
    private static final double UNLAID_LENGTH = 400;
    private static final double[] MANTISSAS = {1, 2, 2.5, 5};
    static final double SPACING_IN_GAPS = 5;

    private SampleTicks() {
    }

    /**
     * The smallest round unit whose labels, {@code gap} apart at least, fit an axis of
     * {@code length} pixels that must reach {@code largest} samples; ticks stay at least
     * {@value #SPACING_IN_GAPS} gaps apart, so that short labels do not turn the axis into a ruler.
     */
    static Ticks choose(long largest, double length, ToDoubleFunction<String> labelWidth, double gap, Locale locale) {
        long reach = largest <= 0 ? EMPTY_RANGE : largest;
        double pixels = length > 0 ? length : UNLAID_LENGTH;
        for (long power = 1; power <= Long.MAX_VALUE / 100; power *= 10) {
            for (double mantissa : MANTISSAS) {
                double exact = mantissa * power;
                long unit = (long) exact;
                if (unit != exact) {
                    continue;
                }
                Ticks ticks = new Ticks(Math.max(unit, ceilDiv(reach, unit) * unit), unit);
                if (ticks.intervals() <= pixels / 4 && fits(ticks, pixels, labelWidth, gap, locale)) {
                    return ticks;
                }
            }
        }
        return new Ticks(reach, reach);
    }

    private static boolean fits(Ticks ticks, double pixels, ToDoubleFunction<String> labelWidth, double gap,
                                Locale locale) {
        double spacing = pixels / ticks.intervals();
        if (spacing < SPACING_IN_GAPS * gap) {
            return false;
        }
        for (long k = 0; k <= ticks.intervals(); k++) {
            if (labelWidth.applyAsDouble(label(k * ticks.unit(), locale)) + gap > spacing) {
                return false;
            }
        }
        return true;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /** 750, 1k, 1.5k, 12.5k, 250k, 1.25M (with the locale's decimal sign). */
    static String label(double samples, Locale locale) {
        double value = Math.rint(samples);
        if (Math.abs(value) < 1_000) {
            return Long.toString((long) value);
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return Math.abs(value) < 1_000_000 ? format.format(value / 1_000) + "k" : format.format(value / 1_000_000) + "M";
    }
}
