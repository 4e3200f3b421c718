package org.echolstm.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoSample;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.BitSet;

/**
 * Looks inside a model: its LSTM's gates and states for one sequence, computed from the model's
 * own parameters exactly as DL4J's LSTM computes them, and what happens when units are silenced.
 * DL4J's four gate blocks along the weights' last axis are, in order: the candidate (tanh), the
 * forget gate, the output gate and the input gate (all sigmoid).
 */
public final class LstmProbe {
    private final int features;
    private final int units;
    private final float[][] inputWeights;     // [feature][4·units]
    private final float[][] recurrentWeights; // [unit][4·units]
    private final float[] bias;               // [4·units]
    private final float[][] denseWeights;     // [unit][feature]
    private final float[] denseBias;          // [feature]
    private final GateClamp clamp;

    /** A gate held at one value in every unit and step, to see what the network does without it. */
    public enum GateClamp {
        NONE, INPUT_CLOSED, FORGET_CLOSED, FORGET_OPEN, OUTPUT_OPEN
    }

    /** A probe of the model's current parameters (later training does not change it). */
    public LstmProbe(EchoModel model) {
        MultiLayerNetwork network = model.network();
        this.features = model.task().features();
        this.units = model.settings().units();
        this.inputWeights = matrix(network.getParam("0_W"));
        this.recurrentWeights = matrix(network.getParam("0_RW"));
        this.bias = network.getParam("0_b").dup().data().asFloat();
        this.denseWeights = matrix(network.getParam("1_W"));
        this.denseBias = network.getParam("1_b").dup().data().asFloat();
        this.clamp = GateClamp.NONE;
    }

    private LstmProbe(LstmProbe other, GateClamp clamp) {
        this.features = other.features;
        this.units = other.units;
        this.inputWeights = other.inputWeights;
        this.recurrentWeights = other.recurrentWeights;
        this.bias = other.bias;
        this.denseWeights = other.denseWeights;
        this.denseBias = other.denseBias;
        this.clamp = clamp;
    }

    /** The same parameters with a gate clamped (a view: the model is not changed). */
    public LstmProbe withClamp(GateClamp newClamp) {
        return new LstmProbe(this, newClamp);
    }

    public GateClamp clamp() {
        return clamp;
    }

    private static float[][] matrix(INDArray param) {
        return param.toFloatMatrix();
    }

    public int units() {
        return units;
    }

    /** The full trace for {@code sequence}. */
    public LstmTrace trace(int[] sequence) {
        return run(sequence, -1, new BitSet());
    }

    /**
     * The trace with the units in {@code silenced} forced to output 0 (their hidden state), and
     * the time step {@code blanked} given no input (all-zero one-hot), or -1 for none.
     */
    public LstmTrace run(int[] sequence, int blanked, BitSet silenced) {
        int steps = sequence.length;
        int n = units;
        float[][] in = new float[steps][n];
        float[][] forget = new float[steps][n];
        float[][] out = new float[steps][n];
        float[][] candidate = new float[steps][n];
        float[][] cell = new float[steps][n];
        float[][] hidden = new float[steps][n];
        float[] previousHidden = new float[n];
        float[] previousCell = new float[n];
        float[] z = new float[4 * n];
        for (int t = 0; t < steps; t++) {
            System.arraycopy(bias, 0, z, 0, 4 * n);
            if (t != blanked) {
                float[] row = inputWeights[sequence[t]];
                for (int j = 0; j < 4 * n; j++) {
                    z[j] += row[j];
                }
            }
            for (int k = 0; k < n; k++) {
                float h = previousHidden[k];
                if (h != 0) {
                    float[] row = recurrentWeights[k];
                    for (int j = 0; j < 4 * n; j++) {
                        z[j] += h * row[j];
                    }
                }
            }
            for (int u = 0; u < n; u++) {
                candidate[t][u] = (float) Math.tanh(z[u]);
                forget[t][u] = clamp == GateClamp.FORGET_CLOSED ? 0f : clamp == GateClamp.FORGET_OPEN ? 1f
                        : sigmoid(z[n + u]);
                out[t][u] = clamp == GateClamp.OUTPUT_OPEN ? 1f : sigmoid(z[2 * n + u]);
                in[t][u] = clamp == GateClamp.INPUT_CLOSED ? 0f : sigmoid(z[3 * n + u]);
                cell[t][u] = forget[t][u] * previousCell[u] + in[t][u] * candidate[t][u];
                hidden[t][u] = silenced.get(u) ? 0f : out[t][u] * (float) Math.tanh(cell[t][u]);
            }
            previousHidden = hidden[t];
            previousCell = cell[t];
        }
        return new LstmTrace(sequence.clone(), in, forget, out, candidate, cell, hidden, softmax(previousHidden));
    }

    private float[] softmax(float[] h) {
        double[] logits = new double[features];
        double max = Double.NEGATIVE_INFINITY;
        for (int f = 0; f < features; f++) {
            double sum = denseBias[f];
            for (int u = 0; u < units; u++) {
                sum += h[u] * denseWeights[u][f];
            }
            logits[f] = sum;
            max = Math.max(max, sum);
        }
        double total = 0;
        for (int f = 0; f < features; f++) {
            logits[f] = Math.exp(logits[f] - max);
            total += logits[f];
        }
        float[] p = new float[features];
        for (int f = 0; f < features; f++) {
            p[f] = (float) (logits[f] / total);
        }
        return p;
    }

    private static float sigmoid(float x) {
        return (float) (1 / (1 + Math.exp(-x)));
    }

    /**
     * How much each time step drives the answer: the drop in the predicted value's probability
     * when that step's input is removed (its one-hot row all zeros). A trained model's influence
     * peaks at the echo index.
     */
    public float[] influence(int[] sequence) {
        return influence(sequence, new BitSet());
    }

    public float[] influence(int[] sequence, BitSet silenced) {
        LstmTrace full = run(sequence, -1, silenced);
        int predicted = full.predicted();
        float[] influence = new float[sequence.length];
        for (int t = 0; t < sequence.length; t++) {
            influence[t] = full.probabilities()[predicted] - run(sequence, t, silenced).probabilities()[predicted];
        }
        return influence;
    }

    /** Accuracy on {@code batch} with the units in {@code silenced} forced to 0; the model is not changed. */
    public double accuracy(EchoBatch batch, BitSet silenced) {
        int correct = 0;
        for (EchoSample sample : batch.samples()) {
            if (run(sample.sequence(), -1, silenced).predicted() == sample.target()) {
                correct++;
            }
        }
        return (double) correct / batch.size();
    }

    /** The units 0..units-1 as a set (to silence all). */
    public BitSet allUnits() {
        BitSet all = new BitSet(units);
        all.set(0, units);
        return all;
    }
}
