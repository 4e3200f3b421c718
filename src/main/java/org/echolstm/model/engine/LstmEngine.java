package org.echolstm.model.engine;

import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoSample;
import org.echolstm.model.engine.ParameterLayout.Part;
import org.echolstm.model.engine.ParameterLayout.UpdaterBlock;

import java.util.Arrays;

/**
 * Training and inference of the echo network in plain Java: the {@link LstmKernel} for forward and
 * backward passes, an {@link UpdateRule} per updater block for the step. At this network's size
 * DL4J spends nearly all of a training step on per-operation overhead; this engine computes the
 * same numbers directly, and {@link Dl4jConversion} moves its state to and from a DL4J network
 * losslessly.
 *
 * <p>As in DL4J, the gradient is summed over the minibatch and divided by its size in the updater,
 * and the iteration count (Adam's bias correction, schedules) is the network configuration's.
 * Not thread-safe; buffers are reused between calls.
 */
public final class LstmEngine {
    private final ParameterLayout layout;
    private final double softmaxClipEps;
    // Parameters and gradient as [array][row][column], optimizer state as [array][copy][row][column].
    private final float[][][] values;
    private final float[][][] gradients;
    private final float[][][][] state;
    /** Each parameter array's updater block, in {@link Part} order. */
    private final UpdaterBlock[] blocks;
    private final LstmKernel kernel;
    /** The buffers of training and of calls without their own workspace. */
    private final Workspace work;
    private int iteration;
    private int epoch;
    /** Correct predictions of the last {@link #computeGradient}, from its forward pass. */
    private int lastCorrect;

    LstmEngine(ParameterLayout layout, double softmaxClipEps, int iteration, int epoch) {
        this.layout = layout;
        this.softmaxClipEps = softmaxClipEps;
        this.iteration = iteration;
        this.epoch = epoch;
        this.values = layout.newArrays();
        this.gradients = layout.newArrays();
        this.state = layout.newState();
        this.blocks = Arrays.stream(Part.values()).map(layout::block).toArray(UpdaterBlock[]::new);
        this.kernel = new LstmKernel(layout, values);
        this.work = kernel.newWorkspace();
    }

    /** Takes parameters and optimizer state in DL4J's flat layouts. */
    void load(float[] params, float[] flatState) {
        layout.unflatten(params, values);
        layout.unflattenState(flatState, state);
        kernel.weightsChanged();
    }

    ParameterLayout layout() {
        return layout;
    }

    /** An independent engine with the same state. */
    public LstmEngine copy() {
        LstmEngine copy = new LstmEngine(layout, softmaxClipEps, iteration, epoch);
        copy.load(params(), updaterState());
        return copy;
    }

    /** Takes over the state (parameters, optimizer state, counts) of an engine of the same shape. */
    public void restoreFrom(LstmEngine other) {
        if (other.layout.parameterCount() != layout.parameterCount()
                || other.layout.stateLength() != layout.stateLength()) {
            throw new IllegalArgumentException("the engines differ in shape");
        }
        load(other.params(), other.updaterState());
        iteration = other.iteration;
        epoch = other.epoch;
    }

    /** A kernel over a copy of the current parameters, for looking inside: later training does not change it. */
    public LstmKernel snapshotKernel() {
        return new LstmKernel(layout, ParameterLayout.copy(values));
    }

    // ------------------------------------------------------------------------------------------
    // Training

    /**
     * One training step, as {@code MultiLayerNetwork.fit(features, labels)}: returns the batch's
     * mean cross-entropy before the update ({@link #correctInLastBatch()} tells how many samples
     * were predicted right).
     */
    public double fit(EchoBatch batch) {
        double loss = computeGradient(batch);
        applyUpdate(batch.size());
        return loss;
    }

    /**
     * {@link #fit(EchoBatch)} on samples held in flat arrays: sample {@code s} is
     * {@code sequences[s * length .. (s + 1) * length)} with answer {@code targets[s]}.
     */
    public double fit(int[] sequences, int length, int[] targets, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("empty batch");
        }
        requireFlat(sequences, length, targets, count);
        clearGradient();
        double lossSum = 0;
        lastCorrect = 0;
        for (int s = 0; s < count; s++) {
            lossSum += accumulate(sequences, s * length, length, targets[s]);
        }
        applyUpdate(count);
        return lossSum / count;
    }

    /** How many samples the last {@link #fit} predicted right, before its update. */
    public int correctInLastBatch() {
        return lastCorrect;
    }

    /**
     * Fills {@link #gradient()} with the gradient of the summed (not yet averaged) cross-entropy
     * over the batch, as DL4J's {@code computeGradientAndScore}, and returns the score (the mean).
     */
    double computeGradient(EchoBatch batch) {
        EchoSample[] samples = batch.samples();
        if (samples.length == 0) {
            throw new IllegalArgumentException("empty batch");
        }
        clearGradient();
        double lossSum = 0;
        lastCorrect = 0;
        for (EchoSample sample : samples) {
            lossSum += accumulate(sample.sequence(), 0, sample.sequence().length, sample.target());
        }
        return lossSum / samples.length;
    }

    /** One sample's forward and backward pass: adds its gradient, counts it if correct, returns its loss. */
    private double accumulate(int[] sequences, int offset, int length, int target) {
        int outputs = layout.outputs();
        if (target < 0 || target >= outputs) {
            throw new IllegalArgumentException("target " + target + " out of range 0.." + (outputs - 1));
        }
        final float[] probabilities = work.probabilities;
        final float[] outputDelta = work.outputDelta;
        kernel.forward(work, sequences, offset, length, Ablation.NONE);
        if (Workspace.argmax(probabilities) == target) {
            lastCorrect++;
        }
        double p = probabilities[target];
        if (p < softmaxClipEps) {
            p = (float) softmaxClipEps;
        } else if (p > 1.0 - softmaxClipEps) {
            p = (float) (1.0 - softmaxClipEps);
        }
        System.arraycopy(probabilities, 0, outputDelta, 0, outputs);
        outputDelta[target] -= 1f;
        kernel.backward(work, gradients, sequences, offset, length);
        return -Math.log(p);
    }

    private void clearGradient() {
        for (float[][] array : gradients) {
            for (float[] row : array) {
                Arrays.fill(row, 0f);
            }
        }
    }

    /** Averages the gradient over the batch and applies each array's update rule, then {@code params -= update}. */
    private void applyUpdate(int batchSize) {
        final float divisor = batchSize;
        for (int p = 0; p < blocks.length; p++) {
            UpdaterBlock block = blocks[p];
            block.rule().apply(block.config(), iteration, epoch, divisor, values[p], gradients[p], state[p]);
        }
        iteration++;
        kernel.weightsChanged();
    }

    // ------------------------------------------------------------------------------------------
    // Inference

    /** The predicted value (most probable class) for each sample. */
    public int[] predictedValues(EchoBatch batch) {
        EchoSample[] samples = batch.samples();
        int[] predicted = new int[samples.length];
        for (int s = 0; s < samples.length; s++) {
            kernel.forward(work, samples[s].sequence(), Ablation.NONE);
            predicted[s] = work.predicted();
        }
        return predicted;
    }

    /** Class probabilities, one row per sample. */
    public float[][] probabilities(EchoBatch batch) {
        EchoSample[] samples = batch.samples();
        float[][] out = new float[samples.length][];
        for (int s = 0; s < samples.length; s++) {
            kernel.forward(work, samples[s].sequence(), Ablation.NONE);
            out[s] = work.probabilities();
        }
        return out;
    }

    /** A workspace for {@link #countCorrect} on another thread. */
    public Workspace newWorkspace() {
        return kernel.newWorkspace();
    }

    /** The engine's own workspace (for the thread that trains). */
    public Workspace ownWorkspace() {
        return work;
    }

    /**
     * How many of samples {@code from .. to-1} held in flat arrays (see {@link #fit(int[], int, int[], int)})
     * are predicted right; a forward pass only, on {@code workspace}'s buffers.
     */
    public int countCorrect(int[] sequences, int length, int[] targets, int from, int to, Workspace workspace) {
        requireFlat(sequences, length, targets, to);
        if (from < 0 || from > to) {
            throw new IllegalArgumentException("bad sample range " + from + ".." + to);
        }
        int correct = 0;
        for (int s = from; s < to; s++) {
            kernel.forward(workspace, sequences, s * length, length, Ablation.NONE);
            if (workspace.predicted() == targets[s]) {
                correct++;
            }
        }
        return correct;
    }

    private static void requireFlat(int[] sequences, int length, int[] targets, int count) {
        if (length <= 0 || count < 0 || (long) count * length > sequences.length || count > targets.length) {
            throw new IllegalArgumentException("need " + count + " sequences of " + length + " values and "
                    + count + " targets");
        }
    }

    // ------------------------------------------------------------------------------------------
    // State

    public int parameterCount() {
        return layout.parameterCount();
    }

    public int inputs() {
        return layout.inputs();
    }

    public int units() {
        return layout.units();
    }

    public int outputs() {
        return layout.outputs();
    }

    public int iteration() {
        return iteration;
    }

    public int epoch() {
        return epoch;
    }

    /** A copy of the parameters, in {@code MultiLayerNetwork.params()} layout. */
    public float[] params() {
        return layout.flatten(values);
    }

    /** A copy of the optimizer state, in the updater state view layout. */
    public float[] updaterState() {
        return layout.flattenState(state);
    }

    /**
     * A copy of the gradient of the last {@link #computeGradient} (or the update of the last
     * {@link #fit}), in {@code MultiLayerNetwork.params()} layout.
     */
    public float[] gradient() {
        return layout.flatten(gradients);
    }
}
