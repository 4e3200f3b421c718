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
 * <p>Everything mirrors DL4J 1.0.0-M2.1 so that state moves between the two losslessly:
 * <ul>
 * <li>DL4J keeps the parameters in one float array ({@code MultiLayerNetwork.params()}): LSTM input
 * weights {@code W [nIn, 4n]}, recurrent weights {@code RW [n, 4n]}, bias {@code b [4n]}, then the
 * output weights {@code W [n, nOut]} and bias {@code b [nOut]}; the matrices column-major ('f').
 * The four gate blocks of the LSTM columns are, in order: block input (tanh), forget gate, output
 * gate, input modulation gate (the three gates sigmoid). The engine keeps the same five arrays at
 * the same offsets but stores the three matrices row-major, so that the inner loops run over
 * contiguous memory and vectorize; parameters, gradient and optimizer state are permuted on the
 * way in and out ({@link #of}, {@link #writeTo}, the accessors). Each value is computed with
 * the same float operations in the same order as with DL4J's layout.</li>
 * <li>The optimizer state is laid out as the updater's state view array: one block per run of
 * consecutive parameters with equal updater configuration, each holding its updater's state for
 * the block's parameters (Adam: all {@code m}, then all {@code v}).</li>
 * <li>The gradient is summed over the minibatch and divided by its size before the updater, the
 * updater rules are those of libnd4j's updater ops evaluated in float, and the iteration count
 * (Adam's bias correction, schedules) is the network configuration's.</li>
 * </ul>
 * One-hot inputs are never materialised: the input weights' contribution is a row lookup.
 * Not thread-safe; buffers are reused between calls, and no call allocates once they have grown
 * to the longest sequence seen.
 */
final class LstmEngine {
    private enum Rule { SGD, ADAM, RMSPROP, NESTEROVS }

    /** A run of parameters sharing one updater configuration, and where its state starts. */
    private record Block(int paramStart, int paramEnd, int stateStart, Rule rule, IUpdater updater) {
        int length() {
            return paramEnd - paramStart;
        }
    }

    private static final int IN_WEIGHTS = 0;
    private static final int RECURRENT_WEIGHTS = 1;
    private static final int LSTM_BIAS = 2;
    private static final int OUT_WEIGHTS = 3;
    private static final int OUT_BIAS = 4;

    /**
     * One of DL4J's five parameter arrays: where it starts in the flat vector, its shape, and the
     * updater block it belongs to. A bias is a matrix of one row.
     */
    private record Param(int offset, int rows, int columns, Block block) {
        int length() {
            return rows * columns;
        }

        /** Position of element (r, c) in DL4J's flat vector (column-major). */
        int dl4jIndex(int r, int c) {
            return offset + r + c * rows;
        }

        /** How many state arrays its updater keeps per parameter (Adam: 2). */
        int stateCopies() {
            int blockLength = block.length();
            return blockLength == 0 ? 0 : (int) (block.updater().stateSize(blockLength) / blockLength);
        }

        /** Position of state copy {@code copy} of element (r, c) in DL4J's state view array. */
        int stateIndex(int copy, int r, int c) {
            return block.stateStart() + copy * block.length() + dl4jIndex(r, c) - block.paramStart();
        }
    }

    private final int inputs;
    private final int units;
    private final int outputs;
    private final int gates;
    private final int parameterCount;
    private final int stateLength;
    private final Param[] layout;
    private final double softmaxClipEps;
    private int iteration;
    private int epoch;
    /** Correct predictions of the last {@link #computeGradient}, from its forward pass. */
    private int lastCorrect;

    // Parameters, gradient and optimizer state as [array][row][column] (state: [array][copy][row][column]).
    // Every inner loop below walks one row from index 0, which is what lets the JIT vectorize it.
    private final float[][][] values;
    private final float[][][] gradients;
    private final float[][][][] state;
    private final float[][] inW;        // [nIn][4n]
    private final float[][] recurrentW; // [n][4n]
    private final float[] lstmB;        // [4n]
    private final float[][] outW;       // [n][nOut]
    private final float[] outB;         // [nOut]
    private final float[][] gradInW;
    private final float[][] gradRecurrentW;
    private final float[] gradLstmB;
    private final float[][] gradOutW;
    private final float[] gradOutB;
    /** The recurrent and output weights transposed ([4n][n], [nOut][n]) for backpropagation; follow the weights. */
    private final float[][] recurrentByColumn;
    private final float[][] outByColumn;

    /** The buffers of training and of calls without their own workspace. */
    private final Workspace work;

    /**
     * Work buffers for forward and backward passes, one row per time step, grown to the longest
     * sequence seen. Passes on different workspaces may run at the same time (reading the
     * parameters) as long as nothing trains meanwhile.
     */
    final class Workspace {
        private int capacity;
        private float[][] gateActivations = new float[0][]; // [t][4n]: tanh(block input), forget, output, modulation
        private float[][] cellStates = new float[0][];      // [t][n]
        private float[][] cellTanh = new float[0][];        // [t][n]
        private float[][] hiddenStates = new float[0][];    // [t][n]
        private final float[] probabilities = new float[outputs];
        private final float[] outputDelta = new float[outputs];
        private final float[] hiddenDelta = new float[units];
        private final float[] cellCarry = new float[units];
        private final float[] gateDelta = new float[gates];     // [4n]
        private final float[] inputDelta = new float[units];    // [n] each: the four gate blocks of gateDelta
        private final float[] forgetDelta = new float[units];
        private final float[] outDelta = new float[units];
        private final float[] modulationDelta = new float[units];

        private void ensureCapacity(int length) {
            if (length > capacity) {
                capacity = length;
                gateActivations = new float[length][gates];
                cellStates = new float[length][units];
                cellTanh = new float[length][units];
                hiddenStates = new float[length][units];
            }
        }
    }

    private LstmEngine(int inputs, int units, int outputs, Block[] blocks, double softmaxClipEps, int iteration,
                       int epoch) {
        this.inputs = inputs;
        this.units = units;
        this.outputs = outputs;
        this.gates = 4 * units;
        this.softmaxClipEps = softmaxClipEps;
        this.iteration = iteration;
        this.epoch = epoch;
        int[][] shapes = {{inputs, gates}, {units, gates}, {1, gates}, {units, outputs}, {1, outputs}};
        this.layout = new Param[shapes.length];
        this.values = new float[shapes.length][][];
        this.gradients = new float[shapes.length][][];
        this.state = new float[shapes.length][][][];
        int offset = 0;
        for (int p = 0; p < shapes.length; p++) {
            int rows = shapes[p][0];
            int columns = shapes[p][1];
            Block block = blockOf(blocks, offset);
            layout[p] = new Param(offset, rows, columns, block);
            values[p] = new float[rows][columns];
            gradients[p] = new float[rows][columns];
            state[p] = new float[layout[p].stateCopies()][rows][columns];
            offset += rows * columns;
        }
        this.parameterCount = offset;
        Block lastBlock = blocks[blocks.length - 1];
        this.stateLength = lastBlock.stateStart() + (int) lastBlock.updater().stateSize(lastBlock.length());
        this.inW = values[IN_WEIGHTS];
        this.recurrentW = values[RECURRENT_WEIGHTS];
        this.lstmB = values[LSTM_BIAS][0];
        this.outW = values[OUT_WEIGHTS];
        this.outB = values[OUT_BIAS][0];
        this.gradInW = gradients[IN_WEIGHTS];
        this.gradRecurrentW = gradients[RECURRENT_WEIGHTS];
        this.gradLstmB = gradients[LSTM_BIAS][0];
        this.gradOutW = gradients[OUT_WEIGHTS];
        this.gradOutB = gradients[OUT_BIAS][0];
        this.recurrentByColumn = new float[gates][units];
        this.outByColumn = new float[outputs][units];
        this.work = new Workspace();
    }

    private static Block blockOf(Block[] blocks, int paramOffset) {
        for (Block block : blocks) {
            if (paramOffset >= block.paramStart() && paramOffset < block.paramEnd()) {
                return block;
            }
        }
        throw new IllegalArgumentException("no updater block holds parameter " + paramOffset);
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
        double clip = ((LossMCXENT) output.getLossFn()).getSoftmaxClipEps();
        LstmEngine engine = new LstmEngine(inputs, units, outputs, blocks, clip, conf.getIterationCount(),
                conf.getEpochCount());
        float[] params = network.params().toFloatVector();
        if (params.length != engine.parameterCount) {
            throw new IllegalArgumentException("expected " + engine.parameterCount + " parameters, got "
                    + params.length);
        }
        float[] flatState = new float[engine.stateLength];
        if (engine.stateLength > 0) {
            Updater updater = network.getUpdater();
            INDArray view = updater == null ? null : updater.getStateViewArray();
            if (view == null || view.length() != engine.stateLength) {
                throw new IllegalArgumentException("the network's optimizer state has "
                        + (view == null ? 0 : view.length()) + " values, expected " + engine.stateLength);
            }
            flatState = view.toFloatVector();
        }
        engine.load(params, flatState);
        return engine;
    }

    /** Takes parameters and optimizer state in DL4J's flat layouts. */
    private void load(float[] params, float[] flatState) {
        for (int p = 0; p < layout.length; p++) {
            Param param = layout[p];
            for (int r = 0; r < param.rows(); r++) {
                for (int c = 0; c < param.columns(); c++) {
                    values[p][r][c] = params[param.dl4jIndex(r, c)];
                    for (int copy = 0; copy < state[p].length; copy++) {
                        state[p][copy][r][c] = flatState[param.stateIndex(copy, r, c)];
                    }
                }
            }
        }
        refreshColumnCopies();
    }

    /** One of the [array][row][column] sets (parameters, gradient) in DL4J's flat layout. */
    private float[] flatten(float[][][] arrays) {
        float[] flat = new float[parameterCount];
        for (int p = 0; p < layout.length; p++) {
            Param param = layout[p];
            for (int r = 0; r < param.rows(); r++) {
                for (int c = 0; c < param.columns(); c++) {
                    flat[param.dl4jIndex(r, c)] = arrays[p][r][c];
                }
            }
        }
        return flat;
    }

    /**
     * Writes this engine's parameters, optimizer state and iteration/epoch counts into
     * {@code network} (one of the same architecture), leaving it as DL4J's own training would have.
     */
    void writeTo(MultiLayerNetwork network) {
        INDArray networkParams = network.params();
        if (networkParams.length() != parameterCount) {
            throw new IllegalArgumentException("the network has " + networkParams.length() + " parameters, not "
                    + parameterCount);
        }
        networkParams.assign(Nd4j.createFromArray(params()).reshape(networkParams.shape()));
        if (stateLength > 0) {
            INDArray view = network.getUpdater().getStateViewArray();
            view.assign(Nd4j.createFromArray(updaterState()).reshape(view.shape()));
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
        if (other.parameterCount != parameterCount || other.stateLength != stateLength) {
            throw new IllegalArgumentException("the engines differ in shape");
        }
        load(other.params(), other.updaterState());
        iteration = other.iteration;
        epoch = other.epoch;
    }

    /** An independent engine with the same state. */
    LstmEngine copy() {
        Block[] blocks = Arrays.stream(layout).map(Param::block).distinct().toArray(Block[]::new);
        LstmEngine copy = new LstmEngine(inputs, units, outputs, blocks, softmaxClipEps, iteration, epoch);
        copy.load(params(), updaterState());
        return copy;
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
     * {@link #fit(EchoBatch)} on samples held in flat arrays: sample {@code s} is
     * {@code sequences[s * length .. (s + 1) * length)} with answer {@code targets[s]}.
     */
    StepResult fit(int[] sequences, int length, int[] targets, int count) {
        double loss = computeGradient(sequences, length, targets, count);
        int correct = lastCorrect;
        applyUpdate(count);
        return new StepResult(loss, correct, count);
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
        clearGradient();
        double lossSum = 0;
        lastCorrect = 0;
        for (EchoSample sample : samples) {
            lossSum += accumulate(sample.sequence(), 0, sample.sequence().length, sample.target());
        }
        return lossSum / samples.length;
    }

    /** {@link #computeGradient(EchoBatch)} on samples held in flat arrays (see {@link #fit(int[], int, int[], int)}). */
    double computeGradient(int[] sequences, int length, int[] targets, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("empty batch");
        }
        requireFlat(sequences, length, targets, count);
        clearGradient();
        double lossSum = 0;
        lastCorrect = 0;
        for (int s = 0; s < count; s++) {
            lossSum += accumulate(sequences, s * length, length, targets[s]);
        }
        return lossSum / count;
    }

    /** One sample's forward and backward pass: adds its gradient, counts it if correct, returns its loss. */
    private double accumulate(int[] sequences, int offset, int length, int target) {
        if (target < 0 || target >= outputs) {
            throw new IllegalArgumentException("target " + target + " out of range 0.." + (outputs - 1));
        }
        final float[] probabilities = work.probabilities;
        final float[] outputDelta = work.outputDelta;
        forward(work, sequences, offset, length);
        if (argmax(probabilities) == target) {
            lastCorrect++;
        }
        double p = probabilities[target];
        if (p < softmaxClipEps) {
            p = (float) softmaxClipEps;
        } else if (p > 1.0 - softmaxClipEps) {
            p = (float) (1.0 - softmaxClipEps);
        }
        for (int j = 0; j < outputs; j++) {
            outputDelta[j] = probabilities[j];
        }
        outputDelta[target] -= 1f;
        backward(work, sequences, offset, length);
        return -Math.log(p);
    }

    /** The predicted value (most probable class) for each sample. */
    int[] predictedValues(EchoBatch batch) {
        EchoSample[] samples = batch.samples();
        int[] predicted = new int[samples.length];
        for (int s = 0; s < samples.length; s++) {
            int[] sequence = samples[s].sequence();
            forward(work, sequence, 0, sequence.length);
            predicted[s] = argmax(work.probabilities);
        }
        return predicted;
    }

    /** A workspace for {@link #countCorrect(int[], int, int[], int, int, Workspace)} on another thread. */
    Workspace newWorkspace() {
        return new Workspace();
    }

    /** The engine's own workspace (for the thread that trains). */
    Workspace ownWorkspace() {
        return work;
    }

    /**
     * How many of samples {@code from .. to-1} held in flat arrays (see {@link #fit(int[], int, int[], int)})
     * are predicted right; a forward pass only, on {@code workspace}'s buffers.
     */
    int countCorrect(int[] sequences, int length, int[] targets, int from, int to, Workspace workspace) {
        requireFlat(sequences, length, targets, to);
        if (from < 0 || from > to) {
            throw new IllegalArgumentException("bad sample range " + from + ".." + to);
        }
        int correct = 0;
        for (int s = from; s < to; s++) {
            forward(workspace, sequences, s * length, length);
            if (argmax(workspace.probabilities) == targets[s]) {
                correct++;
            }
        }
        return correct;
    }

    /** Class probabilities, one row per sample. */
    float[][] probabilities(EchoBatch batch) {
        EchoSample[] samples = batch.samples();
        float[][] out = new float[samples.length][];
        for (int s = 0; s < samples.length; s++) {
            int[] sequence = samples[s].sequence();
            forward(work, sequence, 0, sequence.length);
            out[s] = work.probabilities.clone();
        }
        return out;
    }

    private static void requireFlat(int[] sequences, int length, int[] targets, int count) {
        if (length <= 0 || count < 0 || (long) count * length > sequences.length || count > targets.length) {
            throw new IllegalArgumentException("need " + count + " sequences of " + length + " values and "
                    + count + " targets");
        }
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

    private void clearGradient() {
        for (float[][] array : gradients) {
            for (float[] row : array) {
                Arrays.fill(row, 0f);
            }
        }
    }

    /**
     * Runs one sequence ({@code sequences[offset .. offset + length)}) through the LSTM and the
     * output layer; fills the workspace's per-step buffers and probabilities.
     */
    private void forward(Workspace work, int[] sequences, int offset, int length) {
        if (length == 0) {
            throw new IllegalArgumentException("empty sequence");
        }
        work.ensureCapacity(length);
        final float[][] gateActivations = work.gateActivations;
        final float[][] cellStates = work.cellStates;
        final float[][] cellTanh = work.cellTanh;
        final float[][] hiddenStates = work.hiddenStates;
        final int n = units;
        final int g4 = gates;
        final float[] bias = lstmB;
        for (int t = 0; t < length; t++) {
            int value = sequences[offset + t];
            if (value < 0 || value >= inputs) {
                throw new IllegalArgumentException("sequence value " + value + " out of range 0.." + (inputs - 1));
            }
            final float[] act = gateActivations[t];
            // x_t W is row `value` of W, plus the bias; then h_{t-1} RW, one row of RW per unit.
            final float[] row = inW[value];
            for (int c = 0; c < g4; c++) {
                act[c] = row[c] + bias[c];
            }
            if (t > 0) {
                final float[] previousHidden = hiddenStates[t - 1];
                for (int k = 0; k < n; k++) {
                    float hk = previousHidden[k];
                    final float[] rw = recurrentW[k];
                    for (int c = 0; c < g4; c++) {
                        act[c] += hk * rw[c];
                    }
                }
            }
            for (int c = 0; c < n; c++) {
                act[c] = tanh(act[c]);
            }
            for (int c = n; c < g4; c++) {
                act[c] = sigmoid(act[c]);
            }
            final float[] cells = cellStates[t];
            final float[] squashedCells = cellTanh[t];
            final float[] hidden = hiddenStates[t];
            if (t == 0) {
                for (int j = 0; j < n; j++) {
                    float cell = 0f * act[n + j] + act[3 * n + j] * act[j];
                    float squashed = tanh(cell);
                    cells[j] = cell;
                    squashedCells[j] = squashed;
                    hidden[j] = squashed * act[2 * n + j];
                }
            } else {
                final float[] previousCells = cellStates[t - 1];
                for (int j = 0; j < n; j++) {
                    float cell = previousCells[j] * act[n + j] + act[3 * n + j] * act[j];
                    float squashed = tanh(cell);
                    cells[j] = cell;
                    squashedCells[j] = squashed;
                    hidden[j] = squashed * act[2 * n + j];
                }
            }
        }
        // Output layer on the last time step, then softmax.
        final float[] last = hiddenStates[length - 1];
        final float[] z = work.probabilities;
        System.arraycopy(outB, 0, z, 0, outputs);
        for (int k = 0; k < n; k++) {
            float hk = last[k];
            final float[] w = outW[k];
            for (int j = 0; j < outputs; j++) {
                z[j] += hk * w[j];
            }
        }
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < outputs; j++) {
            max = Math.max(max, z[j]);
        }
        double sum = 0;
        for (int j = 0; j < outputs; j++) {
            double e = Math.exp(z[j] - max);
            z[j] = (float) e;
            sum += e;
        }
        for (int j = 0; j < outputs; j++) {
            z[j] = (float) (z[j] / sum);
        }
    }

    /** Adds one sample's gradient (from the workspace's output delta, dL/dlogits) to the gradient arrays. */
    private void backward(Workspace work, int[] sequences, int offset, int length) {
        final int n = units;
        final int g4 = gates;
        final float[][] gateActivations = work.gateActivations;
        final float[][] cellStates = work.cellStates;
        final float[][] cellTanh = work.cellTanh;
        final float[][] hiddenStates = work.hiddenStates;
        final float[] dh = work.hiddenDelta;
        final float[] carry = work.cellCarry;
        final float[] dz = work.gateDelta;
        final float[] delta = work.outputDelta;
        final float[] dInputs = work.inputDelta;
        final float[] dForgets = work.forgetDelta;
        final float[] dOuts = work.outDelta;
        final float[] dModulations = work.modulationDelta;

        final float[] last = hiddenStates[length - 1];
        for (int j = 0; j < outputs; j++) {
            gradOutB[j] += delta[j];
        }
        for (int k = 0; k < n; k++) {
            float hk = last[k];
            final float[] w = gradOutW[k];
            for (int j = 0; j < outputs; j++) {
                w[j] += delta[j] * hk;
            }
        }
        Arrays.fill(dh, 0f);
        for (int j = 0; j < outputs; j++) {
            float d = delta[j];
            final float[] w = outByColumn[j];
            for (int k = 0; k < n; k++) {
                dh[k] += d * w[k];
            }
        }
        Arrays.fill(carry, 0f);
        for (int t = length - 1; t >= 0; t--) {
            final float[] act = gateActivations[t];
            final float[] squashedCells = cellTanh[t];
            if (t > 0) {
                final float[] previousCells = cellStates[t - 1];
                for (int j = 0; j < n; j++) {
                    float input = act[j];
                    float forget = act[n + j];
                    float out = act[2 * n + j];
                    float modulation = act[3 * n + j];
                    float squashed = squashedCells[j];
                    float dhj = dh[j];
                    float dOut = dhj * squashed * (out * (1f - out));
                    float dCell = (1f - squashed * squashed) * (out * dhj) + carry[j];
                    dForgets[j] = (forget * (1f - forget)) * dCell * previousCells[j];
                    dModulations[j] = (modulation * (1f - modulation)) * input * dCell;
                    dInputs[j] = (1f - input * input) * (modulation * dCell);
                    dOuts[j] = dOut;
                    carry[j] = forget * dCell;
                }
            } else {
                for (int j = 0; j < n; j++) {
                    float input = act[j];
                    float forget = act[n + j];
                    float out = act[2 * n + j];
                    float modulation = act[3 * n + j];
                    float squashed = squashedCells[j];
                    float dhj = dh[j];
                    float dOut = dhj * squashed * (out * (1f - out));
                    float dCell = (1f - squashed * squashed) * (out * dhj) + carry[j];
                    dForgets[j] = 0f;
                    dModulations[j] = (modulation * (1f - modulation)) * input * dCell;
                    dInputs[j] = (1f - input * input) * (modulation * dCell);
                    dOuts[j] = dOut;
                    carry[j] = forget * dCell;
                }
            }
            System.arraycopy(dInputs, 0, dz, 0, n);
            System.arraycopy(dForgets, 0, dz, n, n);
            System.arraycopy(dOuts, 0, dz, 2 * n, n);
            System.arraycopy(dModulations, 0, dz, 3 * n, n);
            final float[] row = gradInW[sequences[offset + t]];
            for (int c = 0; c < g4; c++) {
                row[c] += dz[c];
            }
            for (int c = 0; c < g4; c++) {
                gradLstmB[c] += dz[c];
            }
            if (t > 0) {
                final float[] previousHidden = hiddenStates[t - 1];
                for (int k = 0; k < n; k++) {
                    float hk = previousHidden[k];
                    final float[] rw = gradRecurrentW[k];
                    for (int c = 0; c < g4; c++) {
                        rw[c] += dz[c] * hk;
                    }
                }
                Arrays.fill(dh, 0f);
                for (int c = 0; c < g4; c++) {
                    float d = dz[c];
                    final float[] w = recurrentByColumn[c];
                    for (int k = 0; k < n; k++) {
                        dh[k] += d * w[k];
                    }
                }
            }
        }
    }

    /** Averages the gradient over the batch and applies the updater, then {@code params -= update}. */
    private void applyUpdate(int batchSize) {
        final float divisor = batchSize;
        for (int p = 0; p < layout.length; p++) {
            Block block = layout[p].block();
            float[][] value = values[p];
            float[][] gradient = gradients[p];
            float[][][] stateOf = state[p];
            switch (block.rule()) {
                case SGD -> {
                    float lr = (float) block.updater().getLearningRate(iteration, epoch);
                    for (int r = 0; r < value.length; r++) {
                        sgd(lr, divisor, value[r], gradient[r]);
                    }
                }
                case ADAM -> {
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
                    for (int r = 0; r < value.length; r++) {
                        adam(beta1, beta2, epsilon, epsilonT, divisor, value[r], gradient[r], stateOf[0][r],
                                stateOf[1][r]);
                    }
                }
                case RMSPROP -> {
                    RmsProp config = (RmsProp) block.updater();
                    float lr = (float) config.getLearningRate(iteration, epoch);
                    float decay = (float) config.getRmsDecay();
                    float epsilon = (float) config.getEpsilon();
                    for (int r = 0; r < value.length; r++) {
                        rmsProp(lr, decay, epsilon, divisor, value[r], gradient[r], stateOf[0][r]);
                    }
                }
                case NESTEROVS -> {
                    Nesterovs config = (Nesterovs) block.updater();
                    float lr = (float) config.getLearningRate(iteration, epoch);
                    float momentum = (float) config.currentMomentum(iteration, epoch);
                    for (int r = 0; r < value.length; r++) {
                        nesterovs(lr, momentum, divisor, value[r], gradient[r], stateOf[0][r]);
                    }
                }
                default -> throw new AssertionError(block.rule());
            }
        }
        iteration++;
        refreshColumnCopies();
    }

    // The update rules below are libnd4j's updater ops (sgd_updater, adam_updater, rms_prop_updater,
    // nesterovs_updater) for float arrays, applied to one row of a parameter array. Each takes the
    // summed gradient, divides it by the batch size, turns it into the update (left in the gradient
    // row) and subtracts that from the parameters: per parameter the same float operations as
    // dividing, updating and subtracting array by array.

    private static void sgd(float lr, float divisor, float[] p, float[] g) {
        for (int i = 0; i < p.length; i++) {
            float update = lr * (g[i] / divisor);
            g[i] = update;
            p[i] -= update;
        }
    }

    /** Adam with the step's bias correction folded into {@code scale} ({@code lr * sqrt(1 - beta2^t) / (1 - beta1^t)}). */
    private static void adam(float beta1, float beta2, float epsilon, float scale, float divisor, float[] p, float[] g,
                             float[] m, float[] v) {
        final float oneMinusBeta1 = 1f - beta1;
        final float oneMinusBeta2 = 1f - beta2;
        for (int i = 0; i < p.length; i++) {
            float grad = g[i] / divisor;
            float mean = beta1 * m[i] + grad * oneMinusBeta1;
            float variance = beta2 * v[i] + grad * grad * oneMinusBeta2;
            m[i] = mean;
            v[i] = variance;
            float update = (mean * scale) / ((float) Math.sqrt(variance) + epsilon);
            g[i] = update;
            p[i] -= update;
        }
    }

    private static void rmsProp(float lr, float decay, float epsilon, float divisor, float[] p, float[] g,
                                float[] mean) {
        final float oneMinusDecay = 1f - decay;
        for (int i = 0; i < p.length; i++) {
            float grad = g[i] / divisor;
            float squares = mean[i] * decay + grad * grad * oneMinusDecay;
            mean[i] = squares;
            float update = (lr * grad) / ((float) Math.sqrt(squares) + epsilon);
            g[i] = update;
            p[i] -= update;
        }
    }

    private static void nesterovs(float lr, float momentum, float divisor, float[] p, float[] g, float[] velocities) {
        final float momentumT = -momentum - 1f;
        for (int i = 0; i < p.length; i++) {
            float previous = momentum * velocities[i];
            float velocity = previous - lr * (g[i] / divisor);
            velocities[i] = velocity;
            float update = previous + momentumT * velocity;
            g[i] = update;
            p[i] -= update;
        }
    }

    private void refreshColumnCopies() {
        for (int k = 0; k < units; k++) {
            float[] row = recurrentW[k];
            for (int c = 0; c < gates; c++) {
                recurrentByColumn[c][k] = row[c];
            }
            float[] out = outW[k];
            for (int j = 0; j < outputs; j++) {
                outByColumn[j][k] = out[j];
            }
        }
    }

    static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + Math.exp(-x)));
    }

    /** tanh through the intrinsic exp; the series keeps full precision near zero. */
    static float tanh(float x) {
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
        return parameterCount;
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
        return flatten(values);
    }

    /** A copy of the optimizer state, in the updater state view layout. */
    float[] updaterState() {
        float[] flat = new float[stateLength];
        for (int p = 0; p < layout.length; p++) {
            Param param = layout[p];
            for (int copy = 0; copy < state[p].length; copy++) {
                for (int r = 0; r < param.rows(); r++) {
                    for (int c = 0; c < param.columns(); c++) {
                        flat[param.stateIndex(copy, r, c)] = state[p][copy][r][c];
                    }
                }
            }
        }
        return flat;
    }

    /**
     * A copy of the gradient of the last {@link #computeGradient} (or the update of the last
     * {@link #fit}), in {@code MultiLayerNetwork.params()} layout.
     */
    float[] gradient() {
        return flatten(gradients);
    }
}
