package org.echolstm.model;

import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoSample;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.OneHot;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A trained (or training) network together with the task it solves. Not thread-safe: the
 * training session owns it and hands out {@link #copy() copies}.
 */
public final class EchoModel {
    private final EchoTask task;
    private final ModelSettings settings;
    private final MultiLayerNetwork network;
    private long samplesTrained;

    public EchoModel(EchoTask task, ModelSettings settings) {
        this(task, settings, EchoNetworkFactory.build(task, settings), 0);
    }

    EchoModel(EchoTask task, ModelSettings settings, MultiLayerNetwork network, long samplesTrained) {
        this.task = task;
        this.settings = settings;
        this.network = network;
        this.samplesTrained = samplesTrained;
    }

    public EchoTask task() {
        return task;
    }

    public ModelSettings settings() {
        return settings;
    }

    /** The DL4J network: the product's source of truth for parameters and file format. */
    public MultiLayerNetwork network() {
        return network;
    }

    public long samplesTrained() {
        return samplesTrained;
    }

    public long parameterCount() {
        return network.numParams();
    }

    /**
     * One gradient step on {@code batch}. Reports the batch's mean cross-entropy and how many
     * samples the model got right, both as they were before the step.
     */
    public StepResult fit(EchoBatch batch) {
        INDArray inputs = inputs(batch);
        int[] predicted = network.output(inputs, false).argMax(1).toIntVector();
        network.fit(inputs, labels(batch));
        samplesTrained += batch.size();
        int[] targets = batch.targets();
        int correct = 0;
        for (int i = 0; i < targets.length; i++) {
            if (predicted[i] == targets[i]) {
                correct++;
            }
        }
        return new StepResult(network.score(), correct, batch.size());
    }

    /** Class probabilities, one row per sample. */
    public float[][] probabilities(EchoBatch batch) {
        INDArray output = network.output(inputs(batch), false);
        return output.toFloatMatrix();
    }

    /** The predicted value for each sample. */
    public int[] predictedValues(EchoBatch batch) {
        INDArray output = network.output(inputs(batch), false);
        return output.argMax(1).toIntVector();
    }

    public Prediction predict(int[] sequence) {
        task.requireValidSequence(sequence);
        EchoBatch batch = new EchoBatch(task, new EchoSample[] {new EchoSample(sequence, task.target(sequence))});
        float[] probabilities = probabilities(batch)[0];
        return new Prediction(sequence.clone(), OneHot.argmax(probabilities), task.target(sequence), probabilities);
    }

    /** An independent copy with the same parameters and optimizer state. */
    public EchoModel copy() {
        return new EchoModel(task, settings, network.clone(), samplesTrained);
    }

    INDArray inputs(EchoBatch batch) {
        return Nd4j.create(batch.inputs(), new long[] {batch.size(), task.features(), task.length()}, 'c');
    }

    private INDArray labels(EchoBatch batch) {
        return Nd4j.create(batch.labels(), new long[] {batch.size(), task.features()}, 'c');
    }
}
