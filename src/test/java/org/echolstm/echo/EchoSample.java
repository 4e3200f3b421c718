package org.echolstm.echo;

/** One sequence and its answer (the value at the task's echo index), for tests. */
public record EchoSample(int[] sequence, int target) {
    /** The generator's next sample. */
    public static EchoSample next(SequenceGenerator generator) {
        int[] sequence = generator.nextSequence();
        return new EchoSample(sequence, generator.task().target(sequence));
    }
}
