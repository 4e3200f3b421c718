package org.echolstm.echo;

import java.util.Arrays;

/**
 * Samples of one task held in two flat arrays that are reused from batch to batch: sample
 * {@code s} is {@code sequences()[s * length .. (s + 1) * length)} with answer {@code targets()[s]}.
 * The training loop fills one per step ({@link SequenceGenerator#fill}) instead of allocating a
 * batch. Not thread-safe; readers see the arrays as they are, so copy what must be kept.
 */
public final class SampleBlock {
    private final EchoTask task;
    private int[] sequences = new int[0];
    private int[] targets = new int[0];
    private int size;

    public SampleBlock(EchoTask task) {
        this.task = task;
    }

    public EchoTask task() {
        return task;
    }

    public int size() {
        return size;
    }

    /** The sequences, {@code size() * task().length()} values (the arrays may be longer). */
    public int[] sequences() {
        return sequences;
    }

    /** The answers, {@code size()} values (the array may be longer). */
    public int[] targets() {
        return targets;
    }

    /** Makes room for {@code count} samples and sets the size; the contents are for the caller to write. */
    void resize(int count) {
        Bounds.require("batch size", count, 1, Integer.MAX_VALUE);
        long values = (long) count * task.length();
        if (values > Integer.MAX_VALUE - 8) {
            throw new InvalidSettingException("batch size", "too many samples for one block (" + count + ")");
        }
        if (sequences.length < values) {
            sequences = new int[(int) values];
        }
        if (targets.length < count) {
            targets = new int[count];
        }
        size = count;
    }

    /** A copy of sample {@code s}'s sequence. */
    public int[] sequence(int s) {
        return Arrays.copyOfRange(sequences, s * task.length(), (s + 1) * task.length());
    }
}
