package org.echolstm.echo;

/** One sequence and its answer (the value at the task's echo index). */
public record EchoSample(int[] sequence, int target) {
}
