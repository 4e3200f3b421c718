package org.echolstm.model.engine;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Updater;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

import java.util.List;

/**
 * Moves training state between a DL4J {@code MultiLayerNetwork} and an {@link LstmEngine}:
 * parameters, optimizer state and the iteration and epoch counts, in DL4J's layouts (see
 * {@link ParameterLayout}).
 */
public final class Dl4jConversion {
    private Dl4jConversion() {
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
        ParameterLayout layout = new ParameterLayout(Math.toIntExact(lstm.getNIn()), Math.toIntExact(lstm.getNOut()),
                Math.toIntExact(output.getNOut()), List.of(lstm.getUpdaterByParam("W"),
                lstm.getUpdaterByParam("RW"), lstm.getUpdaterByParam("b"), output.getUpdaterByParam("W"),
                output.getUpdaterByParam("b")));
        double clip = ((LossMCXENT) output.getLossFn()).getSoftmaxClipEps();
        LstmEngine engine = new LstmEngine(layout, clip, conf.getIterationCount(), conf.getEpochCount());
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
        engine.load(network.params().toFloatVector(), flatState);
        return engine;
    }

    /**
     * Writes the engine's parameters, optimizer state and iteration/epoch counts into
     * {@code network} (one of the same architecture), leaving it as DL4J's own training would have.
     */
    public static void writeInto(LstmEngine engine, MultiLayerNetwork network) {
        ParameterLayout layout = engine.layout();
        INDArray networkParams = network.params();
        if (networkParams.length() != layout.parameterCount()) {
            throw new IllegalArgumentException("the network has " + networkParams.length() + " parameters, not "
                    + layout.parameterCount());
        }
        networkParams.assign(Nd4j.createFromArray(engine.params()).reshape(networkParams.shape()));
        if (layout.stateLength() > 0) {
            INDArray view = network.getUpdater().getStateViewArray();
            view.assign(Nd4j.createFromArray(engine.updaterState()).reshape(view.shape()));
        }
        int iteration = engine.iteration();
        int epoch = engine.epoch();
        network.setIterationCount(iteration);
        network.setEpochCount(epoch);
        for (Layer layer : network.getLayers()) {
            layer.setIterationCount(iteration);
            layer.setEpochCount(epoch);
        }
    }
}
