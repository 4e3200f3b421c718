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

    public EchoSample nextSample() {
        int[] sequence = nextSequence();
        return new EchoSample(sequence, task.target(sequence));
    }

    /** {@code size} fresh samples. */
    public EchoBatch nextBatch(int size) {
        Bounds.require("batch size", size, 1, Integer.MAX_VALUE);
        EchoSample[] samples = new EchoSample[size];
        for (int i = 0; i < size; i++) {
            samples[i] = nextSample();
        }
        return new EchoBatch(task, samples);
    }
}
