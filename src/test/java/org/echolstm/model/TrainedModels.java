package org.echolstm.model;

import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SequenceGenerator;

/** Briefly trained models for tests that need weights away from their initial values. */
public final class TrainedModels {
    private TrainedModels() {
    }

    /** A model of {@code units} LSTM units trained with Adam on {@code batches} batches of 16 fresh samples. */
    public static EchoModel trained(EchoTask task, int units, int batches, long seed) {
        EchoModel model = new EchoModel(task, new ModelSettings(units, Optimizer.ADAM, 0.01, seed));
        SequenceGenerator generator = new SequenceGenerator(task, seed);
        for (int i = 0; i < batches; i++) {
            model.fit(EchoBatch.next(generator, 16).block());
        }
        return model;
    }
}
