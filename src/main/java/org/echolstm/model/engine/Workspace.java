package org.echolstm.model.engine;

/**
 * The buffers of forward and backward passes, one row per time step, grown to the longest
 * sequence seen. After a forward pass it holds that pass's trace: the gate activations, cell and
 * hidden states of every step and the class probabilities, which the accessors copy out. Passes
 * on different workspaces may run at the same time (reading the parameters) as long as nothing
 * trains meanwhile; one workspace serves one thread.
 */
public final class Workspace {
    private final int units;
    private int capacity;
    /** Time steps of the last forward pass. */
    int steps;
    float[][] gateActivations = new float[0][]; // [t][4n], blocks in Gate order
    float[][] cellStates = new float[0][];      // [t][n]
    float[][] cellTanh = new float[0][];        // [t][n]
    float[][] hiddenStates = new float[0][];    // [t][n]
    final float[] probabilities;
    final float[] outputDelta;
    final float[] hiddenDelta;
    final float[] cellCarry;
    final float[] gateDelta; // [4n]: the four blocks below side by side
    final float[] candidateDelta;
    final float[] forgetDelta;
    final float[] outputGateDelta;
    final float[] inputGateDelta;

    Workspace(int units, int outputs) {
        this.units = units;
        this.probabilities = new float[outputs];
        this.outputDelta = new float[outputs];
        this.hiddenDelta = new float[units];
        this.cellCarry = new float[units];
        this.gateDelta = new float[4 * units];
        this.candidateDelta = new float[units];
        this.forgetDelta = new float[units];
        this.outputGateDelta = new float[units];
        this.inputGateDelta = new float[units];
    }

    void ensureCapacity(int length) {
        if (length > capacity) {
            capacity = length;
            gateActivations = new float[length][4 * units];
            cellStates = new float[length][units];
            cellTanh = new float[length][units];
            hiddenStates = new float[length][units];
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
            System.arraycopy(gateActivations[t], from, copy[t], 0, units);
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
        return probabilities.clone();
    }

    /** The probability of class {@code c} after the last forward pass. */
    public float probability(int c) {
        return probabilities[c];
    }

    /** The most probable class of the last forward pass (the first of equals, as ND4J's argMax). */
    public int predicted() {
        return argmax(probabilities);
    }

    private float[][] rows(float[][] buffer) {
        float[][] copy = new float[steps][];
        for (int t = 0; t < steps; t++) {
            copy[t] = buffer[t].clone();
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
