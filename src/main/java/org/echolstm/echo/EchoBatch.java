package org.echolstm.echo;

import java.util.List;
import java.util.Arrays;

/**
 * Samples of one task, with their one-hot encodings laid out as the model reads them:
 * inputs {@code [samples, features, timesteps]} and labels {@code [samples, features]}, both as
 * flat C-order arrays (DL4J's recurrent layout, so no transpose is needed before training).
 */
public record EchoBatch(EchoTask task, EchoSample[] samples) {

    public int size() {
        return samples.length;
    }

    public List<EchoSample> sampleList() {
        return List.of(samples);
    }

    /** Flat {@code [samples, features, timesteps]} one-hot inputs. */
    public float[] inputs() {
        float[] out = new float[samples.length * task.features() * task.length()];
        fillInputs(out);
        return out;
    }

    /** Writes the one-hot inputs into {@code out} (zeroed first) so callers can reuse a buffer. */
    public void fillInputs(float[] out) {
        Arrays.fill(out, 0f);
        int length = task.length();
        int perSample = task.features() * length;
        for (int s = 0; s < samples.length; s++) {
            int[] sequence = samples[s].sequence();
            for (int t = 0; t < length; t++) {
                out[s * perSample + sequence[t] * length + t] = 1f;
            }
        }
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
