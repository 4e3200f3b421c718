package org.echolstm.model.engine;

import org.assertj.core.data.Offset;

import static org.assertj.core.api.Assertions.assertThat;

/** Comparisons of float results with DL4J's, which agree to rounding rather than bit for bit. */
public final class Closeness {
    private Closeness() {
    }

    public static Offset<Double> within(double tolerance) {
        return Offset.offset(Math.max(tolerance, 1e-12));
    }

    public static double maxAbs(float[] values) {
        double max = 0;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    public static double maxAbsDifference(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    /** Element-wise {@code |a - e| <= absolute + relative * |e|}, reporting the worst element. */
    public static void assertClose(String what, float[] actual, float[] expected, double relative, double absolute) {
        assertThat(actual).as(what + " length").hasSameSizeAs(expected);
        int worst = -1;
        double worstExcess = 0;
        for (int i = 0; i < expected.length; i++) {
            double allowed = absolute + relative * Math.abs(expected[i]);
            double excess = Math.abs((double) actual[i] - expected[i]) - allowed;
            if (!(excess <= worstExcess) || Float.isNaN(actual[i]) != Float.isNaN(expected[i])) {
                worst = i;
                worstExcess = Double.isNaN(excess) ? Double.POSITIVE_INFINITY : excess;
            }
        }
        if (worst >= 0) {
            throw new AssertionError(what + " differ at index " + worst + " of " + expected.length + ": "
                    + actual[worst] + " vs expected " + expected[worst]);
        }
    }
}
