package org.echolstm.model;

import org.echolstm.echo.EchoTask;
import org.echolstm.echo.OneHot;
import org.echolstm.echo.SampleBlock;
import org.echolstm.model.engine.ForwardChanges;
import org.echolstm.model.engine.FreshEngine;
import org.echolstm.model.engine.LstmEngine;
import org.echolstm.model.engine.LstmKernel;

import java.util.Optional;

/**
 * A trained (or training) network together with the task it solves. Not thread-safe: the
 * training session owns it and hands out {@link #copy() copies}.
 *
 * <p>Training and prediction run on {@link LstmEngine}, which computes exactly what DL4J would
 * without its per-operation overhead; nothing here loads DL4J or ND4J. Files and exports see the
 * model through its {@link #engineState()} (and, for a model opened from a file, the network
 * configuration the file held): the DL4J network is made from these in {@code model.dl4j} when a
 * file is written.
 */
public final class EchoModel {
    private final EchoTask task;
    private final ModelSettings settings;
    private final LstmEngine engine;
    /** The network configuration (DL4J's JSON) of the file this model was opened from, to write it back as it came. */
    private final Optional<String> networkConfiguration;
    private long samplesTrained;

    /** A new model with fresh weights drawn from the settings' seed. */
    public EchoModel(EchoTask task, ModelSettings settings) {
        this(task, settings, FreshEngine.lstm(task.features(), settings.units(), task.features(),
                settings.optimizer().settings(settings.learningRate()), settings.seed()), 0, Optional.empty());
    }

    private EchoModel(EchoTask task, ModelSettings settings, LstmEngine engine, long samplesTrained,
                      Optional<String> networkConfiguration) {
        if (engine.inputs() != task.features() || engine.outputs() != task.features()
                || engine.units() != settings.units()) {
            throw new IllegalArgumentException("the network's layer sizes do not match the task and settings");
        }
        this.task = task;
        this.settings = settings;
        this.engine = engine;
        this.samplesTrained = samplesTrained;
        this.networkConfiguration = networkConfiguration;
    }

    /**
     * A model continuing from {@code engine} (its parameters, optimizer state and iteration count),
     * as a file holds it: for the file format ({@code model.dl4j}).
     *
     * @param networkConfiguration the file's network configuration (DL4J's JSON), to write back
     * @throws IllegalArgumentException if the engine's sizes do not match the task and settings
     */
    public static EchoModel restored(EchoTask task, ModelSettings settings, LstmEngine engine, long samplesTrained,
                                     String networkConfiguration) {
        return new EchoModel(task, settings, engine, samplesTrained, Optional.of(networkConfiguration));
    }

    public EchoTask task() {
        return task;
    }

    public ModelSettings settings() {
        return settings;
    }

    /** A copy of the engine's training state (parameters, optimizer state, counts), in DL4J's flat layouts. */
    public LstmEngine.State engineState() {
        return engine.state();
    }

    /** The network configuration (DL4J's JSON) of the file the model was opened from; empty for a new model. */
    public Optional<String> networkConfiguration() {
        return networkConfiguration;
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
     * One gradient step on the block's samples. Reports the batch's mean cross-entropy and how many
     * samples the model got right, both as they were before the step.
     */
    public StepResult fit(SampleBlock block) {
        checkTask(block);
        double loss = engine.fit(block.sequences(), task.length(), block.targets(), block.size());
        StepResult result = new StepResult(loss, engine.correctInLastBatch(), block.size());
        samplesTrained += block.size();
        return result;
    }

    /**
     * The predicted value (most probable class) of each sample of {@code block}. Large blocks are
     * split between the engine's threads; the answers are the same either way.
     */
    public int[] predictedValues(SampleBlock block) {
        checkTask(block);
        return engine.predictedValues(block.sequences(), task.length(), block.size(), ForwardChanges.NONE);
    }

    /** The same under {@code ablation} (a view: the model is not changed). */
    public int[] predictedValues(SampleBlock block, Ablation ablation) {
        checkTask(block);
        return engine.predictedValues(block.sequences(), task.length(), block.size(), ablation.forwardChanges());
    }

    private void checkTask(SampleBlock block) {
        if (!block.task().equals(task)) {
            throw new IllegalArgumentException("samples of task " + block.task() + " for a model of task " + task);
        }
    }

    public Prediction predict(int[] sequence) {
        task.requireValidSequence(sequence);
        float[] probabilities = engine.probabilities(sequence, task.length(), 1)[0];
        return new Prediction(sequence.clone(), OneHot.argmax(probabilities), task.target(sequence), probabilities);
    }

    /** The answer for {@code sequence} under {@code ablation} (the plain answer when nothing is ablated). */
    public Prediction predict(int[] sequence, Ablation ablation) {
        if (!ablation.active()) {
            return predict(sequence);
        }
        task.requireValidSequence(sequence);
        LstmTrace trace = new LstmProbe(this).ablated(ablation).trace(sequence);
        return new Prediction(sequence.clone(), trace.predicted(), task.target(sequence), trace.probabilities());
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
    }

    /**
     * A copy of the parameters as the five arrays DL4J names {@code 0_W}, {@code 0_RW}, {@code 0_b},
     * {@code 1_W}, {@code 1_b}, each {@code [row][column]} (a bias one row).
     */
    float[][][] parameterArrays() {
        return engine.parameterArrays();
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
        return new EchoModel(task, settings, FreshEngine.lstm(task.features(), settings.units(), task.features(),
                settings.optimizer().settings(settings.learningRate()), parameters), samplesTrained, Optional.empty());
    }

    /** An independent copy with the same parameters and optimizer state. */
    public EchoModel copy() {
        return new EchoModel(task, settings, engine.copy(), samplesTrained, networkConfiguration);
    }

    /** The engine's kernel over a copy of the current parameters (for {@link LstmProbe}). */
    LstmKernel copyKernel() {
        return engine.copyKernel();
    }
}
