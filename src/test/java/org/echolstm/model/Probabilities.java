package org.echolstm.model;

import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoSample;

/** A model's class probabilities for every sample of a batch, one row per sample, for tests. */
public final class Probabilities {
    private Probabilities() {
    }

    public static float[][] of(EchoModel model, EchoBatch batch) {
        float[][] rows = new float[batch.size()][];
        EchoSample[] samples = batch.samples();
        for (int s = 0; s < rows.length; s++) {
            rows[s] = model.predict(samples[s].sequence()).probabilities();
        }
        return rows;
    }
}
