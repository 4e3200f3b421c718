package org.echolstm.model.engine;

import java.util.Arrays;

/**
 * One thread's part of a training step or an evaluation: its buffers, its gradient, and what it
 * found. It runs its samples through the kernel tile by tile.
 */
final class Share {
    /** Samples run side by side in one tile at most. */
    private static final int TILE = 32;
    /** A tile's per-step buffers hold at most this many floats (fewer samples per tile for long sequences). */
    private static final long TILE_BUFFER_FLOATS = 1L << 22;

    private final LstmKernel kernel;
    private final int units;
    private final int outputs;
    private final double softmaxClipEps;
    final Workspace work;
    final float[][][] gradient;
    /** What the last training pass found: the summed loss and the correct predictions. */
    double lossSum;
    int correct;

    Share(LstmKernel kernel, ParameterLayout layout, double softmaxClipEps, float[][][] gradient) {
        this.kernel = kernel;
        this.units = layout.units();
        this.outputs = layout.outputs();
        this.softmaxClipEps = softmaxClipEps;
        this.work = kernel.newWorkspace();
        this.gradient = gradient;
    }

    /** Forward and backward passes over samples {@code from .. to-1}, tile by tile, into this share's gradient. */
    void train(int[] sequences, int length, int[] targets, int from, int to) {
        for (float[][] array : gradient) {
            for (float[] row : array) {
                Arrays.fill(row, 0f);
            }
        }
        lossSum = 0;
        correct = 0;
        int tile = tileSize(length);
        for (int first = from; first < to; first += tile) {
            int count = Math.min(tile, to - first);
            kernel.forward(work, sequences, first * length, length, count, ForwardChanges.NONE);
            for (int s = 0; s < count; s++) {
                lossSum += outputDelta(s, targets[first + s]);
            }
            kernel.backward(work, gradient, sequences, first * length, length, count);
        }
    }

    /** Sample {@code s}'s dL/dlogits into the workspace; counts it if it was right, returns its loss. */
    private double outputDelta(int s, int target) {
        if (target < 0 || target >= outputs) {
            throw new IllegalArgumentException("target " + target + " out of range 0.." + (outputs - 1));
        }
        final float[] probabilities = work.probabilities[s];
        if (Workspace.argmax(probabilities) == target) {
            correct++;
        }
        double p = probabilities[target];
        if (p < softmaxClipEps) {
            p = (float) softmaxClipEps;
        } else if (p > 1.0 - softmaxClipEps) {
            p = (float) (1.0 - softmaxClipEps);
        }
        final float[] outputDelta = work.outputDelta[s];
        System.arraycopy(probabilities, 0, outputDelta, 0, outputs);
        outputDelta[target] -= 1f;
        return -Math.log(p);
    }

    /** The predicted value of samples {@code from .. to-1} into {@code out}: forward passes only, {@code changes} applied. */
    void predict(int[] sequences, int length, int from, int to, ForwardChanges changes, int[] out) {
        int tile = tileSize(length);
        for (int first = from; first < to; first += tile) {
            int count = Math.min(tile, to - first);
            kernel.forward(work, sequences, first * length, length, count, changes);
            for (int s = 0; s < count; s++) {
                out[first + s] = Workspace.argmax(work.probabilities[s]);
            }
        }
    }

    /** Samples run side by side: up to {@link #TILE}, fewer where long sequences would need large buffers. */
    int tileSize(int length) {
        long perSample = (long) length * 7 * units;
        return (int) Math.max(1, Math.min(TILE, TILE_BUFFER_FLOATS / perSample));
    }
}
