package org.echolstm.model.dl4j;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.ModelSettings;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The reference network: the notebook's network in DL4J, an LSTM over the whole sequence whose
 * last time step feeds a softmax layer of one unit per feature, trained with categorical
 * cross-entropy. The engine computes what it computes; files hold it.
 */
public final class EchoNetworkFactory {
    private EchoNetworkFactory() {
    }

    public static MultiLayerConfiguration configuration(EchoTask task, ModelSettings settings) {
        LSTM lstm = new LSTM.Builder()
                .nIn(task.features())
                .nOut(settings.units())
                .activation(Activation.TANH)
                .gateActivationFunction(Activation.SIGMOID)
                .forgetGateBiasInit(1.0)
                .build();
        OutputLayer output = new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                .nIn(settings.units())
                .nOut(task.features())
                .activation(Activation.SOFTMAX)
                .build();
        return new NeuralNetConfiguration.Builder()
                .seed(settings.seed())
                .updater(Dl4jUpdaters.updaterOf(settings.optimizer().settings(settings.learningRate())))
                .weightInit(WeightInit.XAVIER)
                .list()
                .layer(new LastTimeStep(lstm))
                .layer(output)
                .setInputType(InputType.recurrent(task.features(), task.length()))
                .build();
    }

    public static MultiLayerNetwork build(EchoTask task, ModelSettings settings) {
        MultiLayerNetwork network = new MultiLayerNetwork(configuration(task, settings));
        network.init();
        return network;
    }

    /** Parameter count of the network for a task without building it: LSTM gates plus the dense layer. */
    public static long parameterCount(int features, int units) {
        long lstm = 4L * units * (features + units) + 4L * units;
        long dense = (long) units * features + features;
        return lstm + dense;
    }
}
