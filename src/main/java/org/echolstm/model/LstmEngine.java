package org.echolstm.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.OptimizationAlgorithm;
import org.deeplearning4j.nn.api.Updater;
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
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoSample;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Forward pass, backpropagation through time and the optimizer step of the echo network
 * ({@code LastTimeStep(LSTM)} followed by a softmax output layer with cross-entropy), in plain
 * Java. At this network's size DL4J spends nearly all of a training step on per-operation
 * overhead; this engine computes the same numbers directly.
 *
 * <p>Everything mirrors DL4J 1.0.0-M2.1 so that state moves between the two without conversion:
 * <ul>
 * <li>Parameters live in one float array laid out as {@code MultiLayerNetwork.params()}: LSTM input
 * weights {@code W [nIn, 4n]}, recurrent weights {@code RW [n, 4n]}, bias {@code b [4n]}, then the
 * output weights {@code W [n, nOut]} and bias {@code b [nOut]}; the matrices column-major ('f').
 * The four gate blocks of the LSTM columns are, in order: block input (tanh), forget gate, output
 * gate, input modulation gate (the three gates sigmoid).</li>
 * <li>The optimizer state is laid out as the updater's state view array: one block per run of
 * consecutive parameters with equal updater configuration, each holding its updater's state for
 * the block's parameters (Adam: all {@code m}, then all {@code v}).</li>
 * <li>The gradient is summed over the minibatch and divided by its size before the updater, the
 * updater rules are those of libnd4j's updater ops evaluated in float, and the iteration count
 * (Adam's bias correction, schedules) is the network configuration's.</li>
 * </ul>
 * One-hot inputs are never materialised: the input weights' contribution is a row lookup.
 * Not thread-safe; buffers are reused between calls.
 */
final class LstmEngine {
    private enum Rule { SGD, ADAM, RMSPROP, NESTEROVS }

    /** A run of parameters sharing one updater configuration, and where its state starts. */
    private record Block(int paramStart, int paramEnd, int stateStart, Rule rule, IUpdater updater) {
        int length() {
            return paramEnd - paramStart;
        }
    }

    private final int inputs;
    private final int units;
    private final int outputs;
    private final int gates;

    // Offsets of the five parameter arrays in the flat parameter vector.
    private final int inWeights;
    private final int recurrentWeights;
    private final int lstmBias;
    private final int outWeights;
    private final int outBias;

    private final float[] params;
    private final float[] gradient;
    private final float[] updaterState;
    private final Block[] blocks;
    private final double softmaxClipEps;
    private int iteration;
    private int epoch;
    /** Correct predictions of the last {@link #computeGradient}, from its forward pass. */
    private int lastCorrect;

    /** The recurrent weights transposed ({@code [n][4n]} row-major) for the forward pass; follows {@link #params}. */
    private final float[] recurrentByRow;

    // Per-sample work buffers; the per-time-step ones grow with the longest sequence seen.
    private int capacity;
    private float[] gateActivations = new float[0]; // [t][4n]: tanh(block input), forget, output, modulation
    private float[] cellStates = new float[0];      // [t][n]
    private float[] cellTanh = new float[0];        // [t][n]
    private float[] hiddenStates = new float[0];    // [t][n]
    private final float[] probabilities;
    private final float[] outputDelta;
    private final float[] hiddenDelta;
    private final float[] cellCarry;
    private final float[] gateDelta;

    private LstmEngine(int inputs, int units, int outputs, float[] params, float[] updaterState, Block[] blocks,
                       double softmaxClipEps, int iteration, int epoch) {
        this.inputs = inputs;
        this.units = units;
        this.outputs = outputs;
        this.gates = 4 * units;
        this.inWeights = 0;
        this.recurrentWeights = inWeights + inputs * gates;
        this.lstmBias = recurrentWeights + units * gates;
        this.outWeights = lstmBias + gates;
        this.outBias = outWeights + units * outputs;
        if (params.length != outBias + outputs) {
            throw new IllegalArgumentException("expected " + (outBias + outputs) + " parameters, got " + params.length);
        }
        this.params = params;
        this.gradient = new float[params.length];
        this.updaterState = updaterState;
        this.blocks = blocks;
        this.softmaxClipEps = softmaxClipEps;
        this.iteration = iteration;
        this.epoch = epoch;
        this.recurrentByRow = new float[units * gates];
        this.probabilities = new float[outputs];
        this.outputDelta = new float[outputs];
        this.hiddenDelta = new float[units];
        this.cellCarry = new float[units];
        this.gateDelta = new float[gates];
        refreshRecurrentByRow();
    }

    // ------------------------------------------------------------------------------------------
    // Moving state between the engine and DL4J

    /**
     * An engine with the parameters, optimizer state and iteration/epoch counts of {@code network}.
     *
     * @throws IllegalArgumentException if the network is not one this engine computes exactly
     */
    static LstmEngine of(MultiLayerNetwork network) {
        MultiLayerConfiguration conf = network.getLayerWiseConfigurations();
        checkSupported(conf);
        LSTM lstm = (LSTM) ((LastTimeStep) conf.getConf(0).getLayer()).getUnderlying();
        OutputLayer output = (OutputLayer) conf.getConf(1).getLayer();
        int inputs = Math.toIntExact(lstm.getNIn());
        int units = Math.toIntExact(lstm.getNOut());
        int outputs = Math.toIntExact(output.getNOut());

        Block[] blocks = updaterBlocks(lstm, output, inputs, units, outputs);
        Block lastBlock = blocks[blocks.length - 1];
        int stateLength = lastBlock.stateStart() + (int) lastBlock.updater().stateSize(lastBlock.length());
        float[] params = network.params().toFloatVector();
        float[] state = new float[stateLength];
        if (stateLength > 0) {
            Updater updater = network.getUpdater();
            INDArray view = updater == null ? null : updater.getStateViewArray();
            if (view == null || view.length() != stateLength) {
                throw new IllegalArgumentException("the network's optimizer state has "
                        + (view == null ? 0 : view.length()) + " values, expected " + stateLength);
            }
            state = view.toFloatVector();
        }
        double clip = ((LossMCXENT) output.getLossFn()).getSoftmaxClipEps();
        return new LstmEngine(inputs, units, outputs, params, state, blocks, clip,
                conf.getIterationCount(), conf.getEpochCount());
    }

    /**
     * Writes this engine's parameters, optimizer state and iteration/epoch counts into
     * {@code network} (one of the same architecture), leaving it as DL4J's own training would have.
     */
    void writeTo(MultiLayerNetwork network) {
        INDArray networkParams = network.params();
        if (networkParams.length() != params.length) {
            throw new IllegalArgumentException("the network has " + networkParams.length() + " parameters, not "
                    + params.length);
        }
        networkParams.assign(Nd4j.createFromArray(params).reshape(networkParams.shape()));
        if (updaterState.length > 0) {
            INDArray view = network.getUpdater().getStateViewArray();
            view.assign(Nd4j.createFromArray(updaterState).reshape(view.shape()));
        }
        network.setIterationCount(iteration);
        network.setEpochCount(epoch);
        for (Layer layer : network.getLayers()) {
            layer.setIterationCount(iteration);
            layer.setEpochCount(epoch);
        }
    }

    /** Takes over the state (parameters, optimizer state, counts) of an engine of the same shape. */
    void restoreFrom(LstmEngine other) {
        if (other.params.length != params.length || other.updaterState.length != updaterState.length) {
            throw new IllegalArgumentException("the engines differ in shape");
        }
        System.arraycopy(other.params, 0, params, 0, params.length);
        System.arraycopy(other.updaterState, 0, updaterState, 0, updaterState.length);
        iteration = other.iteration;
        epoch = other.epoch;
        refreshRecurrentByRow();
    }

    /** An independent engine with the same state. */
    LstmEngine copy() {
        return new LstmEngine(inputs, units, outputs, params.clone(), updaterState.clone(), blocks, softmaxClipEps,
                iteration, epoch);
    }

    /**
     * Checks that {@code conf} is a network this engine reproduces exactly: our two layers, float,
     * standard backpropagation, no dropout, noise, regularization, constraints or gradient
     * normalization, and plain SGD, Adam, RMSProp or Nesterov updaters.
     *
     * @throws IllegalArgumentException naming the first unsupported setting
     */
    static void checkSupported(MultiLayerConfiguration conf) {
        require(conf.getConfs().size() == 2, "the network must have exactly two layers");
        require(conf.getDataType() == DataType.FLOAT, "the network must use float parameters");
        require(conf.getBackpropType() == BackpropType.Standard, "truncated backpropagation is not supported");
        require(conf.getInputPreProcessors() == null || conf.getInputPreProcessors().isEmpty(),
                "input preprocessors are not supported");
        require(conf.getConf(0).getLayer() instanceof LastTimeStep wrapper
                && wrapper.getUnderlying() != null && wrapper.getUnderlying().getClass() == LSTM.class,
                "the first layer must be an LSTM whose last time step is used");
        require(conf.getConf(1).getLayer().getClass() == OutputLayer.class, "the second layer must be an output layer");
        LastTimeStep wrapper = (LastTimeStep) conf.getConf(0).getLayer();
        LSTM lstm = (LSTM) wrapper.getUnderlying();
        OutputLayer output = (OutputLayer) conf.getConf(1).getLayer();
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
        require(output.getActivationFn() instanceof ActivationSoftmax, "the output activation must be softmax");
        require(output.getLossFn() instanceof LossMCXENT loss && loss.getWeights() == null,
                "the loss must be unweighted multi-class cross-entropy");
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
            for (IUpdater updater : Arrays.asList(layer.getIUpdater(), layer.getBiasUpdater())) {
                require(updater == null || rule(updater) != null,
                        "the optimizer " + (updater == null ? "" : updater.getClass().getSimpleName())
                                + " is not supported");
            }
            require(layer.getIUpdater() != null, "the layer has no optimizer");
        }
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new IllegalArgumentException(reason);
        }
    }

    private static Rule rule(IUpdater updater) {
        Class<?> type = updater.getClass();
        if (type == Adam.class) {
            return Rule.ADAM;
        } else if (type == Sgd.class) {
            return Rule.SGD;
        } else if (type == RmsProp.class) {
            return Rule.RMSPROP;
        } else if (type == Nesterovs.class) {
            return Rule.NESTEROVS;
        }
        return null;
    }

    /** DL4J's updater blocks: consecutive parameters (W, RW, b; W, b) with equal updater configurations. */
    private static Block[] updaterBlocks(LSTM lstm, OutputLayer output, int inputs, int units, int outputs) {
        int gates = 4 * units;
        IUpdater[] updaters = {lstm.getUpdaterByParam("W"), lstm.getUpdaterByParam("RW"), lstm.getUpdaterByParam("b"),
                output.getUpdaterByParam("W"), output.getUpdaterByParam("b")};
        int[] lengths = {inputs * gates, units * gates, gates, units * outputs, outputs};
        List<Block> blocks = new ArrayList<>();
        int paramStart = 0;
        int stateStart = 0;
        int paramOffset = 0;
        for (int p = 0; p < updaters.length; p++) {
            if (p > 0 && !updaters[p].equals(updaters[p - 1])) {
                Block block = new Block(paramStart, paramOffset, stateStart, rule(updaters[p - 1]), updaters[p - 1]);
                blocks.add(block);
                stateStart += (int) block.updater().stateSize(block.length());
                paramStart = paramOffset;
            }
            paramOffset += lengths[p];
        }
        IUpdater last = updaters[updaters.length - 1];
        blocks.add(new Block(paramStart, paramOffset, stateStart, rule(last), last));
        return blocks.toArray(new Block[0]);
    }

    // ------------------------------------------------------------------------------------------
    // Training and inference

    /**
     * One training step, as {@code MultiLayerNetwork.fit(features, labels)}: returns the batch's mean
     * cross-entropy and how many samples were predicted correctly, both before the update.
     */
    StepResult fit(EchoBatch batch) {
        double loss = computeGradient(batch);
        int correct = lastCorrect;
        applyUpdate(batch.size());
        return new StepResult(loss, correct, batch.size());
    }

    /**
     * Fills {@link #gradient()} with the gradient of the summed (not yet averaged) cross-entropy
     * over the batch, as DL4J's {@code computeGradientAndScore}, and returns the score (the mean).
     */
    double computeGradient(EchoBatch batch) {
        EchoSample[] samples = batch.samples();
        if (samples.length == 0) {
            throw new IllegalArgumentException("empty batch");
        }
        Arrays.fill(gradient, 0f);
        double lossSum = 0;
        int correct = 0;
        for (EchoSample sample : samples) {
            int[] sequence = sample.sequence();
            int target = sample.target();
            if (target < 0 || target >= outputs) {
                throw new IllegalArgumentException("target " + target + " out of range 0.." + (outputs - 1));
            }
            int length = forward(sequence);
            if (argmax(probabilities) == target) {
                correct++;
            }
            double p = probabilities[target];
            if (p < softmaxClipEps) {
                p = (float) softmaxClipEps;
            } else if (p > 1.0 - softmaxClipEps) {
                p = (float) (1.0 - softmaxClipEps);
            }
            lossSum -= Math.log(p);
            for (int j = 0; j < outputs; j++) {
                outputDelta[j] = probabilities[j];
            }
            outputDelta[target] -= 1f;
            backward(sequence, length);
        }
        lastCorrect = correct;
        return lossSum / samples.length;
    }

    /** The predicted value (most probable class) for each sample. */
    int[] predictedValues(EchoBatch batch) {
        EchoSample[] samples = batch.samples();
        int[] predicted = new int[samples.length];
        for (int s = 0; s < samples.length; s++) {
            forward(samples[s].sequence());
            predicted[s] = argmax(probabilities);
        }
        return predicted;
    }

    /** Class probabilities, one row per sample. */
    float[][] probabilities(EchoBatch batch) {
        EchoSample[] samples = batch.samples();
        float[][] out = new float[samples.length][];
        for (int s = 0; s < samples.length; s++) {
            forward(samples[s].sequence());
            out[s] = probabilities.clone();
        }
        return out;
    }

    /** First index of the largest value, as ND4J's argMax. */
    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Runs one sequence through the LSTM and the output layer; fills the per-step buffers and {@link #probabilities}. */
    private int forward(int[] sequence) {
        int length = sequence.length;
        if (length == 0) {
            throw new IllegalArgumentException("empty sequence");
        }
        ensureCapacity(length);
        final int n = units;
        final int g4 = gates;
        final float[] p = params;
        final float[] act = gateActivations;
        for (int t = 0; t < length; t++) {
            int value = sequence[t];
            if (value < 0 || value >= inputs) {
                throw new IllegalArgumentException("sequence value " + value + " out of range 0.." + (inputs - 1));
            }
            int a = t * g4;
            // x_t W is row `value` of the column-major W: stride nIn.
            for (int c = 0, w = inWeights + value; c < g4; c++, w += inputs) {
                act[a + c] = p[w] + p[lstmBias + c];
            }
            if (t > 0) {
                int h = (t - 1) * n;
                for (int k = 0; k < n; k++) {
                    float hk = hiddenStates[h + k];
                    int row = k * g4;
                    for (int c = 0; c < g4; c++) {
                        act[a + c] += hk * recurrentByRow[row + c];
                    }
                }
            }
            for (int c = 0; c < n; c++) {
                act[a + c] = tanh(act[a + c]);
            }
            for (int c = n; c < g4; c++) {
                act[a + c] = sigmoid(act[a + c]);
            }
            int s = t * n;
            for (int j = 0; j < n; j++) {
                float input = act[a + j];
                float forget = act[a + n + j];
                float out = act[a + 2 * n + j];
                float modulation = act[a + 3 * n + j];
                float previous = t > 0 ? cellStates[s - n + j] : 0f;
                float cell = previous * forget + modulation * input;
                float squashed = tanh(cell);
                cellStates[s + j] = cell;
                cellTanh[s + j] = squashed;
                hiddenStates[s + j] = squashed * out;
            }
        }
        // Output layer on the last time step, then softmax.
        int last = (length - 1) * n;
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < outputs; j++) {
            float z = p[outBias + j];
            int w = outWeights + j * n;
            for (int k = 0; k < n; k++) {
                z += hiddenStates[last + k] * p[w + k];
            }
            probabilities[j] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int j = 0; j < outputs; j++) {
            double e = Math.exp(probabilities[j] - max);
            probabilities[j] = (float) e;
            sum += e;
        }
        for (int j = 0; j < outputs; j++) {
            probabilities[j] = (float) (probabilities[j] / sum);
        }
        return length;
    }

    /** Adds one sample's gradient (from {@link #outputDelta}, dL/dlogits) to {@link #gradient}. */
    private void backward(int[] sequence, int length) {
        final int n = units;
        final int g4 = gates;
        final float[] p = params;
        final float[] grad = gradient;
        final float[] act = gateActivations;
        final float[] dh = hiddenDelta;
        final float[] carry = cellCarry;
        final float[] dz = gateDelta;

        int last = (length - 1) * n;
        Arrays.fill(dh, 0f);
        for (int j = 0; j < outputs; j++) {
            float d = outputDelta[j];
            grad[outBias + j] += d;
            int w = outWeights + j * n;
            for (int k = 0; k < n; k++) {
                grad[w + k] += d * hiddenStates[last + k];
                dh[k] += d * p[w + k];
            }
        }
        Arrays.fill(carry, 0f);
        for (int t = length - 1; t >= 0; t--) {
            int a = t * g4;
            int s = t * n;
            for (int j = 0; j < n; j++) {
                float input = act[a + j];
                float forget = act[a + n + j];
                float out = act[a + 2 * n + j];
                float modulation = act[a + 3 * n + j];
                float squashed = cellTanh[s + j];
                float dhj = dh[j];
                float dOut = dhj * squashed * (out * (1f - out));
                float dCell = (1f - squashed * squashed) * (out * dhj) + carry[j];
                float dForget = t > 0 ? (forget * (1f - forget)) * dCell * cellStates[s - n + j] : 0f;
                float dModulation = (modulation * (1f - modulation)) * input * dCell;
                float dInput = (1f - input * input) * (modulation * dCell);
                carry[j] = forget * dCell;
                dz[j] = dInput;
                dz[n + j] = dForget;
                dz[2 * n + j] = dOut;
                dz[3 * n + j] = dModulation;
            }
            for (int c = 0, w = inWeights + sequence[t]; c < g4; c++, w += inputs) {
                grad[w] += dz[c];
                grad[lstmBias + c] += dz[c];
            }
            if (t > 0) {
                int h = s - n;
                Arrays.fill(dh, 0f);
                for (int c = 0; c < g4; c++) {
                    float d = dz[c];
                    int w = recurrentWeights + c * n;
                    for (int k = 0; k < n; k++) {
                        grad[w + k] += d * hiddenStates[h + k];
                        dh[k] += d * p[w + k];
                    }
                }
            }
        }
    }

    /** Averages the gradient over the batch and applies the updater, then {@code params -= update}. */
    private void applyUpdate(int batchSize) {
        final float[] g = gradient;
        final float divisor = batchSize;
        for (int i = 0; i < g.length; i++) {
            g[i] = g[i] / divisor;
        }
        for (Block block : blocks) {
            switch (block.rule()) {
                case SGD -> sgd(block);
                case ADAM -> adam(block);
                case RMSPROP -> rmsProp(block);
                case NESTEROVS -> nesterovs(block);
                default -> throw new AssertionError(block.rule());
            }
        }
        for (int i = 0; i < g.length; i++) {
            params[i] -= g[i];
        }
        iteration++;
        refreshRecurrentByRow();
    }

    // The update rules below are libnd4j's updater ops (sgd_updater, adam_updater, rms_prop_updater,
    // nesterovs_updater) for float arrays: each turns the gradient into the update in place.

    private void sgd(Block block) {
        float lr = (float) block.updater().getLearningRate(iteration, epoch);
        for (int i = block.paramStart(); i < block.paramEnd(); i++) {
            gradient[i] = lr * gradient[i];
        }
    }

    private void adam(Block block) {
        Adam config = (Adam) block.updater();
        float lr = (float) config.getLearningRate(iteration, epoch);
        float beta1 = (float) config.getBeta1();
        float beta2 = (float) config.getBeta2();
        float epsilon = (float) config.getEpsilon();
        float step = (float) iteration + 1f;
        float beta1T = (float) Math.pow(beta1, step);
        float beta2T = (float) Math.pow(beta2, step);
        float root = (float) Math.sqrt((float) (1.0 - beta2T));
        float epsilonT = (float) ((double) (lr * root) / (1.0 - beta1T));
        if (Float.isNaN(epsilonT) || Float.isInfinite(epsilonT) || epsilonT == 0f) {
            epsilonT = epsilon;
        }
        float oneMinusBeta1 = 1f - beta1;
        float oneMinusBeta2 = 1f - beta2;
        int m = block.stateStart();
        int v = m + block.length();
        for (int i = block.paramStart(), k = 0; i < block.paramEnd(); i++, k++) {
            float grad = gradient[i];
            float mean = beta1 * updaterState[m + k] + grad * oneMinusBeta1;
            float variance = beta2 * updaterState[v + k] + grad * grad * oneMinusBeta2;
            updaterState[m + k] = mean;
            updaterState[v + k] = variance;
            gradient[i] = (mean * epsilonT) / ((float) Math.sqrt(variance) + epsilon);
        }
    }

    private void rmsProp(Block block) {
        RmsProp config = (RmsProp) block.updater();
        float lr = (float) config.getLearningRate(iteration, epoch);
        float decay = (float) config.getRmsDecay();
        float epsilon = (float) config.getEpsilon();
        float oneMinusDecay = 1f - decay;
        int state = block.stateStart();
        for (int i = block.paramStart(), k = 0; i < block.paramEnd(); i++, k++) {
            float grad = gradient[i];
            float mean = updaterState[state + k] * decay + grad * grad * oneMinusDecay;
            updaterState[state + k] = mean;
            gradient[i] = (lr * grad) / ((float) Math.sqrt(mean) + epsilon);
        }
    }

    private void nesterovs(Block block) {
        Nesterovs config = (Nesterovs) block.updater();
        float lr = (float) config.getLearningRate(iteration, epoch);
        float momentum = (float) config.currentMomentum(iteration, epoch);
        float momentumT = -momentum - 1f;
        int state = block.stateStart();
        for (int i = block.paramStart(), k = 0; i < block.paramEnd(); i++, k++) {
            float previous = momentum * updaterState[state + k];
            float velocity = previous - lr * gradient[i];
            updaterState[state + k] = velocity;
            gradient[i] = previous + momentumT * velocity;
        }
    }

    private void refreshRecurrentByRow() {
        final int n = units;
        for (int c = 0; c < gates; c++) {
            int column = recurrentWeights + c * n;
            for (int k = 0; k < n; k++) {
                recurrentByRow[k * gates + c] = params[column + k];
            }
        }
    }

    private void ensureCapacity(int length) {
        if (length > capacity) {
            capacity = length;
            gateActivations = new float[length * gates];
            cellStates = new float[length * units];
            cellTanh = new float[length * units];
            hiddenStates = new float[length * units];
        }
    }

    private static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + Math.exp(-x)));
    }

    /** tanh through the intrinsic exp; the series keeps full precision near zero. */
    private static float tanh(float x) {
        double d = x;
        if (Math.abs(d) < 1e-4) {
            return (float) (d - d * d * d / 3.0);
        }
        if (d > 20) {
            return 1f;
        }
        if (d < -20) {
            return -1f;
        }
        return (float) (1.0 - 2.0 / (Math.exp(2.0 * d) + 1.0));
    }

    // ------------------------------------------------------------------------------------------
    // State, for the model and for tests

    int parameterCount() {
        return params.length;
    }

    int inputs() {
        return inputs;
    }

    int units() {
        return units;
    }

    int outputs() {
        return outputs;
    }

    int iteration() {
        return iteration;
    }

    int epoch() {
        return epoch;
    }

    /** A copy of the parameters, in {@code MultiLayerNetwork.params()} layout. */
    float[] params() {
        return params.clone();
    }

    /** A copy of the optimizer state, in the updater state view layout. */
    float[] updaterState() {
        return updaterState.clone();
    }

    /** A copy of the gradient of the last {@link #computeGradient} (or the update of the last {@link #fit}). */
    float[] gradient() {
        return gradient.clone();
    }
}
