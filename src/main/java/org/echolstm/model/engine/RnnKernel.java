package org.echolstm.model.engine;

import java.util.Arrays;

/**
 * A plain recurrent network in plain Java: {@code h_t = tanh(x_t·W + h_{t-1}·RW + b)} over one-hot
 * inputs, the last hidden state into a dense softmax layer, trained on the summed cross-entropy
 * with the same {@link UpdateRule}s as the LSTM engine. It computes what DL4J's {@code SimpleRnn}
 * network of {@code SimpleRnnModel} computes (checked against it in a test), fast enough for sweeps
 * of many runs. Single-threaded and not thread-safe; buffers are reused between calls.
 */
public final class RnnKernel {
    /** The parameter arrays, each {@code [row][column]}. */
    public enum Part { W, RW, B, OUTPUT_W, OUTPUT_B }

    private final int inputs;
    private final int units;
    private final int outputs;
    private final double softmaxClipEps;
    private final UpdateSettings updater;
    private final UpdateRule rule;
    private final float[][][] values;
    private final float[][][] gradients;
    private final float[][][][] state;
    private int iteration;
    private int lastCorrect;
    // Per-sample buffers: hidden states of every step (row 0 is the zero start), deltas, logits.
    private float[][] hidden = new float[0][];
    private final float[] delta;
    private final float[] deltaBefore;
    private final double[] squashScratch;
    private final float[] logits;

    /** A network of {@code layout} (one updater for all its arrays) starting from {@code values}; see {@link FreshEngine#plainRnn}. */
    RnnKernel(ParameterLayout layout, float[][][] values, double softmaxClipEps) {
        this.inputs = layout.inputs();
        this.units = layout.units();
        this.outputs = layout.outputs();
        this.softmaxClipEps = softmaxClipEps;
        this.updater = layout.block(ParameterLayout.Part.INPUT_WEIGHTS).config();
        this.rule = updater.rule();
        this.values = values;
        this.gradients = layout.newArrays();
        this.state = layout.newState();
        this.delta = new float[units];
        this.deltaBefore = new float[units];
        this.squashScratch = new double[units];
        this.logits = new float[outputs];
    }

    public int inputs() {
        return inputs;
    }

    public int units() {
        return units;
    }

    public int outputs() {
        return outputs;
    }

    public int parameterCount() {
        return inputs * units + units * units + units + units * outputs + outputs;
    }

    /** A copy of one parameter array. */
    public float[][] parameter(Part part) {
        float[][] source = values[part.ordinal()];
        float[][] copy = new float[source.length][];
        for (int r = 0; r < source.length; r++) {
            copy[r] = source[r].clone();
        }
        return copy;
    }

    /**
     * One training step on the samples held in flat arrays ({@code sequences[s * length ..]}, answer
     * {@code targets[s]}): returns the batch's mean cross-entropy before the update.
     */
    public double fit(int[] sequences, int length, int[] targets, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("empty batch");
        }
        for (float[][] gradient : gradients) {
            for (float[] row : gradient) {
                Arrays.fill(row, 0f);
            }
        }
        double lossSum = 0;
        lastCorrect = 0;
        for (int s = 0; s < count; s++) {
            forward(sequences, s * length, length);
            float[] probabilities = softmax();
            int target = targets[s];
            lastCorrect += argmax(probabilities) == target ? 1 : 0;
            lossSum -= Math.log(Math.min(1 - softmaxClipEps, Math.max(softmaxClipEps, probabilities[target])));
            backward(sequences, s * length, length, probabilities, target);
        }
        float divisor = count;
        for (int p = 0; p < values.length; p++) {
            rule.apply(updater, iteration, 0, divisor, values[p], gradients[p], state[p]);
        }
        iteration++;
        return lossSum / count;
    }

    /** How many samples the last {@link #fit} predicted right, before its update. */
    public int correctInLastBatch() {
        return lastCorrect;
    }

    /** The predicted value of each of {@code count} samples held in flat arrays. */
    public int[] predictedValues(int[] sequences, int length, int count) {
        int[] predicted = new int[count];
        for (int s = 0; s < count; s++) {
            forward(sequences, s * length, length);
            predicted[s] = argmax(softmax());
        }
        return predicted;
    }

    /** Hidden states for one sample into {@link #hidden}[1..length], logits of the last one. */
    private void forward(int[] sequences, int offset, int length) {
        if (hidden.length < length + 1) {
            hidden = new float[length + 1][units];
        }
        float[][] w = values[Part.W.ordinal()];
        float[][] rw = values[Part.RW.ordinal()];
        float[] b = values[Part.B.ordinal()][0];
        Arrays.fill(hidden[0], 0f);
        for (int t = 1; t <= length; t++) {
            float[] before = hidden[t - 1];
            float[] now = hidden[t];
            float[] input = w[sequences[offset + t - 1]];
            for (int j = 0; j < units; j++) {
                now[j] = input[j] + b[j];
            }
            for (int i = 0; i < units; i++) {
                float h = before[i];
                if (h != 0f) {
                    float[] row = rw[i];
                    for (int j = 0; j < units; j++) {
                        now[j] += h * row[j];
                    }
                }
            }
            // Vectorised, as the LSTM's (Math.tanh took most of a step's time).
            Activations.tanh(now, 0, units, squashScratch);
        }
        float[] last = hidden[length];
        float[][] wo = values[Part.OUTPUT_W.ordinal()];
        float[] bo = values[Part.OUTPUT_B.ordinal()][0];
        System.arraycopy(bo, 0, logits, 0, outputs);
        for (int i = 0; i < units; i++) {
            float h = last[i];
            float[] row = wo[i];
            for (int k = 0; k < outputs; k++) {
                logits[k] += h * row[k];
            }
        }
    }

    /** The softmax of {@link #logits}, in place. */
    private float[] softmax() {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : logits) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int k = 0; k < outputs; k++) {
            double e = Math.exp(logits[k] - max);
            logits[k] = (float) e;
            sum += e;
        }
        for (int k = 0; k < outputs; k++) {
            logits[k] = (float) (logits[k] / sum);
        }
        return logits;
    }

    /** Adds one sample's gradient (back through time from the last step) to {@link #gradients}. */
    private void backward(int[] sequences, int offset, int length, float[] probabilities, int target) {
        float[] last = hidden[length];
        float[][] wo = values[Part.OUTPUT_W.ordinal()];
        float[][] gWo = gradients[Part.OUTPUT_W.ordinal()];
        float[] gBo = gradients[Part.OUTPUT_B.ordinal()][0];
        Arrays.fill(delta, 0f);
        for (int k = 0; k < outputs; k++) {
            float d = probabilities[k] - (k == target ? 1f : 0f);
            gBo[k] += d;
            for (int i = 0; i < units; i++) {
                gWo[i][k] += last[i] * d;
                delta[i] += wo[i][k] * d;
            }
        }
        float[][] rw = values[Part.RW.ordinal()];
        float[][] gW = gradients[Part.W.ordinal()];
        float[][] gRw = gradients[Part.RW.ordinal()];
        float[] gB = gradients[Part.B.ordinal()][0];
        for (int t = length; t >= 1; t--) {
            float[] now = hidden[t];
            float[] before = hidden[t - 1];
            for (int j = 0; j < units; j++) {
                delta[j] *= 1f - now[j] * now[j];
            }
            float[] gInput = gW[sequences[offset + t - 1]];
            for (int j = 0; j < units; j++) {
                gInput[j] += delta[j];
                gB[j] += delta[j];
            }
            for (int i = 0; i < units; i++) {
                float h = before[i];
                float[] row = rw[i];
                float[] gRow = gRw[i];
                float sum = 0f;
                for (int j = 0; j < units; j++) {
                    gRow[j] += h * delta[j];
                    sum += row[j] * delta[j];
                }
                deltaBefore[i] = sum;
            }
            System.arraycopy(deltaBefore, 0, delta, 0, units);
        }
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }
}
