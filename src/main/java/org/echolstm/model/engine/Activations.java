package org.echolstm.model.engine;

/**
 * The LSTM's squashing functions, applied to runs of an array in loops HotSpot vectorises: the
 * values are widened to double, squashed with an exponential of multiplies and adds alone (no call
 * to {@code Math.exp}, which stops vectorisation), and rounded back to float. The exponential is
 * a degree-12 Taylor polynomial of {@code x / 64} raised to the 64th power by six squarings, within
 * about 1e-11 relative error over the clamped range: after rounding to float the results are those
 * of {@code Math.exp} in double but for rare last-bit ties, at a fifth of the cost.
 */
final class Activations {
    /** exp(±40) is beyond what either function can tell from its limit in float. */
    private static final double LIMIT = 40.0;

    private Activations() {
    }

    /** {@code values[i] = tanh(values[i])} for {@code from <= i < to}; {@code scratch} is at least {@code to} long. */
    static void tanh(float[] values, int from, int to, double[] scratch) {
        for (int i = from; i < to; i++) {
            scratch[i] = values[i];
        }
        for (int i = from; i < to; i++) {
            scratch[i] = 1.0 - 2.0 / (exp(2.0 * scratch[i]) + 1.0);
        }
        for (int i = from; i < to; i++) {
            values[i] = (float) scratch[i];
        }
    }

    /** {@code values[i] = sigmoid(values[i])} for {@code from <= i < to}; {@code scratch} is at least {@code to} long. */
    static void sigmoid(float[] values, int from, int to, double[] scratch) {
        for (int i = from; i < to; i++) {
            scratch[i] = values[i];
        }
        for (int i = from; i < to; i++) {
            scratch[i] = 1.0 / (1.0 + exp(-scratch[i]));
        }
        for (int i = from; i < to; i++) {
            values[i] = (float) scratch[i];
        }
    }

    /** e^x for |x| up to {@link #LIMIT} (beyond, clamped); a NaN stays a NaN, so a diverging run shows as one. */
    static double exp(double x) {
        final double y = Math.max(-LIMIT, Math.min(LIMIT, x)) * (1.0 / 64);
        double p = 1.0 / 479001600;
        p = p * y + 1.0 / 39916800;
        p = p * y + 1.0 / 3628800;
        p = p * y + 1.0 / 362880;
        p = p * y + 1.0 / 40320;
        p = p * y + 1.0 / 5040;
        p = p * y + 1.0 / 720;
        p = p * y + 1.0 / 120;
        p = p * y + 1.0 / 24;
        p = p * y + 1.0 / 6;
        p = p * y + 0.5;
        p = p * y + 1.0;
        p = p * y + 1.0;
        p *= p;
        p *= p;
        p *= p;
        p *= p;
        p *= p;
        p *= p;
        return p;
    }
}
