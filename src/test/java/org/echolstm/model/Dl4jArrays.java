package org.echolstm.model;

import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoTask;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A batch as DL4J reads it, for tests that compare with DL4J's own network. */
public final class Dl4jArrays {
    private Dl4jArrays() {
    }

    /** The batch's one-hot inputs: {@code [samples, features, timesteps]}. */
    public static INDArray inputs(EchoBatch batch) {
        EchoTask task = batch.task();
        return Nd4j.create(batch.inputs(), new long[] {batch.size(), task.features(), task.length()}, 'c');
    }

    /** The batch's one-hot labels: {@code [samples, features]}. */
    public static INDArray labels(EchoBatch batch) {
        return Nd4j.create(batch.labels(), new long[] {batch.size(), batch.task().features()}, 'c');
    }
}
