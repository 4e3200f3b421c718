package org.echolstm.model.engine;

import org.echolstm.model.engine.ParameterLayout.Part;

import java.util.SplittableRandom;

/**
 * New, untrained networks, the LSTM's and the plain RNN's, initialised as DL4J initialises them
 * (Xavier weights, zero biases except the LSTM's forget gate, the optimizer state where DL4J's
 * updaters start it) but without DL4J: training a new model needs no native library. The one
 * home of these choices for both networks. The weights come from the engine's own random stream,
 * so a seed gives the same weights run after run, not the numbers DL4J's generator would draw.
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
     * An LSTM of {@code units} units over {@code inputs} one-hot inputs and a softmax layer of
     * {@code outputs}, every parameter updated by {@code updater}, iteration 0.
     */
    public static LstmEngine lstm(int inputs, int units, int outputs, UpdateSettings updater, long seed) {
        ParameterLayout layout = ParameterLayout.lstm(inputs, units, outputs, updater);
        // DL4J's LSTM uses fan-in = units and fan-out = inputs + units for both weight matrices.
        float[][][] values = draw(layout, units, inputs + units, units, inputs + units, seed);
        // Gate order within the bias: input, forget, output, input modulation.
        float[] bias = values[Part.BIAS.ordinal()][0];
        for (int j = units; j < 2 * units; j++) {
            bias[j] = (float) FORGET_GATE_BIAS;
        }
        return lstm(layout, layout.flatten(values));
    }

    /**
     * An LSTM holding {@code parameters} (in {@link LstmEngine#params()} layout) with a new
     * network's optimizer state, iteration 0: a moment of training kept as parameters only.
     *
     * @throws IllegalArgumentException if there are not as many parameters as the network has
     */
    public static LstmEngine lstm(int inputs, int units, int outputs, UpdateSettings updater, float[] parameters) {
        return lstm(ParameterLayout.lstm(inputs, units, outputs, updater), parameters);
    }

    private static LstmEngine lstm(ParameterLayout layout, float[] parameters) {
        return LstmEngine.of(layout, SOFTMAX_CLIP_EPS,
                new LstmEngine.State(parameters, layout.flattenState(layout.newState()), 0, 0));
    }

    /** A plain RNN of the same shape, as DL4J's {@code SimpleRnn} with a softmax output layer starts. */
    public static RnnKernel plainRnn(int inputs, int units, int outputs, UpdateSettings updater, long seed) {
        ParameterLayout layout = ParameterLayout.plainRnn(inputs, units, outputs, updater);
        // DL4J's SimpleRnn: fan-in = inputs for the input weights, units for the recurrent ones; fan-out = units.
        return new RnnKernel(layout, draw(layout, inputs, units, units, units, seed), SOFTMAX_CLIP_EPS);
    }

    /**
     * Xavier (normal, variance {@code 2 / (fanIn + fanOut)}) weights for the input, recurrent and
     * dense weight arrays, drawn in that order from the seed's stream; zero biases.
     */
    private static float[][][] draw(ParameterLayout layout, int inputFanIn, int inputFanOut, int recurrentFanIn,
                                    int recurrentFanOut, long seed) {
        float[][][] values = layout.newArrays();
        SplittableRandom random = new SplittableRandom(seed ^ SEED_SALT);
        xavier(values[Part.INPUT_WEIGHTS.ordinal()], inputFanIn, inputFanOut, random);
        xavier(values[Part.RECURRENT_WEIGHTS.ordinal()], recurrentFanIn, recurrentFanOut, random);
        xavier(values[Part.DENSE_WEIGHTS.ordinal()], layout.units(), layout.outputs(), random);
        return values;
    }

    private static void xavier(float[][] weights, int fanIn, int fanOut, SplittableRandom random) {
        double scale = Math.sqrt(2.0 / (fanIn + fanOut));
        for (float[] row : weights) {
            for (int c = 0; c < row.length; c++) {
                row[c] = (float) (random.nextGaussian() * scale);
            }
        }
    }
}
