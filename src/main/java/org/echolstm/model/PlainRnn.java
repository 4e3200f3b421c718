package org.echolstm.model;

import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SampleBlock;
import org.echolstm.model.engine.RnnKernel;

/**
 * The plain recurrent network of {@link SimpleRnnModel} (same layers, initialisation scheme,
 * optimizer and loss) on the engine's {@link RnnKernel} instead of DL4J: many times faster, for
 * sweeps that train dozens of them. Not thread-safe.
 */
public final class PlainRnn {
    private final EchoTask task;
    private final RnnKernel kernel;
    private long samplesTrained;

    public PlainRnn(EchoTask task, ModelSettings settings) {
        this.task = task;
        this.kernel = new RnnKernel(task.features(), settings.units(), task.features(),
                settings.optimizer().updater(settings.learningRate()), settings.seed());
    }

    /** The kernel itself, for comparing it with DL4J's network. */
    RnnKernel kernel() {
        return kernel;
    }

    public EchoTask task() {
        return task;
    }

    public long samplesTrained() {
        return samplesTrained;
    }

    /** One gradient step on the block's samples; loss and correct answers as they were before it. */
    public StepResult fit(SampleBlock block) {
        checkTask(block);
        double loss = kernel.fit(block.sequences(), task.length(), block.targets(), block.size());
        samplesTrained += block.size();
        return new StepResult(loss, kernel.correctInLastBatch(), block.size());
    }

    /** How many samples of {@code block} the network predicts right. */
    public int countCorrect(SampleBlock block) {
        checkTask(block);
        return kernel.countCorrect(block.sequences(), task.length(), block.targets(), block.size());
    }

    private void checkTask(SampleBlock block) {
        if (!block.task().equals(task)) {
            throw new IllegalArgumentException("samples of task " + block.task() + " for a network of task " + task);
        }
    }
}
