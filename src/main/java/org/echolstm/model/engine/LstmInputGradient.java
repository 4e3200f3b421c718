package org.echolstm.model.engine;

/**
 * {@link InputGradient} of the echo network's LSTM (the engine's layout: candidate, forget, output
 * and input gate blocks, no peepholes, as DL4J's {@code LSTM}).
 */
public final class LstmInputGradient extends InputGradient {

    LstmInputGradient(float[][] inputWeights, float[][] recurrentWeights, float[] bias, float[][] denseWeights,
                      float[] denseBias) {
        super(widen(inputWeights), widen(recurrentWeights), widen(bias), widen(denseWeights), widen(denseBias));
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
            trace.act[t] = a;
            for (int j = 0; j < units; j++) {
                double previous = t == 0 ? 0 : trace.cell[t - 1][j];
                double cell = previous * a[units + j] + a[3 * units + j] * a[j];
                trace.cell[t][j] = cell;
                trace.cellTanh[t][j] = Math.tanh(cell);
                trace.hidden[t][j] = trace.cellTanh[t][j] * a[2 * units + j];
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
            dx[t] = back(inputWeights, dz);
            dh = back(recurrentWeights, dz);
        }
        return dx;
    }
}
