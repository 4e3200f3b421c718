package org.echolstm.model.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Updater;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.engine.LstmEngine;
import org.echolstm.model.engine.ParameterLayout;
import org.echolstm.model.engine.UpdateSettings;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

import java.util.List;

/**
 * Moves training state between a DL4J {@code MultiLayerNetwork} and an {@link LstmEngine} (or the
 * {@link EchoModel} around one): parameters, optimizer state and the iteration and epoch counts, in
 * DL4J's layouts (see {@link ParameterLayout}), the updater configurations as the engine's
 * {@link UpdateSettings}.
 */
public final class Dl4jConversion {
    private Dl4jConversion() {
    }

    /**
     * A model continuing from {@code network}: its parameters, optimizer state and iteration count,
     * its configuration kept to be written back.
     *
     * @throws IllegalArgumentException if the network is not this application's architecture for
     *                                  the task and settings
     */
    public static EchoModel modelOf(EchoTask task, ModelSettings settings, MultiLayerNetwork network,
                                    long samplesTrained) {
        return EchoModel.restored(task, settings, engineOf(network), samplesTrained,
                network.getLayerWiseConfigurations().toJson());
    }

    /**
     * The DL4J network holding the model's parameters, optimizer state and iteration count: the
     * configuration of the file it came from, or the reference network ({@link EchoNetworkFactory})
     * for a new model. A new network each time: changes made to it do not reach the model.
     */
    public static MultiLayerNetwork networkOf(EchoModel model) {
        MultiLayerConfiguration conf = model.networkConfiguration().map(MultiLayerConfiguration::fromJson)
                .orElseGet(() -> EchoNetworkFactory.configuration(model.task(), model.settings()));
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        writeInto(model.engineState(), network);
        return network;
    }

    /**
     * An engine with the parameters, optimizer state and iteration/epoch counts of {@code network}.
     *
     * @throws IllegalArgumentException if the network is not one the engine computes exactly
     *                                  ({@link Dl4jArchitecture#check})
     */
    public static LstmEngine engineOf(MultiLayerNetwork network) {
        MultiLayerConfiguration conf = network.getLayerWiseConfigurations();
        Dl4jArchitecture.check(conf);
        LSTM lstm = Dl4jArchitecture.lstm(conf);
        OutputLayer output = Dl4jArchitecture.output(conf);
        ParameterLayout layout = ParameterLayout.lstm(Math.toIntExact(lstm.getNIn()), Math.toIntExact(lstm.getNOut()),
                Math.toIntExact(output.getNOut()), settings(List.of(lstm.getUpdaterByParam("W"),
                        lstm.getUpdaterByParam("RW"), lstm.getUpdaterByParam("b"), output.getUpdaterByParam("W"),
                        output.getUpdaterByParam("b"))));
        double clip = ((LossMCXENT) output.getLossFn()).getSoftmaxClipEps();
        float[] flatState = new float[layout.stateLength()];
        if (layout.stateLength() > 0) {
            Updater updater = network.getUpdater();
            INDArray view = updater == null ? null : updater.getStateViewArray();
            if (view == null || view.length() != layout.stateLength()) {
                throw new IllegalArgumentException("the network's optimizer state has "
                        + (view == null ? 0 : view.length()) + " values, expected " + layout.stateLength());
            }
            flatState = view.toFloatVector();
        }
        return LstmEngine.of(layout, clip, new LstmEngine.State(network.params().toFloatVector(), flatState,
                conf.getIterationCount(), conf.getEpochCount()));
    }

    /**
     * The engine's settings for each parameter array's updater: equal exactly where DL4J's
     * configurations are equal (see {@link Dl4jUpdaters#settingsOf}), so the engine divides the
     * parameters into the same updater blocks as DL4J does.
     */
    private static List<UpdateSettings> settings(List<IUpdater> updaters) {
        return updaters.stream().map(updater -> Dl4jUpdaters.settingsOf(updater).orElseThrow(() ->
                new IllegalArgumentException("the optimizer " + updater.getClass().getSimpleName()
                        + " is not supported"))).toList();
    }

    /**
     * Writes the engine's parameters, optimizer state and iteration/epoch counts into
     * {@code network} (one of the same architecture), leaving it as DL4J's own training would have.
     */
    public static void writeInto(LstmEngine engine, MultiLayerNetwork network) {
        writeInto(engine.state(), network);
    }

    /** Writes an engine's state (see {@link LstmEngine#state()}) into {@code network}. */
    public static void writeInto(LstmEngine.State state, MultiLayerNetwork network) {
        INDArray networkParams = network.params();
        float[] params = state.parameters();
        if (networkParams.length() != params.length) {
            throw new IllegalArgumentException("the network has " + networkParams.length() + " parameters, not "
                    + params.length);
        }
        networkParams.assign(Nd4j.createFromArray(params).reshape(networkParams.shape()));
        float[] optimizerState = state.optimizerState();
        if (optimizerState.length > 0) {
            INDArray view = network.getUpdater().getStateViewArray();
            if (view == null || view.length() != optimizerState.length) {
                throw new IllegalArgumentException("the network's optimizer state has "
                        + (view == null ? 0 : view.length()) + " values, not " + optimizerState.length);
            }
            view.assign(Nd4j.createFromArray(optimizerState).reshape(view.shape()));
        }
        int iteration = state.iteration();
        int epoch = state.epoch();
        network.setIterationCount(iteration);
        network.setEpochCount(epoch);
        for (Layer layer : network.getLayers()) {
            layer.setIterationCount(iteration);
            layer.setEpochCount(epoch);
        }
    }
}
