package org.echolstm.echo;

import java.util.SplittableRandom;

/**
 * Draws echo samples from one seeded random source: the same seed gives the same sequences.
 * Not thread-safe; each consumer owns its generator.
 */
public final class SequenceGenerator {
    private final EchoTask task;
    private final SplittableRandom random;

    public SequenceGenerator(EchoTask task, long seed) {
        this.task = task;
        this.random = new SplittableRandom(seed);
    }

    public EchoTask task() {
        return task;
    }

    /** A fresh sequence of {@code task.length()} values in {@code 0..features-1}. */
    public int[] nextSequence() {
        int[] sequence = new int[task.length()];
        for (int i = 0; i < sequence.length; i++) {
            sequence[i] = random.nextInt(task.features());
        }
        return sequence;
    }

    /**
     * Writes {@code count} fresh samples into {@code block} (replacing its contents): the same
     * samples, in the same order, as {@code count} calls of {@link #nextSequence()} would draw.
     */
    public void fill(SampleBlock block, int count) {
        if (!block.task().equals(task)) {
            throw new IllegalArgumentException("the block holds samples of task " + block.task() + ", not " + task);
        }
        block.resize(count);
        int[] sequences = block.sequences();
        int[] targets = block.targets();
        int length = task.length();
        int features = task.features();
        int echoIndex = task.echoIndex();
        for (int s = 0, offset = 0; s < count; s++, offset += length) {
            for (int i = 0; i < length; i++) {
                sequences[offset + i] = random.nextInt(features);
            }
            targets[s] = sequences[offset + echoIndex];
        }
    }

    /** Skips {@code count} samples, as drawing and discarding them would. */
    public void skip(long count) {
        long values = count * task.length();
        int features = task.features();
        for (long i = 0; i < values; i++) {
            random.nextInt(features);
        }
    }
}
