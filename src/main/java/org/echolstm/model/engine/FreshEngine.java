package org.echolstm.model.engine;

import org.echolstm.model.engine.ParameterLayout.Part;

import java.util.SplittableRandom;

/**
 * A new, untrained engine, initialised as DL4J initialises the application's network (Xavier
 * weights, zero biases except the forget gate's) but without DL4J: training a new model needs no
 * native library. The weights come from the engine's own random stream, so a seed gives the same
 * weights run after run, not the numbers DL4J's generator would draw.
 */
public final class FreshEngine {
    /** DL4J's default clipping of softmax outputs in categorical cross-entropy ({@code LossMCXENT}). */
    public static final double SOFTMAX_CLIP_EPS = 1e-10;
    /** Where the LSTM's forget gate bias starts, as the network's configuration asks. */
    public static final double FORGET_GATE_BIAS = 1.0;
    /** Keeps the weight stream apart from the sample stream of the same seed. */
    private static final long SEED_SALT = 0x5DEECE66DL;

    private FreshEngine() {
    }

    /**
     * An engine for an LSTM of {@code units} units over {@code inputs} one-hot inputs and a softmax
     * layer of {@code outputs}, every parameter updated by {@code updater}, iteration 0.
     */
    public static LstmEngine of(int inputs, int units, int outputs, UpdateSettings updater, long seed) {
        ParameterLayout layout = ParameterLayout.of(inputs, units, outputs, updater);
        float[][][] values = layout.newArrays();
        SplittableRandom random = new SplittableRandom(seed ^ SEED_SALT);
        // DL4J's LSTM uses fan-in = units and fan-out = inputs + units for both weight matrices.
        double lstmScale = Math.sqrt(2.0 / (units + inputs + units));
        xavier(values[Part.LSTM_INPUT_WEIGHTS.ordinal()], lstmScale, random);
        xavier(values[Part.LSTM_RECURRENT_WEIGHTS.ordinal()], lstmScale, random);
        // Gate order within the bias: input, forget, output, input modulation.
        float[] bias = values[Part.LSTM_BIAS.ordinal()][0];
        for (int j = units; j < 2 * units; j++) {
            bias[j] = (float) FORGET_GATE_BIAS;
        }
        xavier(values[Part.DENSE_WEIGHTS.ordinal()], Math.sqrt(2.0 / (units + outputs)), random);
        return LstmEngine.of(layout, SOFTMAX_CLIP_EPS,
                new LstmEngine.State(layout.flatten(values), new float[layout.stateLength()], 0, 0));
    }

    private static void xavier(float[][] weights, double scale, SplittableRandom random) {
        for (float[] row : weights) {
            for (int c = 0; c < row.length; c++) {
                row[c] = (float) (random.nextGaussian() * scale);
            }
        }
    }
}
