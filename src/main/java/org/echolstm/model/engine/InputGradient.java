package org.echolstm.model.engine;

/**
 * The gradient of one sample's cross-entropy loss with respect to the network's input at every
 * time step ({@code dL/dx_t}), by backpropagation through time in double precision, for a
 * recurrent layer whose last hidden state feeds a softmax dense layer. How large it is at each
 * step shows how much of the error signal reaches that step: a plain RNN's fades on the way back
 * (the vanishing gradient), an LSTM's cell carries it.
 *
 * <p>Training never needs this: its inputs are one-hot and fixed, so it skips the input gradient.
 * This runs on a copy of the weights, for one sample, apart from training.
 */
public abstract sealed class InputGradient permits LstmInputGradient, RnnInputGradient {
    /** {@code [inputs][width]}, {@code [units][width]}, {@code [width]}: the recurrent layer's weights. */
    final double[][] inputWeights;
    final double[][] recurrentWeights;
    final double[] bias;
    /** {@code [units][outputs]} and {@code [outputs]}: the softmax layer's. */
    final double[][] denseWeights;
    final double[] denseBias;
    final int units;

    /** The same weights (shared: they are never changed). */
    InputGradient(InputGradient other) {
        this(other.inputWeights, other.recurrentWeights, other.bias, other.denseWeights, other.denseBias);
    }

    InputGradient(double[][] inputWeights, double[][] recurrentWeights, double[] bias, double[][] denseWeights,
                  double[] denseBias) {
        this.inputWeights = inputWeights;
        this.recurrentWeights = recurrentWeights;
        this.bias = bias;
        this.denseWeights = denseWeights;
        this.denseBias = denseBias;
        this.units = recurrentWeights.length;
        if (denseWeights.length != units || inputWeights.length == 0 || bias.length != inputWeights[0].length) {
            throw new IllegalArgumentException("the weights' shapes do not fit together");
        }
    }

    public int inputs() {
        return inputWeights.length;
    }

    /** The class probabilities of the network's answer for {@code inputs} ({@code [t][input]}). */
    public abstract double[] probabilities(double[][] inputs);

    /** The cross-entropy of the network's answer for {@code inputs} against {@code target}. */
    public double loss(double[][] inputs, int target) {
        return -Math.log(probabilities(inputs)[target]);
    }

    /** {@code dL/dx_t} for every step: {@code [t][input]}. */
    public abstract double[][] gradient(double[][] inputs, int target);

    /** The size (L2 norm) of {@code dL/dx_t} at every step of a sequence of values (one-hot inputs). */
    public double[] norms(int[] sequence, int target) {
        double[][] gradient = gradient(oneHot(sequence), target);
        double[] norms = new double[gradient.length];
        for (int t = 0; t < gradient.length; t++) {
            double sum = 0;
            for (double g : gradient[t]) {
                sum += g * g;
            }
            norms[t] = Math.sqrt(sum);
        }
        return norms;
    }

    /** A sequence of values as one-hot rows. */
    public double[][] oneHot(int[] sequence) {
        double[][] rows = new double[sequence.length][inputs()];
        for (int t = 0; t < sequence.length; t++) {
            if (sequence[t] < 0 || sequence[t] >= inputs()) {
                throw new IllegalArgumentException("sequence value " + sequence[t] + " out of range 0.." + (inputs() - 1));
            }
            rows[t][sequence[t]] = 1;
        }
        return rows;
    }

    /** {@code x W + b} for one step's input. */
    double[] inputPart(double[] x) {
        double[] z = bias.clone();
        for (int i = 0; i < x.length; i++) {
            if (x[i] != 0) {
                double[] row = inputWeights[i];
                for (int c = 0; c < z.length; c++) {
                    z[c] += x[i] * row[c];
                }
            }
        }
        return z;
    }

    /** Adds {@code h RW} to {@code z}. */
    void addRecurrent(double[] h, double[] z) {
        for (int k = 0; k < units; k++) {
            double[] row = recurrentWeights[k];
            for (int c = 0; c < z.length; c++) {
                z[c] += h[k] * row[c];
            }
        }
    }

    /** The softmax of the dense layer on the last hidden state. */
    double[] softmaxOf(double[] last) {
        double[] z = denseBias.clone();
        for (int k = 0; k < units; k++) {
            for (int j = 0; j < z.length; j++) {
                z[j] += last[k] * denseWeights[k][j];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int j = 0; j < z.length; j++) {
            z[j] = Math.exp(z[j] - max);
            sum += z[j];
        }
        for (int j = 0; j < z.length; j++) {
            z[j] /= sum;
        }
        return z;
    }

    /** {@code dL/dh_T}: the softmax's error ({@code p - onehot(target)}) through the dense weights. */
    double[] lastHiddenDelta(double[] probabilities, int target) {
        double[] dh = new double[units];
        for (int k = 0; k < units; k++) {
            double sum = 0;
            for (int j = 0; j < probabilities.length; j++) {
                sum += denseWeights[k][j] * (probabilities[j] - (j == target ? 1 : 0));
            }
            dh[k] = sum;
        }
        return dh;
    }

    /** {@code W dz}: a pre-activation delta taken back through a weight matrix ({@code [rows][width]}). */
    static double[] back(double[][] weights, double[] dz) {
        double[] out = new double[weights.length];
        for (int r = 0; r < weights.length; r++) {
            double sum = 0;
            double[] row = weights[r];
            for (int c = 0; c < dz.length; c++) {
                sum += row[c] * dz[c];
            }
            out[r] = sum;
        }
        return out;
    }

    static double[][] widen(float[][] values) {
        double[][] out = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            out[r] = widen(values[r]);
        }
        return out;
    }

    static double[] widen(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
