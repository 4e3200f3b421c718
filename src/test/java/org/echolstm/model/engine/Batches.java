package org.echolstm.model.engine;

import org.echolstm.echo.EchoBatch;

/** The engine's flat-array calls on a batch of sample objects, for tests. */
final class Batches {
    private Batches() {
    }

    static double fit(LstmEngine engine, EchoBatch batch) {
        return engine.fit(batch.sequences(), batch.task().length(), batch.targets(), batch.size());
    }

    static double computeGradient(LstmEngine engine, EchoBatch batch) {
        return engine.computeGradient(batch.sequences(), batch.task().length(), batch.targets(), batch.size());
    }

    static float[][] probabilities(LstmEngine engine, EchoBatch batch) {
        return engine.probabilities(batch.sequences(), batch.task().length(), batch.size());
    }

    static int[] predictedValues(LstmEngine engine, EchoBatch batch) {
        return engine.predictedValues(batch.sequences(), batch.task().length(), batch.size(), ForwardChanges.NONE);
    }
}
