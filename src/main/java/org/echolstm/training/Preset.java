package org.echolstm.training;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;

/**
 * Ready-made lessons. {@link #DEFAULT} is the tuned setting: the notebook's task and network,
 * trained in batches of 32 with Adam at 0.01, which reaches 99 % held-out accuracy several
 * times faster in wall time than the notebook's batch-1 training (see README, "Defaults").
 */
public enum Preset {
    DEFAULT("Tuned default (10/25/7, batch 32)", EchoTask.NOTEBOOK, 25, 0.01, 32, StopRule.accuracy(0.99)),
    NOTEBOOK("Notebook (10/25/7, batch 1)", EchoTask.NOTEBOOK, 25, 0.001, 1, StopRule.samples(10_000)),
    BROWNLEE("Brownlee (5/10/2)", new EchoTask(5, 10, 2), 25, 0.01, 32, StopRule.accuracy(0.99)),
    /**
     * A long lag: the value 20 steps before the end of 30 must be kept through 20 more inputs. The
     * LSTM gets there in 22,500–87,000 samples (seeds 1–3); the plain RNN does not within 150,000.
     */
    LONG("Long lag: 20 steps back (30/8/9)", new EchoTask(30, 8, 9), 25, 0.01, 32,
            StopRule.accuracy(0.99));

    public static final long DEFAULT_SEED = 1;

    private final String displayName;
    private final EchoTask task;
    private final int units;
    private final double learningRate;
    private final int batchSize;
    private final StopRule stopRule;

    Preset(String displayName, EchoTask task, int units, double learningRate, int batchSize, StopRule stopRule) {
        this.displayName = displayName;
        this.task = task;
        this.units = units;
        this.learningRate = learningRate;
        this.batchSize = batchSize;
        this.stopRule = stopRule;
    }

    public String displayName() {
        return displayName;
    }

    public EchoTask task() {
        return task;
    }

    public ModelSettings modelSettings(long seed) {
        return new ModelSettings(units, Optimizer.ADAM, learningRate, seed);
    }

    public TrainingSettings trainingSettings() {
        return new TrainingSettings(batchSize, stopRule);
    }

    /**
     * The one merge of a preset with settings given beside it: each override present takes the
     * preset's place. The echo index not given is the preset's, moved inside a shorter sequence;
     * the seed not given is {@link #DEFAULT_SEED}; the stop rule is the preset's.
     *
     * @throws org.echolstm.echo.InvalidSettingException naming the first setting out of range (the
     *         task's, then the network's, then the batch size)
     */
    public LessonSettings with(Overrides overrides) {
        int taskLength = overrides.length().orElse(task.length());
        EchoTask mergedTask = new EchoTask(taskLength, overrides.features().orElse(task.features()),
                overrides.echoIndex().orElse(Math.min(task.echoIndex(), taskLength - 1)));
        ModelSettings base = modelSettings(overrides.seed().orElse(DEFAULT_SEED));
        ModelSettings model = new ModelSettings(overrides.units().orElse(base.units()),
                overrides.optimizer().orElse(base.optimizer()), overrides.learningRate().orElse(base.learningRate()),
                base.seed());
        return new LessonSettings(mergedTask, model,
                new TrainingSettings(overrides.batchSize().orElse(batchSize), stopRule));
    }

    @Override
    public String toString() {
        return displayName;
    }
}
