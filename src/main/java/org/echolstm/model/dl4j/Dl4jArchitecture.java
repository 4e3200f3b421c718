package org.echolstm.model.dl4j;

import org.deeplearning4j.nn.api.OptimizationAlgorithm;
import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.conf.stepfunctions.NegativeGradientStepFunction;
import org.echolstm.echo.Bounds;
import org.echolstm.model.engine.UpdateSettings;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one check of a DL4J configuration: is it the echo network ({@code LastTimeStep(LSTM)} followed
 * by a softmax output layer with cross-entropy) with settings the engine reproduces exactly?
 */
public final class Dl4jArchitecture {
    /** More training steps than any model takes; the engine's step counter must not overflow. */
    static final int MAX_ITERATIONS = 1_000_000_000;
    /** DL4J's own default is 1e-10: the loss of an answer given with certainty stays finite. */
    static final double MAX_SOFTMAX_CLIP = 1e-3;

    private Dl4jArchitecture() {
    }

    /** Why a configuration is refused, and whether its layers are another network's altogether. */
    public static final class UnsupportedNetworkException extends IllegalArgumentException {
        private final boolean otherLayers;

        UnsupportedNetworkException(String reason, boolean otherLayers) {
            super(reason);
            this.otherLayers = otherLayers;
        }

        /** True when the layers are not an LSTM followed by a softmax output layer at all. */
        public boolean otherLayers() {
            return otherLayers;
        }
    }

    /**
     * Checks that {@code conf} is a network the engine reproduces exactly: our two layers, float,
     * standard backpropagation, no preprocessors, dropout, noise, regularization, constraints or
     * gradient normalization, and updaters the engine computes ({@link Dl4jUpdaters}).
     *
     * @throws UnsupportedNetworkException naming the first unsupported setting
     */
    public static void check(MultiLayerConfiguration conf) {
        // A configuration from a file may hold nulls wherever its JSON said so.
        requireLayers(conf.getConfs() != null && conf.getConfs().size() == 2
                && conf.getConf(0) != null && conf.getConf(1) != null, "the network must have exactly two layers");
        requireLayers(conf.getConf(0).getLayer() instanceof LastTimeStep wrapper
                && wrapper.getUnderlying() != null && wrapper.getUnderlying().getClass() == LSTM.class,
                "the first layer must be an LSTM whose last time step is used");
        requireLayers(conf.getConf(1).getLayer() != null && conf.getConf(1).getLayer().getClass() == OutputLayer.class,
                "the second layer must be an output layer");
        LastTimeStep wrapper = (LastTimeStep) conf.getConf(0).getLayer();
        LSTM lstm = lstm(conf);
        OutputLayer output = output(conf);
        requireLayers(output.getActivationFn() instanceof ActivationSoftmax, "the output activation must be softmax");
        requireLayers(output.getLossFn() instanceof LossMCXENT, "the loss must be multi-class cross-entropy");
        require(((LossMCXENT) output.getLossFn()).getWeights() == null, "the loss must be unweighted");
        require(conf.getDataType() == DataType.FLOAT, "the network must use float parameters");
        require(conf.getBackpropType() == BackpropType.Standard, "truncated backpropagation is not supported");
        require(conf.getInputPreProcessors() == null || conf.getInputPreProcessors().isEmpty(),
                "input preprocessors are not supported");
        for (NeuralNetConfiguration layerConf : conf.getConfs()) {
            require(layerConf.isMiniBatch(), "non-minibatch training is not supported");
            require(layerConf.isMinimize(), "maximizing the objective is not supported");
            require(layerConf.getOptimizationAlgo() == OptimizationAlgorithm.STOCHASTIC_GRADIENT_DESCENT,
                    "only stochastic gradient descent is supported");
            require(layerConf.getStepFunction() == null
                    || layerConf.getStepFunction().getClass() == NegativeGradientStepFunction.class,
                    "custom step functions are not supported");
        }
        require(wrapper.getIDropout() == null && isEmpty(wrapper.getConstraints()),
                "dropout and constraints are not supported");
        require(lstm.getActivationFn() instanceof ActivationTanH, "the LSTM activation must be tanh");
        require(lstm.getGateActivationFn() instanceof ActivationSigmoid, "the LSTM gate activation must be sigmoid");
        require(lstm.getRnnDataFormat() == null || lstm.getRnnDataFormat() == RNNFormat.NCW,
                "the LSTM must read [batch, features, time] input");
        require(output.hasBias(), "the output layer must have a bias");
        require(lstm.getNIn() > 0 && lstm.getNOut() > 0 && output.getNIn() == lstm.getNOut() && output.getNOut() > 0,
                "the layer sizes do not fit together");
        for (BaseLayer layer : List.of(lstm, output)) {
            require(layer.getIDropout() == null, "dropout is not supported");
            require(layer.getWeightNoise() == null, "weight noise is not supported");
            require(isEmpty(layer.getRegularization()) && isEmpty(layer.getRegularizationBias()),
                    "regularization is not supported");
            require(isEmpty(layer.getConstraints()), "constraints are not supported");
            require(layer.getGradientNormalization() == null
                    || layer.getGradientNormalization() == GradientNormalization.None,
                    "gradient normalization is not supported");
            require(layer.getIUpdater() != null, "the layer has no optimizer");
            // Needed when the network is made to be written: a file without it opened, then could not be saved.
            require(layer.getWeightInitFn() != null, "the layer has no weight initialisation");
            for (IUpdater updater : Arrays.asList(layer.getIUpdater(), layer.getBiasUpdater())) {
                if (updater == null) {
                    continue;
                }
                Optional<UpdateSettings> settings = Dl4jUpdaters.settingsOf(updater);
                require(settings.isPresent(), "the optimizer " + updater.getClass().getSimpleName() + " is not supported");
                // Not used by DL4J's updater, but it would divide the updater blocks where the engine does not.
                require(!(updater instanceof Nesterovs nesterovs) || nesterovs.getMomentumSchedule() == null,
                        "a momentum schedule given as a map is not supported");
                settings.get().problem().ifPresent(problem -> {
                    throw new UnsupportedNetworkException(problem, false);
                });
            }
        }
        // Adam's bias correction counts the iterations; the clipping bounds the loss of a certain answer.
        Bounds.problem("the iteration count", conf.getIterationCount(), 0, MAX_ITERATIONS)
                .or(() -> Bounds.problem("the epoch count", conf.getEpochCount(), 0, MAX_ITERATIONS))
                .ifPresent(problem -> require(false, problem));
        double clip = ((LossMCXENT) output.getLossFn()).getSoftmaxClipEps();
        require(clip >= 0 && clip <= MAX_SOFTMAX_CLIP, "the softmax clipping must be between 0 and "
                + Bounds.format(MAX_SOFTMAX_CLIP) + " (was " + Bounds.format(clip) + ")");
    }

    /** The LSTM of a configuration that passed {@link #check}. */
    public static LSTM lstm(MultiLayerConfiguration conf) {
        return (LSTM) ((LastTimeStep) conf.getConf(0).getLayer()).getUnderlying();
    }

    /** The output layer of a configuration that passed {@link #check}. */
    public static OutputLayer output(MultiLayerConfiguration conf) {
        return (OutputLayer) conf.getConf(1).getLayer();
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    private static void requireLayers(boolean condition, String reason) {
        if (!condition) {
            throw new UnsupportedNetworkException(reason, true);
        }
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new UnsupportedNetworkException(reason, false);
        }
    }
}
