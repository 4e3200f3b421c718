package org.echolstm.model.engine;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;

/**
 * {@link InputGradient} of the echo network's LSTM (the engine's layout: candidate, forget, output
 * and input gate blocks, no peepholes, as DL4J's {@code LSTM}), optionally with silenced units and
 * a held gate, as the kernel's forward pass applies them: a silenced unit's hidden state is 0, so
 * no gradient flows through it; a held gate is a constant, so none flows through its inputs.
 */
public final class LstmInputGradient extends InputGradient {
    private final BitSet silenced;
    private final Optional<ForwardChanges.HeldGate> held;

    LstmInputGradient(float[][] inputWeights, float[][] recurrentWeights, float[] bias, float[][] denseWeights,
                      float[] denseBias) {
        super(widen(inputWeights), widen(recurrentWeights), widen(bias), widen(denseWeights), widen(denseBias));
        this.silenced = new BitSet();
        this.held = Optional.empty();
    }

    private LstmInputGradient(LstmInputGradient weights, ForwardChanges changes) {
        super(weights);
        this.silenced = changes.silencedUnits();
        this.held = changes.heldGate();
    }

    /** The gradient of the network with these units silenced and this gate held (its blanked step is ignored). */
    public LstmInputGradient with(ForwardChanges changes) {
        return new LstmInputGradient(this, changes);
    }

    /** The first column of the held gate's block, or -1. */
    private int heldFrom() {
        return held.map(h -> h.gate().offset(units)).orElse(-1);
    }

    /** The activations of every step: {@code act[t]} is candidate, forget, output, input gate; then cell and hidden. */
    private record Trace(double[][] act, double[][] cell, double[][] cellTanh, double[][] hidden) {
    }

    private Trace forward(double[][] inputs) {
        int steps = inputs.length;
        Trace trace = new Trace(new double[steps][], new double[steps][units], new double[steps][units],
                new double[steps][units]);
        for (int t = 0; t < steps; t++) {
            double[] a = inputPart(inputs[t]);
            if (t > 0) {
                addRecurrent(trace.hidden[t - 1], a);
            }
            for (int j = 0; j < units; j++) {
                a[j] = Math.tanh(a[j]);
            }
            for (int c = units; c < a.length; c++) {
                a[c] = sigmoid(a[c]);
            }
            if (held.isPresent()) {
                Arrays.fill(a, heldFrom(), heldFrom() + units, held.get().value());
            }
            trace.act[t] = a;
            for (int j = 0; j < units; j++) {
                double previous = t == 0 ? 0 : trace.cell[t - 1][j];
                double cell = previous * a[units + j] + a[3 * units + j] * a[j];
                trace.cell[t][j] = cell;
                trace.cellTanh[t][j] = Math.tanh(cell);
                trace.hidden[t][j] = silenced.get(j) ? 0 : trace.cellTanh[t][j] * a[2 * units + j];
            }
        }
        return trace;
    }

    @Override
    public double[] probabilities(double[][] inputs) {
        return softmaxOf(forward(inputs).hidden[inputs.length - 1]);
    }

    @Override
    public double[][] gradient(double[][] inputs, int target) {
        int steps = inputs.length;
        Trace trace = forward(inputs);
        double[] dh = lastHiddenDelta(softmaxOf(trace.hidden[steps - 1]), target);
        double[] carry = new double[units];
        double[][] dx = new double[steps][];
        for (int t = steps - 1; t >= 0; t--) {
            double[] a = trace.act[t];
            double[] dz = new double[4 * units];
            for (int j = silenced.nextSetBit(0); j >= 0 && j < units; j = silenced.nextSetBit(j + 1)) {
                dh[j] = 0; // a silenced unit's output is a constant 0
            }
            for (int j = 0; j < units; j++) {
                double candidate = a[j];
                double forget = a[units + j];
                double out = a[2 * units + j];
                double input = a[3 * units + j];
                double squashed = trace.cellTanh[t][j];
                double previous = t == 0 ? 0 : trace.cell[t - 1][j];
                double dCell = dh[j] * out * (1 - squashed * squashed) + carry[j];
                dz[j] = dCell * input * (1 - candidate * candidate);
                dz[units + j] = dCell * previous * forget * (1 - forget);
                dz[2 * units + j] = dh[j] * squashed * out * (1 - out);
                dz[3 * units + j] = dCell * candidate * input * (1 - input);
                carry[j] = dCell * forget;
            }
            if (held.isPresent()) {
                Arrays.fill(dz, heldFrom(), heldFrom() + units, 0); // a held gate is a constant
            }
            dx[t] = back(inputWeights, dz);
            dh = back(recurrentWeights, dz);
        }
        return dx;
    }
}
