package org.echolstm.echo;

/** One-hot encoding of values in {@code 0..features-1} and argmax decoding. */
public final class OneHot {
    private OneHot() {
    }

    /** {@code [timesteps][features]}: row t has a single 1 at {@code sequence[t]}. */
    public static float[][] encode(int[] sequence, int features) {
        float[][] encoded = new float[sequence.length][features];
        for (int t = 0; t < sequence.length; t++) {
            encoded[t][sequence[t]] = 1f;
        }
        return encoded;
    }

    /** The value each row encodes (the index of its largest entry). */
    public static int[] decode(float[][] encoded) {
        int[] values = new int[encoded.length];
        for (int t = 0; t < encoded.length; t++) {
            values[t] = argmax(encoded[t]);
        }
        return values;
    }

    /** Index of the largest value; the first one on ties. */
    public static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
