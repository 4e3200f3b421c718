package org.echolstm.ui.charts;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.List;
import java.util.ArrayList;
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
    /** The whole round units, smallest first: 1, 2, 5, 10, 20, 25, 50, … */
    private static final List<Long> ROUND_UNITS = roundUnits();
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
        for (long unit : ROUND_UNITS) {
            Ticks ticks = new Ticks(Math.max(unit, ceilDiv(reach, unit) * unit), unit);
            if (ticks.intervals() <= pixels / 4 && fits(ticks, pixels, labelWidth, gap, locale)) {
                return ticks;
            }
        }
        return new Ticks(reach, reach);
    }

    /**
     * The smallest round unit for a zoomed stretch from {@code lower} to {@code upper} samples on
     * {@code length} pixels: its ticks (the unit's multiples inside the stretch) keep as clear of
     * each other as {@link #choose}'s, their labels written as {@link #label(double, long, Locale)}.
     */
    static long unitWithin(double lower, double upper, double length, ToDoubleFunction<String> labelWidth, double gap,
                           Locale locale) {
        double width = Math.max(1, upper - lower);
        double pixels = length > 0 ? length : UNLAID_LENGTH;
        for (long unit : ROUND_UNITS) {
            double spacing = pixels * unit / width;
            if (spacing < SPACING_IN_GAPS * gap || spacing < 4) {
                continue;
            }
            boolean clear = true;
            for (double tick = Math.ceil(lower / unit) * unit; tick <= upper && clear; tick += unit) {
                clear = labelWidth.applyAsDouble(label(tick, unit, locale)) + gap <= spacing;
            }
            if (clear) {
                return unit;
            }
        }
        return (long) Math.ceil(width);
    }

    private static List<Long> roundUnits() {
        List<Long> units = new ArrayList<>();
        for (long power = 1; power <= Long.MAX_VALUE / 100; power *= 10) {
            for (double mantissa : MANTISSAS) {
                double exact = mantissa * power;
                if ((long) exact == exact) {
                    units.add((long) exact);
                }
            }
        }
        return List.copyOf(units);
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

    /**
     * As {@link #label(double, Locale)}, with as many decimals as ticks {@code unit} apart need to
     * differ (12.345k beside 12.35k when zoomed in to a few dozen samples).
     */
    static String label(double samples, long unit, Locale locale) {
        double value = Math.rint(samples);
        if (Math.abs(value) < 1_000) {
            return Long.toString((long) value);
        }
        int shift = Math.abs(value) < 1_000_000 ? 3 : 6;
        int decimals = Math.max(2, java.math.BigDecimal.valueOf(Math.max(1, unit)).movePointLeft(shift)
                .stripTrailingZeros().scale());
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals);
        format.setGroupingUsed(false);
        return format.format(value / (shift == 3 ? 1_000 : 1_000_000)) + (shift == 3 ? "k" : "M");
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
