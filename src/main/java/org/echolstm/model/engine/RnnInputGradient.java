package org.echolstm.model.engine;

/**
 * {@link InputGradient} of a plain recurrent layer, {@code h_t = tanh(x_t W + h_{t-1} RW + b)} (DL4J's
 * {@code SimpleRnn} without layer normalisation). Its error signal passes through {@code RW} and the
 * tanh's slope at every step back, and shrinks as it goes.
 */
public final class RnnInputGradient extends InputGradient {

    /** Weights as {@code [inputs][units]}, {@code [units][units]}, {@code [units]}, {@code [units][outputs]}, {@code [outputs]}. */
    public RnnInputGradient(double[][] inputWeights, double[][] recurrentWeights, double[] bias,
                            double[][] denseWeights, double[] denseBias) {
        super(inputWeights, recurrentWeights, bias, denseWeights, denseBias);
    }

    private double[][] hidden(double[][] inputs) {
        double[][] hidden = new double[inputs.length][];
        for (int t = 0; t < inputs.length; t++) {
            double[] z = inputPart(inputs[t]);
            if (t > 0) {
                addRecurrent(hidden[t - 1], z);
            }
            for (int j = 0; j < units; j++) {
                z[j] = Math.tanh(z[j]);
            }
            hidden[t] = z;
        }
        return hidden;
    }

    @Override
    public double[] probabilities(double[][] inputs) {
        return softmaxOf(hidden(inputs)[inputs.length - 1]);
    }

    @Override
    public double[][] gradient(double[][] inputs, int target) {
        int steps = inputs.length;
        double[][] hidden = hidden(inputs);
        double[] dh = lastHiddenDelta(softmaxOf(hidden[steps - 1]), target);
        double[][] dx = new double[steps][];
        for (int t = steps - 1; t >= 0; t--) {
            double[] dz = new double[units];
            for (int j = 0; j < units; j++) {
                dz[j] = dh[j] * (1 - hidden[t][j] * hidden[t][j]);
            }
            dx[t] = back(inputWeights, dz);
            dh = back(recurrentWeights, dz);
        }
        return dx;
    }
}
