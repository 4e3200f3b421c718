package org.echolstm.model;

import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoSample;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.OneHot;
import org.echolstm.echo.SampleBlock;
import org.echolstm.model.dl4j.Dl4jConversion;
import org.echolstm.model.engine.FreshEngine;
import org.echolstm.model.engine.LstmEngine;
import org.echolstm.model.engine.LstmKernel;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A trained (or training) network together with the task it solves. Not thread-safe: the
 * training session owns it and hands out {@link #copy() copies}.
 *
 * <p>Training and prediction run on {@link LstmEngine}, which computes exactly what DL4J would
 * without its per-operation overhead. The DL4J network is the form of files and export: it is
 * built only when first asked for (a new model trains without loading DL4J's native library), and
 * {@link #network()} brings it up to date with the engine whenever it is asked for.
 */
public final class EchoModel {
    private final EchoTask task;
    private final ModelSettings settings;
    /** Built on first use: the network of an opened file, or one made for {@link #network()}. */
    private MultiLayerNetwork network;
    private final LstmEngine engine;
    /** Whether the engine has trained since the network last received its state. */
    private boolean networkBehind;
    private long samplesTrained;

    /** A new model with fresh weights drawn from the settings' seed. */
    public EchoModel(EchoTask task, ModelSettings settings) {
        this(task, settings, FreshEngine.lstm(task.features(), settings.units(), task.features(),
                settings.optimizer().settings(settings.learningRate()), settings.seed()), 0);
    }

    private EchoModel(EchoTask task, ModelSettings settings, LstmEngine engine, long samplesTrained) {
        this.task = task;
        this.settings = settings;
        this.engine = engine;
        this.samplesTrained = samplesTrained;
        this.networkBehind = true;
    }

    /**
     * A model continuing from {@code network}: its parameters, optimizer state and iteration count.
     *
     * @throws IllegalArgumentException if the network is not this application's architecture for
     *                                  the task and settings
     */
    EchoModel(EchoTask task, ModelSettings settings, MultiLayerNetwork network, long samplesTrained) {
        this.task = task;
        this.settings = settings;
        this.network = network;
        this.engine = Dl4jConversion.engineOf(network);
        if (engine.inputs() != task.features() || engine.outputs() != task.features()
                || engine.units() != settings.units()) {
            throw new IllegalArgumentException("the network's layer sizes do not match the task and settings");
        }
        this.samplesTrained = samplesTrained;
    }

    public EchoTask task() {
        return task;
    }

    public ModelSettings settings() {
        return settings;
    }

    /**
     * The DL4J network, holding the current parameters, optimizer state and iteration count: the
     * product's source of truth for parameters and file format. Read it (save it, export it, clone
     * it); changes made to it are not seen by this model.
     */
    public MultiLayerNetwork network() {
        if (network == null) {
            network = EchoNetworkFactory.build(task, settings);
            networkBehind = true;
        }
        if (networkBehind) {
            Dl4jConversion.writeInto(engine, network);
            networkBehind = false;
        }
        return network;
    }

    public long samplesTrained() {
        return samplesTrained;
    }

    public long parameterCount() {
        return engine.parameterCount();
    }

    /** How many threads a large training step or evaluation may use (by default as many as the machine has cores). */
    public int threads() {
        return engine.threads();
    }

    /** Sets how many threads a large step or evaluation may use; a given seed and thread count give the same curve. */
    public void useThreads(int count) {
        engine.useThreads(count);
    }

    /**
     * One gradient step on {@code batch}. Reports the batch's mean cross-entropy and how many
     * samples the model got right, both as they were before the step.
     */
    public StepResult fit(EchoBatch batch) {
        StepResult result = new StepResult(engine.fit(batch), engine.correctInLastBatch(), batch.size());
        networkBehind = true;
        samplesTrained += batch.size();
        return result;
    }

    /** {@link #fit(EchoBatch)} on the samples of a reused block: the same step, without a batch of objects. */
    public StepResult fit(SampleBlock block) {
        checkTask(block);
        double loss = engine.fit(block.sequences(), task.length(), block.targets(), block.size());
        StepResult result = new StepResult(loss, engine.correctInLastBatch(), block.size());
        networkBehind = true;
        samplesTrained += block.size();
        return result;
    }

    /**
     * How many samples of {@code block} the model predicts right (what {@link #predictedValues}
     * would count). Large blocks are split between the engine's threads; the count is the same
     * either way.
     */
    public int countCorrect(SampleBlock block) {
        checkTask(block);
        return engine.countCorrect(block.sequences(), task.length(), block.targets(), block.size());
    }

    private void checkTask(SampleBlock block) {
        if (!block.task().equals(task)) {
            throw new IllegalArgumentException("samples of task " + block.task() + " for a model of task " + task);
        }
    }

    /** Class probabilities, one row per sample. */
    public float[][] probabilities(EchoBatch batch) {
        return engine.probabilities(batch);
    }

    /** The predicted value for each sample. */
    public int[] predictedValues(EchoBatch batch) {
        return engine.predictedValues(batch);
    }

    public Prediction predict(int[] sequence) {
        task.requireValidSequence(sequence);
        EchoBatch batch = new EchoBatch(task, new EchoSample[] {new EchoSample(sequence, task.target(sequence))});
        float[] probabilities = probabilities(batch)[0];
        return new Prediction(sequence.clone(), OneHot.argmax(probabilities), task.target(sequence), probabilities);
    }

    /**
     * The size (Euclidean norm) of the last step's change to the weights: how far one step moved
     * the network. 0 before any step.
     */
    public double lastUpdateSize() {
        if (samplesTrained == 0) {
            return 0;
        }
        double sum = 0;
        for (float v : engine.gradient()) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum);
    }

    /** A saved state of a model's training (arrays only), to go back to with {@link #restore}. */
    public static final class Checkpoint {
        private final EchoModel owner;
        private final LstmEngine state;
        private long samplesTrained;

        private Checkpoint(EchoModel owner, LstmEngine state, long samplesTrained) {
            this.owner = owner;
            this.state = state;
            this.samplesTrained = samplesTrained;
        }

        public long samplesTrained() {
            return samplesTrained;
        }
    }

    public Checkpoint checkpoint() {
        return new Checkpoint(this, engine.copy(), samplesTrained);
    }

    /**
     * The current state saved into {@code reuse}, an earlier checkpoint of this model, in place (no
     * allocation), or into a new checkpoint when {@code reuse} is null.
     */
    public Checkpoint checkpoint(Checkpoint reuse) {
        if (reuse == null) {
            return checkpoint();
        }
        if (reuse.owner != this) {
            throw new IllegalArgumentException("the checkpoint is of another model");
        }
        reuse.state.restoreFrom(engine);
        reuse.samplesTrained = samplesTrained;
        return reuse;
    }

    /** Goes back to a checkpoint of this model: parameters, optimizer state and samples trained. */
    public void restore(Checkpoint checkpoint) {
        if (checkpoint.owner != this) {
            throw new IllegalArgumentException("the checkpoint is of another model");
        }
        engine.restoreFrom(checkpoint.state);
        samplesTrained = checkpoint.samplesTrained;
        networkBehind = true;
    }

    /** A copy of the parameters, flat in {@code MultiLayerNetwork.params()} layout (what the engine computes with). */
    public float[] parameters() {
        return engine.params();
    }

    /**
     * A fresh model of the task and settings holding {@code parameters} (in {@link #parameters()}
     * layout), as if trained on {@code samplesTrained} samples; its optimizer state starts fresh.
     * For looking at a moment of training kept as parameters only.
     */
    public static EchoModel withParameters(EchoTask task, ModelSettings settings, float[] parameters,
                                           long samplesTrained) {
        MultiLayerNetwork network = EchoNetworkFactory.build(task, settings);
        INDArray params = network.params();
        if (params.length() != parameters.length) {
            throw new IllegalArgumentException(parameters.length + " parameters for a network of " + params.length());
        }
        params.assign(Nd4j.createFromArray(parameters).reshape(params.shape()));
        return new EchoModel(task, settings, network, samplesTrained);
    }

    /** An independent copy with the same parameters and optimizer state. */
    public EchoModel copy() {
        if (network == null) {
            return new EchoModel(task, settings, engine.copy(), samplesTrained);
        }
        return new EchoModel(task, settings, network().clone(), samplesTrained);
    }

    /** The engine's kernel over a copy of the current parameters (for {@link LstmProbe}). */
    LstmKernel snapshotKernel() {
        return engine.snapshotKernel();
    }
}
