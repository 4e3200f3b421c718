package org.echolstm.model.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Where each parameter and each optimizer value lives, in DL4J's flat vectors and in the engine's
 * arrays, for the LSTM and for the plain RNN (the same five arrays, the LSTM's four gates wide).
 *
 * <p>DL4J keeps the parameters in one float vector ({@code MultiLayerNetwork.params()}): the
 * recurrent layer's input weights {@code [nIn, g]}, recurrent weights {@code [n, g]} and bias
 * {@code [g]} ({@code g = 4n} for the LSTM, {@code n} for the plain RNN), then the dense (softmax)
 * weights {@code [n, nOut]} and bias {@code [nOut]}, each matrix column-major. The engine keeps the
 * same five arrays as {@code float[array][row][column]} (row-major, a bias being one row), so that
 * its inner loops run over contiguous memory and vectorize.
 *
 * <p>The optimizer state follows DL4J's updater state view: one {@link UpdaterBlock} per run of
 * consecutive parameters with equal updater configuration, each holding its updater's state for
 * the block's parameters (Adam: all {@code m}, then all {@code v}). The engine keeps it as
 * {@code float[array][copy][row][column]}, and a new network's state starts where DL4J starts it
 * ({@link UpdateRule#initialState}).
 */
public final class ParameterLayout {
    /** The five parameter arrays, in DL4J's order. */
    enum Part {
        INPUT_WEIGHTS, RECURRENT_WEIGHTS, BIAS, DENSE_WEIGHTS, DENSE_BIAS
    }

    /** The LSTM's gate blocks (input, forget, output, input modulation), each {@code units} wide. */
    static final int LSTM_GATES = 4;

    /** A run of parameters sharing one updater configuration, and where its state starts. */
    record UpdaterBlock(int paramStart, int paramEnd, int stateStart, UpdateSettings config) {
        int length() {
            return paramEnd - paramStart;
        }

        int stateLength() {
            return config.rule().stateCopies() * length();
        }
    }

    /** One parameter array: where it starts in the flat vector, its shape, and its updater block. */
    private record Slot(int offset, int rows, int columns, UpdaterBlock block) {
        /** Position of element (r, c) in DL4J's flat vector (column-major). */
        int flatIndex(int r, int c) {
            return offset + r + c * rows;
        }

        /** How many state arrays its updater keeps per parameter (Adam: 2). */
        int stateCopies() {
            int blockLength = block.length();
            return blockLength == 0 ? 0 : block.stateLength() / blockLength;
        }

        /** Position of state copy {@code copy} of element (r, c) in DL4J's state view array. */
        int stateIndex(int copy, int r, int c) {
            return block.stateStart() + copy * block.length() + flatIndex(r, c) - block.paramStart();
        }
    }

    private final int inputs;
    private final int units;
    private final int outputs;
    private final Slot[] slots;
    private final int parameterCount;
    private final int stateLength;

    /**
     * The layout of an LSTM of {@code units} units over {@code inputs} one-hot inputs and a dense
     * layer of {@code outputs}, with one updater configuration per parameter array (in DL4J's
     * order: input weights, recurrent weights, bias, dense weights, dense bias); equal neighbouring
     * configurations share a block, as in DL4J.
     */
    public static ParameterLayout lstm(int inputs, int units, int outputs, List<UpdateSettings> updaters) {
        return new ParameterLayout(inputs, units, outputs, LSTM_GATES, updaters);
    }

    /** The LSTM's layout with every parameter array updated by {@code updater}. */
    static ParameterLayout lstm(int inputs, int units, int outputs, UpdateSettings updater) {
        return lstm(inputs, units, outputs, Collections.nCopies(Part.values().length, updater));
    }

    /** The plain RNN's layout (DL4J's {@code SimpleRnn} and output layer), every array updated by {@code updater}. */
    static ParameterLayout plainRnn(int inputs, int units, int outputs, UpdateSettings updater) {
        return new ParameterLayout(inputs, units, outputs, 1, Collections.nCopies(Part.values().length, updater));
    }

    private ParameterLayout(int inputs, int units, int outputs, int gateBlocks, List<UpdateSettings> updaters) {
        if (updaters.size() != Part.values().length) {
            throw new IllegalArgumentException("need one updater per parameter array");
        }
        this.inputs = inputs;
        this.units = units;
        this.outputs = outputs;
        int gates = gateBlocks * units;
        int[][] shapes = {{inputs, gates}, {units, gates}, {1, gates}, {units, outputs}, {1, outputs}};
        this.slots = new Slot[shapes.length];
        // First the blocks: each ends where the next array's updater differs (or at the last array).
        UpdaterBlock[] blockOf = new UpdaterBlock[shapes.length];
        int blockStart = 0;
        int firstArray = 0;
        int offset = 0;
        int stateStart = 0;
        for (int p = 0; p < shapes.length; p++) {
            offset += shapes[p][0] * shapes[p][1];
            UpdateSettings config = updaters.get(p);
            if (p == shapes.length - 1 || !updaters.get(p + 1).equals(config)) {
                UpdaterBlock block = new UpdaterBlock(blockStart, offset, stateStart, config);
                Arrays.fill(blockOf, firstArray, p + 1, block);
                stateStart += block.stateLength();
                blockStart = offset;
                firstArray = p + 1;
            }
        }
        this.parameterCount = offset;
        this.stateLength = stateStart;
        offset = 0;
        for (int p = 0; p < shapes.length; p++) {
            slots[p] = new Slot(offset, shapes[p][0], shapes[p][1], blockOf[p]);
            offset += shapes[p][0] * shapes[p][1];
        }
    }

    int inputs() {
        return inputs;
    }

    int units() {
        return units;
    }

    int outputs() {
        return outputs;
    }

    /** Length of DL4J's parameter vector. */
    public int parameterCount() {
        return parameterCount;
    }

    /** Length of DL4J's updater state view array. */
    public int stateLength() {
        return stateLength;
    }

    UpdaterBlock block(Part part) {
        return slots[part.ordinal()].block();
    }

    /** Zeroed parameter-shaped arrays ({@code [array][row][column]}): parameters or a gradient. */
    float[][][] newArrays() {
        float[][][] arrays = new float[slots.length][][];
        for (int p = 0; p < slots.length; p++) {
            arrays[p] = new float[slots[p].rows()][slots[p].columns()];
        }
        return arrays;
    }

    /** A new network's optimizer state ({@code [array][copy][row][column]}), each value where its rule starts it. */
    float[][][][] newState() {
        float[][][][] state = new float[slots.length][][][];
        for (int p = 0; p < slots.length; p++) {
            Slot slot = slots[p];
            state[p] = new float[slot.stateCopies()][slot.rows()][slot.columns()];
            UpdateSettings config = slot.block().config();
            float start = config.rule().initialState(config);
            for (float[][] copy : state[p]) {
                for (float[] row : copy) {
                    Arrays.fill(row, start);
                }
            }
        }
        return state;
    }

    static float[][][] copy(float[][][] arrays) {
        float[][][] copy = new float[arrays.length][][];
        for (int p = 0; p < arrays.length; p++) {
            copy[p] = new float[arrays[p].length][];
            for (int r = 0; r < arrays[p].length; r++) {
                copy[p][r] = arrays[p][r].clone();
            }
        }
        return copy;
    }

    /** Parameter-shaped arrays in DL4J's flat layout. */
    float[] flatten(float[][][] arrays) {
        float[] flat = new float[parameterCount];
        for (int p = 0; p < slots.length; p++) {
            Slot slot = slots[p];
            for (int r = 0; r < slot.rows(); r++) {
                for (int c = 0; c < slot.columns(); c++) {
                    flat[slot.flatIndex(r, c)] = arrays[p][r][c];
                }
            }
        }
        return flat;
    }

    /** Fills parameter-shaped arrays from DL4J's flat layout. */
    void unflatten(float[] flat, float[][][] arrays) {
        requireLength(flat, parameterCount, "parameters");
        for (int p = 0; p < slots.length; p++) {
            Slot slot = slots[p];
            for (int r = 0; r < slot.rows(); r++) {
                for (int c = 0; c < slot.columns(); c++) {
                    arrays[p][r][c] = flat[slot.flatIndex(r, c)];
                }
            }
        }
    }

    /** Optimizer state in DL4J's state view layout. */
    float[] flattenState(float[][][][] state) {
        float[] flat = new float[stateLength];
        for (int p = 0; p < slots.length; p++) {
            Slot slot = slots[p];
            for (int copy = 0; copy < state[p].length; copy++) {
                for (int r = 0; r < slot.rows(); r++) {
                    for (int c = 0; c < slot.columns(); c++) {
                        flat[slot.stateIndex(copy, r, c)] = state[p][copy][r][c];
                    }
                }
            }
        }
        return flat;
    }

    /** Fills optimizer state from DL4J's state view layout. */
    void unflattenState(float[] flat, float[][][][] state) {
        requireLength(flat, stateLength, "optimizer state values");
        for (int p = 0; p < slots.length; p++) {
            Slot slot = slots[p];
            for (int copy = 0; copy < state[p].length; copy++) {
                for (int r = 0; r < slot.rows(); r++) {
                    for (int c = 0; c < slot.columns(); c++) {
                        state[p][copy][r][c] = flat[slot.stateIndex(copy, r, c)];
                    }
                }
            }
        }
    }

    private static void requireLength(float[] flat, int expected, String what) {
        if (flat.length != expected) {
            throw new IllegalArgumentException("expected " + expected + " " + what + ", got " + flat.length);
        }
    }
}
