package org.echolstm.echo;

import java.util.Arrays;
import java.util.List;

/**
 * Samples of one task as separate objects, for tests: with their one-hot encodings laid out as
 * DL4J reads them (inputs {@code [samples, features, timesteps]}, labels {@code [samples, features]},
 * flat C-order arrays), and as the {@link SampleBlock} the application trains on.
 */
public record EchoBatch(EchoTask task, EchoSample[] samples) {

    /** The generator's next {@code size} samples: the samples {@code generator.fill(block, size)} would write. */
    public static EchoBatch next(SequenceGenerator generator, int size) {
        EchoSample[] samples = new EchoSample[size];
        for (int i = 0; i < size; i++) {
            samples[i] = EchoSample.next(generator);
        }
        return new EchoBatch(generator.task(), samples);
    }

    /** The block's samples as separate objects. */
    public static EchoBatch of(SampleBlock block) {
        EchoSample[] samples = new EchoSample[block.size()];
        for (int s = 0; s < samples.length; s++) {
            samples[s] = new EchoSample(block.sequence(s), block.targets()[s]);
        }
        return new EchoBatch(block.task(), samples);
    }

    /** The same samples in a block, as the application trains on and evaluates them. */
    public SampleBlock block() {
        SampleBlock block = new SampleBlock(task);
        block.resize(samples.length);
        System.arraycopy(sequences(), 0, block.sequences(), 0, samples.length * task.length());
        System.arraycopy(targets(), 0, block.targets(), 0, samples.length);
        return block;
    }

    public int size() {
        return samples.length;
    }

    public List<EchoSample> sampleList() {
        return List.of(samples);
    }

    /** The sequences one after the other: sample {@code s} at {@code s * task().length()}. */
    public int[] sequences() {
        int length = task.length();
        int[] flat = new int[samples.length * length];
        for (int s = 0; s < samples.length; s++) {
            System.arraycopy(samples[s].sequence(), 0, flat, s * length, length);
        }
        return flat;
    }

    /** Flat {@code [samples, features, timesteps]} one-hot inputs. */
    public float[] inputs() {
        float[] out = new float[samples.length * task.features() * task.length()];
        Arrays.fill(out, 0f);
        int length = task.length();
        int perSample = task.features() * length;
        for (int s = 0; s < samples.length; s++) {
            int[] sequence = samples[s].sequence();
            for (int t = 0; t < length; t++) {
                out[s * perSample + sequence[t] * length + t] = 1f;
            }
        }
        return out;
    }

    /** Flat {@code [samples, features]} one-hot labels. */
    public float[] labels() {
        float[] out = new float[samples.length * task.features()];
        for (int s = 0; s < samples.length; s++) {
            out[s * task.features() + samples[s].target()] = 1f;
        }
        return out;
    }

    public int[] targets() {
        int[] targets = new int[samples.length];
        for (int s = 0; s < samples.length; s++) {
            targets[s] = samples[s].target();
        }
        return targets;
    }
}
