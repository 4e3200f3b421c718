package org.echolstm.model;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.conf.layers.recurrent.SimpleRnn;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.dl4j.Dl4jUpdaters;
import org.echolstm.model.engine.RnnInputGradient;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * A plain recurrent network (DL4J's {@code SimpleRnn}, no gates) of the same size, optimizer and
 * output as the LSTM, for comparison: it has no cell to keep a value in, so long echoes defeat it.
 * Trained by DL4J itself (slower than the LSTM's engine).
 */
public final class SimpleRnnModel {
    private final EchoTask task;
    private final MultiLayerNetwork network;

    public SimpleRnnModel(EchoTask task, ModelSettings settings) {
        this.task = task;
        this.network = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .seed(settings.seed())
                .updater(Dl4jUpdaters.updaterOf(settings.optimizer().settings(settings.learningRate())))
                .weightInit(WeightInit.XAVIER)
                .list()
                .layer(new LastTimeStep(new SimpleRnn.Builder().nIn(task.features()).nOut(settings.units())
                        .activation(Activation.TANH).build()))
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(settings.units())
                        .nOut(task.features()).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.recurrent(task.features(), task.length()))
                .build());
        network.init();
    }

    /** The DL4J network itself (for tests that compare with DL4J's own numbers). */
    public MultiLayerNetwork network() {
        return network;
    }

    public long parameterCount() {
        return network.numParams();
    }

    /** One step on {@code batch}; like {@link EchoModel#fit}, loss and correct answers before the step. */
    public StepResult fit(EchoBatch batch) {
        INDArray inputs = inputs(batch);
        int[] predicted = network.output(inputs, false).argMax(1).toIntVector();
        network.fit(inputs, Nd4j.create(batch.labels(), new long[] {batch.size(), task.features()}, 'c'));
        int correct = 0;
        int[] targets = batch.targets();
        for (int i = 0; i < targets.length; i++) {
            correct += predicted[i] == targets[i] ? 1 : 0;
        }
        return new StepResult(network.score(), correct, batch.size());
    }

    /** The input gradient of the current weights, in double precision (a copy). */
    public InputGradients inputGradient() {
        return new InputGradients(new RnnInputGradient(matrix("0_W"), matrix("0_RW"),
                network.getParam("0_b").toDoubleVector(), matrix("1_W"), network.getParam("1_b").toDoubleVector()));
    }

    private double[][] matrix(String key) {
        return network.getParam(key).toDoubleMatrix();
    }

    public int[] predictedValues(EchoBatch batch) {
        return network.output(inputs(batch), false).argMax(1).toIntVector();
    }

    private INDArray inputs(EchoBatch batch) {
        return Nd4j.create(batch.inputs(), new long[] {batch.size(), task.features(), task.length()}, 'c');
    }
}
