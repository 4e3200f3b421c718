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
 * sequence seen.
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
        this.inputWeights = weights[Part.LSTM_INPUT_WEIGHTS.ordinal()];
        this.recurrentWeights = weights[Part.LSTM_RECURRENT_WEIGHTS.ordinal()];
        this.lstmBias = weights[Part.LSTM_BIAS.ordinal()][0];
        this.denseWeights = weights[Part.DENSE_WEIGHTS.ordinal()];
        this.denseBias = weights[Part.DENSE_BIAS.ordinal()][0];
        this.recurrentByColumn = new float[gates][units];
        this.denseByColumn = new float[outputs][units];
        weightsChanged();
    }

    public int units() {
        return units;
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

    /** Runs {@code sequence} through the network with {@code ablation} applied; the workspace then holds its trace. */
    public void forward(Workspace work, int[] sequence, Ablation ablation) {
        forward(work, sequence, 0, sequence.length, ablation);
    }

    /**
     * Runs one sequence ({@code sequences[offset .. offset + length)}) through the LSTM and the
     * dense layer; fills the workspace's per-step buffers and probabilities.
     */
    void forward(Workspace work, int[] sequences, int offset, int length, Ablation ablation) {
        if (length == 0) {
            throw new IllegalArgumentException("empty sequence");
        }
        work.ensureCapacity(length);
        work.steps = length;
        // Training passes no ablation: they then only test t == -1 and heldFrom >= 0 once a step.
        final boolean ablating = ablation != Ablation.NONE;
        int blanked = -1;
        int heldFrom = -1;
        float heldValue = 0f;
        BitSet silenced = null;
        if (ablating) {
            blanked = ablation.blankedStep();
            silenced = ablation.silencedUnits();
            if (ablation.heldGate().isPresent()) {
                heldFrom = ablation.heldGate().get().gate().offset(units);
                heldValue = ablation.heldGate().get().value();
            }
        }
        final float[][] gateActivations = work.gateActivations;
        final float[][] cellStates = work.cellStates;
        final float[][] cellTanh = work.cellTanh;
        final float[][] hiddenStates = work.hiddenStates;
        final int n = units;
        final int g4 = gates;
        final int forgetAt = Gate.FORGET.offset(n);
        final int outputAt = Gate.OUTPUT.offset(n);
        final int inputAt = Gate.INPUT.offset(n);
        final float[] bias = lstmBias;
        for (int t = 0; t < length; t++) {
            int value = sequences[offset + t];
            if (value < 0 || value >= inputs) {
                throw new IllegalArgumentException("sequence value " + value + " out of range 0.." + (inputs - 1));
            }
            final float[] act = gateActivations[t];
            // x_t W is row `value` of W, plus the bias; then h_{t-1} RW, one row of RW per unit.
            if (t == blanked) {
                System.arraycopy(bias, 0, act, 0, g4);
            } else {
                final float[] row = inputWeights[value];
                for (int c = 0; c < g4; c++) {
                    act[c] = row[c] + bias[c];
                }
            }
            if (t > 0) {
                final float[] previousHidden = hiddenStates[t - 1];
                for (int k = 0; k < n; k++) {
                    float hk = previousHidden[k];
                    final float[] rw = recurrentWeights[k];
                    for (int c = 0; c < g4; c++) {
                        act[c] += hk * rw[c];
                    }
                }
            }
            for (int c = 0; c < n; c++) {
                act[c] = tanh(act[c]);
            }
            for (int c = n; c < g4; c++) {
                act[c] = sigmoid(act[c]);
            }
            if (heldFrom >= 0) {
                Arrays.fill(act, heldFrom, heldFrom + n, heldValue);
            }
            final float[] cells = cellStates[t];
            final float[] squashedCells = cellTanh[t];
            final float[] hidden = hiddenStates[t];
            if (t == 0) {
                for (int j = 0; j < n; j++) {
                    float cell = 0f * act[forgetAt + j] + act[inputAt + j] * act[j];
                    float squashed = tanh(cell);
                    cells[j] = cell;
                    squashedCells[j] = squashed;
                    hidden[j] = squashed * act[outputAt + j];
                }
            } else {
                final float[] previousCells = cellStates[t - 1];
                for (int j = 0; j < n; j++) {
                    float cell = previousCells[j] * act[forgetAt + j] + act[inputAt + j] * act[j];
                    float squashed = tanh(cell);
                    cells[j] = cell;
                    squashedCells[j] = squashed;
                    hidden[j] = squashed * act[outputAt + j];
                }
            }
            if (ablating) {
                for (int u = silenced.nextSetBit(0); u >= 0 && u < n; u = silenced.nextSetBit(u + 1)) {
                    hidden[u] = 0f;
                }
            }
        }
        denseSoftmax(hiddenStates[length - 1], work.probabilities);
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
     * Adds one sample's gradient to {@code gradient} (parameter-shaped, see {@link ParameterLayout}),
     * from the workspace's output delta (dL/dlogits) and the trace of its unablated forward pass.
     */
    void backward(Workspace work, float[][][] gradient, int[] sequences, int offset, int length) {
        final int n = units;
        final int g4 = gates;
        final int forgetAt = Gate.FORGET.offset(n);
        final int outputAt = Gate.OUTPUT.offset(n);
        final int inputAt = Gate.INPUT.offset(n);
        final float[][] gradInputWeights = gradient[Part.LSTM_INPUT_WEIGHTS.ordinal()];
        final float[][] gradRecurrentWeights = gradient[Part.LSTM_RECURRENT_WEIGHTS.ordinal()];
        final float[] gradLstmBias = gradient[Part.LSTM_BIAS.ordinal()][0];
        final float[][] gradDenseWeights = gradient[Part.DENSE_WEIGHTS.ordinal()];
        final float[] gradDenseBias = gradient[Part.DENSE_BIAS.ordinal()][0];
        final float[][] gateActivations = work.gateActivations;
        final float[][] cellStates = work.cellStates;
        final float[][] cellTanh = work.cellTanh;
        final float[][] hiddenStates = work.hiddenStates;
        final float[] dh = work.hiddenDelta;
        final float[] carry = work.cellCarry;
        final float[] dz = work.gateDelta;
        final float[] delta = work.outputDelta;
        final float[] dCandidates = work.candidateDelta;
        final float[] dForgets = work.forgetDelta;
        final float[] dOutputs = work.outputGateDelta;
        final float[] dInputs = work.inputGateDelta;

        final float[] last = hiddenStates[length - 1];
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
        Arrays.fill(dh, 0f);
        for (int j = 0; j < outputs; j++) {
            float d = delta[j];
            final float[] w = denseByColumn[j];
            for (int k = 0; k < n; k++) {
                dh[k] += d * w[k];
            }
        }
        Arrays.fill(carry, 0f);
        for (int t = length - 1; t >= 0; t--) {
            final float[] act = gateActivations[t];
            final float[] squashedCells = cellTanh[t];
            if (t > 0) {
                final float[] previousCells = cellStates[t - 1];
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
            } else {
                for (int j = 0; j < n; j++) {
                    float candidate = act[j];
                    float forget = act[forgetAt + j];
                    float out = act[outputAt + j];
                    float input = act[inputAt + j];
                    float squashed = squashedCells[j];
                    float dhj = dh[j];
                    float dOut = dhj * squashed * (out * (1f - out));
                    float dCell = (1f - squashed * squashed) * (out * dhj) + carry[j];
                    dForgets[j] = 0f;
                    dInputs[j] = (input * (1f - input)) * candidate * dCell;
                    dCandidates[j] = (1f - candidate * candidate) * (input * dCell);
                    dOutputs[j] = dOut;
                    carry[j] = forget * dCell;
                }
            }
            System.arraycopy(dCandidates, 0, dz, Gate.CANDIDATE.offset(n), n);
            System.arraycopy(dForgets, 0, dz, forgetAt, n);
            System.arraycopy(dOutputs, 0, dz, outputAt, n);
            System.arraycopy(dInputs, 0, dz, inputAt, n);
            final float[] row = gradInputWeights[sequences[offset + t]];
            for (int c = 0; c < g4; c++) {
                row[c] += dz[c];
            }
            for (int c = 0; c < g4; c++) {
                gradLstmBias[c] += dz[c];
            }
            if (t > 0) {
                final float[] previousHidden = hiddenStates[t - 1];
                for (int k = 0; k < n; k++) {
                    float hk = previousHidden[k];
                    final float[] rw = gradRecurrentWeights[k];
                    for (int c = 0; c < g4; c++) {
                        rw[c] += dz[c] * hk;
                    }
                }
                Arrays.fill(dh, 0f);
                for (int c = 0; c < g4; c++) {
                    float d = dz[c];
                    final float[] w = recurrentByColumn[c];
                    for (int k = 0; k < n; k++) {
                        dh[k] += d * w[k];
                    }
                }
            }
        }
    }

    static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + Math.exp(-x)));
    }

    /** tanh through the intrinsic exp; the series keeps full precision near zero. */
    static float tanh(float x) {
        double d = x;
        if (Math.abs(d) < 1e-4) {
            return (float) (d - d * d * d / 3.0);
        }
        if (d > 20) {
            return 1f;
        }
        if (d < -20) {
            return -1f;
        }
        return (float) (1.0 - 2.0 / (Math.exp(2.0 * d) + 1.0));
    }
}
