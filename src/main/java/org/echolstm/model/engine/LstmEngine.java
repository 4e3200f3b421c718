package org.echolstm.model.engine;

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
 * <p>Samples run in tiles through the {@link LstmKernel}; a large batch is split between threads
 * (up to {@link #threads()}), a small one stays on the calling thread. As in DL4J, the gradient is summed over the minibatch and divided by its size in the updater,
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
    /**
     * Each thread's buffers and gradient; the first is the calling thread's (its gradient is the
     * engine's own), the others are made when a step is first split that far.
     */
    private Share[] shares;
    private int threads = CorePool.THREADS;
    private int iteration;
    private int epoch;
    /** Correct predictions of the last {@link #computeGradient}, from its forward pass. */
    private int lastCorrect;
    /** Multiply-adds below which a share is not worth handing to another thread (about 0.1 ms of work). */
    private static final long MIN_WORK_PER_SHARE = 400_000;

    private LstmEngine(ParameterLayout layout, double softmaxClipEps, int iteration, int epoch) {
        this.layout = layout;
        this.softmaxClipEps = softmaxClipEps;
        this.iteration = iteration;
        this.epoch = epoch;
        this.values = layout.newArrays();
        this.gradients = layout.newArrays();
        this.state = layout.newState();
        this.blocks = Arrays.stream(Part.values()).map(layout::block).toArray(UpdaterBlock[]::new);
        this.kernel = new LstmKernel(layout, values);
        this.shares = new Share[] {new Share(kernel, layout, softmaxClipEps, gradients)};
    }

    /**
     * What an engine holds besides its layout, in DL4J's flat layouts: parameters as
     * {@code MultiLayerNetwork.params()}, optimizer state as the updater's state view, and the
     * iteration and epoch counts.
     */
    public record State(float[] parameters, float[] optimizerState, int iteration, int epoch) {
    }

    /**
     * The one way to an engine from flat arrays: an engine of {@code layout} holding {@code state}.
     *
     * @throws IllegalArgumentException if the arrays do not have the layout's lengths
     */
    public static LstmEngine of(ParameterLayout layout, double softmaxClipEps, State state) {
        LstmEngine engine = new LstmEngine(layout, softmaxClipEps, state.iteration(), state.epoch());
        engine.load(state.parameters(), state.optimizerState());
        return engine;
    }

    /** A copy of everything the engine holds besides its layout. */
    public State state() {
        return new State(params(), updaterState(), iteration, epoch);
    }

    /** Takes parameters and optimizer state in DL4J's flat layouts. */
    private void load(float[] params, float[] flatState) {
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
        copy.threads = threads;
        return copy;
    }

    /**
     * Takes over the state (parameters, optimizer state, counts) of an engine of the same shape,
     * copying into this engine's arrays: nothing is allocated, so a training session can keep a
     * checkpoint every few steps without feeding the garbage collector.
     */
    public void restoreFrom(LstmEngine other) {
        if (other.layout.inputs() != layout.inputs() || other.layout.units() != layout.units()
                || other.layout.outputs() != layout.outputs() || other.layout.stateLength() != layout.stateLength()) {
            throw new IllegalArgumentException("the engines differ in shape");
        }
        for (int p = 0; p < values.length; p++) {
            copyRows(other.values[p], values[p]);
            for (int copy = 0; copy < state[p].length; copy++) {
                copyRows(other.state[p][copy], state[p][copy]);
            }
        }
        iteration = other.iteration;
        epoch = other.epoch;
        kernel.weightsChanged();
    }

    private static void copyRows(float[][] from, float[][] to) {
        for (int r = 0; r < to.length; r++) {
            System.arraycopy(from[r], 0, to[r], 0, to[r].length);
        }
    }

    /** A kernel over a copy of the current parameters, for looking inside: later training does not change it. */
    public LstmKernel copyKernel() {
        return new LstmKernel(layout, ParameterLayout.copy(values));
    }

    // ------------------------------------------------------------------------------------------
    // Training

    /**
     * One training step, as {@code MultiLayerNetwork.fit(features, labels)}, on samples held in flat
     * arrays: sample {@code s} is {@code sequences[s * length .. (s + 1) * length)} with answer
     * {@code targets[s]}. Returns the batch's mean cross-entropy before the update
     * ({@link #correctInLastBatch()} tells how many samples were predicted right).
     */
    public double fit(int[] sequences, int length, int[] targets, int count) {
        double loss = computeGradient(sequences, length, targets, count);
        applyUpdate(count);
        return loss;
    }

    /** How many samples the last {@link #fit} predicted right, before its update. */
    public int correctInLastBatch() {
        return lastCorrect;
    }

    /**
     * Fills {@link #gradient()} with the gradient of the summed (not yet averaged) cross-entropy
     * over the samples held in flat arrays, as DL4J's {@code computeGradientAndScore}, and returns
     * the score (the mean). A large batch is split into contiguous shares, one per thread; their
     * gradients are added in share order, so a given thread count always gives the same sums.
     */
    double computeGradient(int[] sequences, int length, int[] targets, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("empty batch");
        }
        requireFlat(sequences, length, count);
        if (count > targets.length) {
            throw new IllegalArgumentException("need " + count + " targets");
        }
        long work = work(count, length, 3);
        int shareCount = sharesFor(count, work);
        Share[] used = runShares(count, shareCount, work, (share, from, to) -> share.train(sequences, length, targets, from, to));
        double lossSum = 0;
        lastCorrect = 0;
        for (int i = 0; i < shareCount; i++) {
            lossSum += used[i].lossSum;
            lastCorrect += used[i].correct;
            if (i > 0) {
                addInto(gradients, used[i].gradient);
            }
        }
        return lossSum / count;
    }

    /**
     * The work of a pass over {@code count} samples: multiply-adds of the recurrent products, times
     * {@code passes} (1 forward, 3 with the backward pass).
     */
    private long work(int count, int length, int passes) {
        long units = layout.units();
        return (long) count * length * passes * (4 * units * units + 40 * units);
    }

    /**
     * How many shares a pass of {@code work} over {@code count} samples is split into: one unless
     * the work is large enough for a split to pay for handing it to another thread.
     */
    private int sharesFor(int count, long work) {
        int byWork = (int) Math.min(threads, work / MIN_WORK_PER_SHARE);
        return Math.max(1, Math.min(byWork, count));
    }

    private Share[] shares(int count) {
        if (shares.length < count) {
            Share[] grown = Arrays.copyOf(shares, count);
            for (int i = shares.length; i < count; i++) {
                grown[i] = new Share(kernel, layout, softmaxClipEps, layout.newArrays());
            }
            shares = grown;
        }
        return shares;
    }

    private static void addInto(float[][][] sum, float[][][] part) {
        for (int p = 0; p < sum.length; p++) {
            for (int r = 0; r < sum[p].length; r++) {
                final float[] s = sum[p][r];
                final float[] a = part[p][r];
                for (int c = 0; c < s.length; c++) {
                    s[c] += a[c];
                }
            }
        }
    }

    /** Averages the gradient over the batch and applies each array's update rule, then {@code params -= update}. */
    private void applyUpdate(int batchSize) {
        final float divisor = batchSize;
        for (int p = 0; p < blocks.length; p++) {
            UpdaterBlock block = blocks[p];
            block.config().rule().apply(block.config(), iteration, epoch, divisor, values[p], gradients[p], state[p]);
        }
        iteration++;
        kernel.weightsChanged();
    }

    // ------------------------------------------------------------------------------------------
    // Inference

    /** Class probabilities of {@code count} samples held in flat arrays, one row per sample. */
    public float[][] probabilities(int[] sequences, int length, int count) {
        requireFlat(sequences, length, count);
        Workspace work = ownWorkspace();
        int tile = shares[0].tileSize(length);
        float[][] out = new float[count][];
        if (count == 0) {
            return out;
        }
        // The last tile first, so that the workspace ends holding the first sample's trace.
        for (int first = (count - 1) / tile * tile; first >= 0; first -= tile) {
            int size = Math.min(tile, count - first);
            kernel.forward(work, sequences, first * length, length, size, ForwardChanges.NONE);
            for (int s = 0; s < size; s++) {
                out[first + s] = work.probabilities[s].clone();
            }
        }
        return out;
    }

    /** The engine's own workspace (for the thread that trains). */
    public Workspace ownWorkspace() {
        return shares[0].work;
    }

    /**
     * The predicted value (most probable class) of each of {@code count} samples held in flat arrays
     * (see {@link #fit}), with {@code changes} applied: forward passes only, split between threads
     * when there are many.
     */
    public int[] predictedValues(int[] sequences, int length, int count, ForwardChanges changes) {
        requireFlat(sequences, length, count);
        int[] predicted = new int[count];
        long work = work(count, length, 1);
        runShares(count, sharesFor(count, work), work,
                (share, from, to) -> share.predict(sequences, length, from, to, changes, predicted));
        return predicted;
    }

    /** Sets how many threads a large step or evaluation may use (1 = the calling thread only); the default follows the machine. */
    public void useThreads(int count) {
        if (count < 1 || count > CorePool.MAX_THREADS) {
            throw new IllegalArgumentException("threads must be 1.." + CorePool.MAX_THREADS);
        }
        threads = count;
    }

    /** How many threads a large step or evaluation may use. */
    public int threads() {
        return threads;
    }

    private static void requireFlat(int[] sequences, int length, int count) {
        if (length <= 0 || count < 0 || (long) count * length > sequences.length) {
            throw new IllegalArgumentException("need " + count + " sequences of " + length + " values");
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

    /** A copy of the parameters as {@code [array][row][column]}, the arrays in DL4J's order. */
    public float[][][] parameterArrays() {
        return ParameterLayout.copy(values);
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

    /** One share's part of the samples: those from {@code from} (inclusive) to {@code to}. */
    @FunctionalInterface
    private interface SharePart {
        void run(Share share, int from, int to);
    }

    /** Splits {@code count} samples into contiguous parts, one per share, and runs them on the pool. */
    private Share[] runShares(int count, int shareCount, long work, SharePart part) {
        Share[] used = shares(shareCount);
        Runnable[] tasks = new Runnable[shareCount];
        for (int i = 0; i < shareCount; i++) {
            Share share = used[i];
            int from = (int) ((long) count * i / shareCount);
            int to = (int) ((long) count * (i + 1) / shareCount);
            tasks[i] = () -> part.run(share, from, to);
        }
        CorePool.run(tasks, shareCount, work);
        return used;
    }
}
