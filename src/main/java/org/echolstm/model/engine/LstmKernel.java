package org.echolstm.model.engine;

import org.echolstm.model.engine.ParameterLayout.Part;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The forward pass and backpropagation through time of the echo network ({@code LastTimeStep(LSTM)}
 * followed by a softmax dense layer), on the parameters it was made with (read live: the engine
 * updates them in place and then calls {@link #weightsChanged()}).
 *
 * <p>Every value is computed with the same float operations in the same order as DL4J 1.0.0-M2.1
 * computes it with its own layout. One-hot inputs are never materialised: the input weights'
 * contribution is a row lookup. No call allocates once the workspace has grown to the longest
 * sequence and the largest tile seen. Samples run in tiles: at each step the recurrent weights are
 * multiplied with the whole tile's hidden states at once ({@link TileMath}), so each weight is read
 * once for several samples.
 */
public final class LstmKernel {
    private final int inputs;
    private final int units;
    private final int outputs;
    private final int gates;
    private final float[][] inputWeights;     // [nIn][4n]
    private final float[][] recurrentWeights; // [n][4n]
    private final float[] lstmBias;           // [4n]
    private final float[][] denseWeights;     // [n][nOut]
    private final float[] denseBias;          // [nOut]
    /** The recurrent and dense weights transposed ([4n][n], [nOut][n]) for backpropagation; follow the weights. */
    private final float[][] recurrentByColumn;
    private final float[][] denseByColumn;

    LstmKernel(ParameterLayout layout, float[][][] weights) {
        this.inputs = layout.inputs();
        this.units = layout.units();
        this.outputs = layout.outputs();
        this.gates = 4 * units;
        this.inputWeights = weights[Part.INPUT_WEIGHTS.ordinal()];
        this.recurrentWeights = weights[Part.RECURRENT_WEIGHTS.ordinal()];
        this.lstmBias = weights[Part.BIAS.ordinal()][0];
        this.denseWeights = weights[Part.DENSE_WEIGHTS.ordinal()];
        this.denseBias = weights[Part.DENSE_BIAS.ordinal()][0];
        this.recurrentByColumn = new float[gates][units];
        this.denseByColumn = new float[outputs][units];
        weightsChanged();
    }

    public int units() {
        return units;
    }

    /** The input gradient of these weights, in double precision (a copy: later changes do not reach it). */
    public LstmInputGradient inputGradient() {
        return new LstmInputGradient(inputWeights, recurrentWeights, lstmBias, denseWeights, denseBias);
    }

    /** Buffers for passes of this kernel on one thread. */
    public Workspace newWorkspace() {
        return new Workspace(units, outputs);
    }

    /** Brings the transposed copies up to date after the weights changed. */
    void weightsChanged() {
        for (int k = 0; k < units; k++) {
            float[] row = recurrentWeights[k];
            for (int c = 0; c < gates; c++) {
                recurrentByColumn[c][k] = row[c];
            }
            float[] dense = denseWeights[k];
            for (int j = 0; j < outputs; j++) {
                denseByColumn[j][k] = dense[j];
            }
        }
    }

    /** Runs {@code sequence} through the network with {@code changes} applied; the workspace then holds its trace. */
    public void forward(Workspace work, int[] sequence, ForwardChanges changes) {
        forward(work, sequence, 0, sequence.length, 1, changes);
    }

    /**
     * Runs a tile of {@code count} sequences of {@code length} steps side by side through the LSTM
     * and the dense layer, sequence {@code s} being {@code sequences[start + s * length ..)}; fills
     * the workspace's per-step buffers and probabilities for each.
     */
    void forward(Workspace work, int[] sequences, int start, int length, int count, ForwardChanges changes) {
        if (length == 0) {
            throw new IllegalArgumentException("empty sequence");
        }
        work.ensureCapacity(length, count);
        work.steps = length;
        work.samples = count;
        // Training passes no changes: its passes then only test t == -1 and heldFrom >= 0 once a step.
        final boolean ablating = changes != ForwardChanges.NONE;
        int blanked = -1;
        int heldFrom = -1;
        float heldValue = 0f;
        BitSet silenced = null;
        if (ablating) {
            blanked = changes.blankedStep();
            silenced = changes.silencedUnits();
            if (changes.heldGate().isPresent()) {
                heldFrom = changes.heldGate().get().gate().offset(units);
                heldValue = changes.heldGate().get().value();
            }
        }
        final int n = units;
        final int g4 = gates;
        final float[] bias = lstmBias;
        for (int t = 0; t < length; t++) {
            final float[][] acts = work.gateActivations[t];
            // x_t W is row `value` of W, plus the bias; then h_{t-1} RW for the whole tile.
            for (int s = 0; s < count; s++) {
                final float[] act = acts[s];
                int value = sequences[start + s * length + t];
                if (value < 0 || value >= inputs) {
                    throw new IllegalArgumentException("sequence value " + value + " out of range 0.." + (inputs - 1));
                }
                if (t == blanked) {
                    System.arraycopy(bias, 0, act, 0, g4);
                } else {
                    final float[] row = inputWeights[value];
                    for (int c = 0; c < g4; c++) {
                        act[c] = row[c] + bias[c];
                    }
                }
            }
            if (t > 0) {
                TileMath.addProduct(work.hiddenStates[t - 1], count, recurrentWeights, acts, g4);
            }
            for (int s = 0; s < count; s++) {
                final float[] act = acts[s];
                Activations.tanh(act, 0, n, work.squashScratch);
                Activations.sigmoid(act, n, g4, work.squashScratch);
                if (heldFrom >= 0) {
                    Arrays.fill(act, heldFrom, heldFrom + n, heldValue);
                }
                cellStep(work, act, t == 0 ? null : work.cellStates[t - 1][s], work.cellStates[t][s], work.cellTanh[t][s],
                        work.hiddenStates[t][s]);
                if (ablating) {
                    final float[] hidden = work.hiddenStates[t][s];
                    for (int u = silenced.nextSetBit(0); u >= 0 && u < n; u = silenced.nextSetBit(u + 1)) {
                        hidden[u] = 0f;
                    }
                }
            }
        }
        for (int s = 0; s < count; s++) {
            denseSoftmax(work.hiddenStates[length - 1][s], work.probabilities[s]);
        }
    }

    /** The cell and hidden state of one sample at one step from its gate activations (no previous cells at t = 0). */
    private void cellStep(Workspace work, float[] act, float[] previousCells, float[] cells, float[] squashedCells,
                          float[] hidden) {
        final int n = units;
        final int forgetAt = Gate.FORGET.offset(n);
        final int outputAt = Gate.OUTPUT.offset(n);
        final int inputAt = Gate.INPUT.offset(n);
        if (previousCells == null) {
            for (int j = 0; j < n; j++) {
                cells[j] = 0f * act[forgetAt + j] + act[inputAt + j] * act[j];
            }
        } else {
            for (int j = 0; j < n; j++) {
                cells[j] = previousCells[j] * act[forgetAt + j] + act[inputAt + j] * act[j];
            }
        }
        System.arraycopy(cells, 0, squashedCells, 0, n);
        Activations.tanh(squashedCells, 0, n, work.squashScratch);
        for (int j = 0; j < n; j++) {
            hidden[j] = squashedCells[j] * act[outputAt + j];
        }
    }

    /** The dense layer on the last hidden state, then softmax, into {@code z}. */
    private void denseSoftmax(float[] last, float[] z) {
        System.arraycopy(denseBias, 0, z, 0, outputs);
        for (int k = 0; k < units; k++) {
            float hk = last[k];
            final float[] w = denseWeights[k];
            for (int j = 0; j < outputs; j++) {
                z[j] += hk * w[j];
            }
        }
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < outputs; j++) {
            max = Math.max(max, z[j]);
        }
        double sum = 0;
        for (int j = 0; j < outputs; j++) {
            double e = Math.exp(z[j] - max);
            z[j] = (float) e;
            sum += e;
        }
        for (int j = 0; j < outputs; j++) {
            z[j] = (float) (z[j] / sum);
        }
    }

    /**
     * Adds the gradient of a tile's samples to {@code gradient} (parameter-shaped, see
     * {@link ParameterLayout}), from the workspace's output deltas (dL/dlogits) and the trace of the
     * tile's unablated forward pass.
     */
    void backward(Workspace work, float[][][] gradient, int[] sequences, int start, int length, int count) {
        final int n = units;
        final int g4 = gates;
        final float[][] gradInputWeights = gradient[Part.INPUT_WEIGHTS.ordinal()];
        final float[][] gradRecurrentWeights = gradient[Part.RECURRENT_WEIGHTS.ordinal()];
        final float[] gradLstmBias = gradient[Part.BIAS.ordinal()][0];
        final float[][] gradDenseWeights = gradient[Part.DENSE_WEIGHTS.ordinal()];
        final float[] gradDenseBias = gradient[Part.DENSE_BIAS.ordinal()][0];
        final float[][] dh = work.hiddenDelta;
        final float[][] dz = work.gateDelta;

        for (int s = 0; s < count; s++) {
            final float[] delta = work.outputDelta[s];
            final float[] last = work.hiddenStates[length - 1][s];
            for (int j = 0; j < outputs; j++) {
                gradDenseBias[j] += delta[j];
            }
            for (int k = 0; k < n; k++) {
                float hk = last[k];
                final float[] w = gradDenseWeights[k];
                for (int j = 0; j < outputs; j++) {
                    w[j] += delta[j] * hk;
                }
            }
            Arrays.fill(dh[s], 0f);
            Arrays.fill(work.cellCarry[s], 0f);
        }
        TileMath.addProduct(work.outputDelta, count, denseByColumn, dh, n);
        final float[] sum = work.gateSum;
        for (int t = length - 1; t >= 0; t--) {
            for (int s = 0; s < count; s++) {
                gateDeltas(work, t, s);
            }
            // As DL4J: each step's deltas are summed over the samples first, then added to the gradient.
            System.arraycopy(dz[0], 0, sum, 0, g4);
            for (int s = 1; s < count; s++) {
                final float[] d = dz[s];
                for (int c = 0; c < g4; c++) {
                    sum[c] += d[c];
                }
            }
            for (int c = 0; c < g4; c++) {
                gradLstmBias[c] += sum[c];
            }
            addInputRows(work, sequences, start, length, count, t, gradInputWeights);
            if (t > 0) {
                TileMath.addOuterProducts(work.hiddenStates[t - 1], dz, count, gradRecurrentWeights, g4);
                for (int s = 0; s < count; s++) {
                    Arrays.fill(dh[s], 0f);
                }
                TileMath.addProduct(dz, count, recurrentByColumn, dh, n);
            }
        }
    }

    /**
     * The one-hot input weights' gradient at step {@code t}: row {@code v} receives the summed gate
     * deltas of the tile's samples that read value {@code v} there (as DL4J's product of the
     * one-hot inputs with the deltas, summed in sample order).
     */
    private void addInputRows(Workspace work, int[] sequences, int start, int length, int count, int t,
                              float[][] gradInputWeights) {
        final int g4 = gates;
        final float[][] dz = work.gateDelta;
        final float[] sum = work.gateSum;
        for (int s = 0; s < count; s++) {
            final int value = sequences[start + s * length + t];
            boolean seen = false;
            for (int earlier = 0; earlier < s && !seen; earlier++) {
                seen = sequences[start + earlier * length + t] == value;
            }
            if (seen) {
                continue;
            }
            System.arraycopy(dz[s], 0, sum, 0, g4);
            for (int later = s + 1; later < count; later++) {
                if (sequences[start + later * length + t] == value) {
                    final float[] d = dz[later];
                    for (int c = 0; c < g4; c++) {
                        sum[c] += d[c];
                    }
                }
            }
            final float[] row = gradInputWeights[value];
            for (int c = 0; c < g4; c++) {
                row[c] += sum[c];
            }
        }
    }

    /** Sample {@code s}'s gate deltas at step {@code t} into its gate delta row; moves its cell carry one step back. */
    private void gateDeltas(Workspace work, int t, int s) {
        final int n = units;
        final int forgetAt = Gate.FORGET.offset(n);
        final int outputAt = Gate.OUTPUT.offset(n);
        final int inputAt = Gate.INPUT.offset(n);
        final float[] act = work.gateActivations[t][s];
        final float[] squashedCells = work.cellTanh[t][s];
        final float[] dh = work.hiddenDelta[s];
        final float[] carry = work.cellCarry[s];
        final float[] dCandidates = work.candidateDelta[s];
        final float[] dForgets = work.forgetDelta[s];
        final float[] dOutputs = work.outputGateDelta[s];
        final float[] dInputs = work.inputGateDelta[s];
        // Before the first step the cell state is zero (the forget gate's delta is then zero too).
        final float[] previousCells = t > 0 ? work.cellStates[t - 1][s] : work.zeroCells;
        for (int j = 0; j < n; j++) {
            float candidate = act[j];
            float forget = act[forgetAt + j];
            float out = act[outputAt + j];
            float input = act[inputAt + j];
            float squashed = squashedCells[j];
            float dhj = dh[j];
            float dOut = dhj * squashed * (out * (1f - out));
            float dCell = (1f - squashed * squashed) * (out * dhj) + carry[j];
            dForgets[j] = (forget * (1f - forget)) * dCell * previousCells[j];
            dInputs[j] = (input * (1f - input)) * candidate * dCell;
            dCandidates[j] = (1f - candidate * candidate) * (input * dCell);
            dOutputs[j] = dOut;
            carry[j] = forget * dCell;
        }
        final float[] d = work.gateDelta[s];
        System.arraycopy(dCandidates, 0, d, Gate.CANDIDATE.offset(n), n);
        System.arraycopy(dForgets, 0, d, forgetAt, n);
        System.arraycopy(dOutputs, 0, d, outputAt, n);
        System.arraycopy(dInputs, 0, d, inputAt, n);
    }
}
