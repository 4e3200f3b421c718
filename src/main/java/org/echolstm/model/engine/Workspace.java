package org.echolstm.model.engine;

/**
 * The buffers of forward and backward passes over a tile of samples (several sequences of one
 * length run side by side), one row per time step and sample, grown to the longest sequence and the
 * largest tile seen. After a forward pass it holds that pass's trace: the gate activations, cell
 * and hidden states of every step and the class probabilities; the accessors copy out those of the
 * tile's first sample (the only one when a single sequence was run). Passes on different
 * workspaces may run at the same time (reading the parameters) as long as nothing trains
 * meanwhile; one workspace serves one thread.
 */
public final class Workspace {
    private final int units;
    private final int outputs;
    private int stepCapacity;
    private int sampleCapacity;
    /** Time steps of the last forward pass. */
    int steps;
    /** Samples of the last forward pass. */
    int samples;
    float[][][] gateActivations = new float[0][][]; // [t][sample][4n], blocks in Gate order
    float[][][] cellStates = new float[0][][];      // [t][sample][n]
    float[][][] cellTanh = new float[0][][];        // [t][sample][n]
    float[][][] hiddenStates = new float[0][][];    // [t][sample][n]
    float[][] probabilities = new float[0][];       // [sample][nOut]
    float[][] outputDelta = new float[0][];         // [sample][nOut]: dL/dlogits
    float[][] hiddenDelta = new float[0][];         // [sample][n]
    float[][] cellCarry = new float[0][];           // [sample][n]
    float[][] gateDelta = new float[0][];           // [sample][4n]: the four blocks below side by side
    final float[] zeroCells;                        // [n]: the cell state before the first step
    final float[] gateSum;                          // [4n]: a step's deltas summed over the tile
    final double[] squashScratch;                   // [4n]: the activations' working values
    float[][] candidateDelta = new float[0][];      // [sample][n]
    float[][] forgetDelta = new float[0][];
    float[][] outputGateDelta = new float[0][];
    float[][] inputGateDelta = new float[0][];

    Workspace(int units, int outputs) {
        this.units = units;
        this.outputs = outputs;
        this.gateSum = new float[4 * units];
        this.zeroCells = new float[units];
        this.squashScratch = new double[4 * units];
        ensureCapacity(1, 1);
    }

    /** Makes room for {@code count} sequences of {@code length} steps. */
    void ensureCapacity(int length, int count) {
        if (count > sampleCapacity) {
            sampleCapacity = count;
            stepCapacity = 0; // the per-step rows must grow too
            probabilities = new float[count][outputs];
            outputDelta = new float[count][outputs];
            hiddenDelta = new float[count][units];
            cellCarry = new float[count][units];
            gateDelta = new float[count][4 * units];
            candidateDelta = new float[count][units];
            forgetDelta = new float[count][units];
            outputGateDelta = new float[count][units];
            inputGateDelta = new float[count][units];
        }
        if (length > stepCapacity) {
            stepCapacity = length;
            gateActivations = new float[length][sampleCapacity][4 * units];
            cellStates = new float[length][sampleCapacity][units];
            cellTanh = new float[length][sampleCapacity][units];
            hiddenStates = new float[length][sampleCapacity][units];
        }
    }

    /** Time steps of the last forward pass. */
    public int steps() {
        return steps;
    }

    /** The activations of {@code gate} in the last forward pass, {@code [t][unit]}. */
    public float[][] gate(Gate gate) {
        int from = gate.offset(units);
        float[][] copy = new float[steps][units];
        for (int t = 0; t < steps; t++) {
            System.arraycopy(gateActivations[t][0], from, copy[t], 0, units);
        }
        return copy;
    }

    /** The cell states of the last forward pass, {@code [t][unit]}. */
    public float[][] cellStates() {
        return rows(cellStates);
    }

    /** The hidden states (the LSTM's outputs) of the last forward pass, {@code [t][unit]}. */
    public float[][] hiddenStates() {
        return rows(hiddenStates);
    }

    /** The class probabilities after the last step of the last forward pass. */
    public float[] probabilities() {
        return probabilities[0].clone();
    }

    /** The probability of class {@code c} after the last forward pass. */
    public float probability(int c) {
        return probabilities[0][c];
    }

    /** The most probable class of the last forward pass (the first of equals, as ND4J's argMax). */
    public int predicted() {
        return argmax(probabilities[0]);
    }

    private float[][] rows(float[][][] buffer) {
        float[][] copy = new float[steps][];
        for (int t = 0; t < steps; t++) {
            copy[t] = buffer[t][0].clone();
        }
        return copy;
    }

    static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
