package org.echolstm.model;

import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SampleBlock;
import org.echolstm.model.engine.FreshEngine;
import org.echolstm.model.engine.RnnInputGradient;
import org.echolstm.model.engine.RnnKernel;

/**
 * A plain recurrent network (no gates) of the same size, optimizer and output as the LSTM, for
 * comparison: it has no cell to keep a value in, so long echoes defeat it. It computes what DL4J's
 * {@code SimpleRnn} with a softmax output layer computes (same initialisation scheme, optimizer and
 * loss; checked against it in a test) on the engine's {@link RnnKernel}: many times faster, for the
 * window's comparison and for sweeps that train dozens. Not thread-safe.
 */
public final class PlainRnn {
    private final EchoTask task;
    private final RnnKernel kernel;
    private long samplesTrained;

    public PlainRnn(EchoTask task, ModelSettings settings) {
        this.task = task;
        this.kernel = FreshEngine.plainRnn(task.features(), settings.units(), task.features(),
                settings.optimizer().settings(settings.learningRate()), settings.seed());
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

    /** The loss gradient with respect to each step's input, for the weights as they are now (copied, in double precision). */
    public InputGradients inputGradient() {
        return new InputGradients(new RnnInputGradient(doubles(RnnKernel.Part.W), doubles(RnnKernel.Part.RW),
                doubles(RnnKernel.Part.B)[0], doubles(RnnKernel.Part.OUTPUT_W), doubles(RnnKernel.Part.OUTPUT_B)[0]));
    }

    private double[][] doubles(RnnKernel.Part part) {
        float[][] weights = kernel.parameter(part);
        double[][] copy = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            copy[i] = new double[weights[i].length];
            for (int j = 0; j < weights[i].length; j++) {
                copy[i][j] = weights[i][j];
            }
        }
        return copy;
    }

    /** The predicted value of each sample of {@code block}. */
    public int[] predictedValues(SampleBlock block) {
        checkTask(block);
        return kernel.predictedValues(block.sequences(), task.length(), block.size());
    }

    private void checkTask(SampleBlock block) {
        if (!block.task().equals(task)) {
            throw new IllegalArgumentException("samples of task " + block.task() + " for a network of task " + task);
        }
    }
}
