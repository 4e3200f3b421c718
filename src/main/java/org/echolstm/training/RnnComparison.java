package org.echolstm.training;

import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SampleBlock;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.InputGradients;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.PlainRnn;
import org.echolstm.model.StepResult;

import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Trains a plain recurrent network beside a session's LSTM on exactly the same batches (attach
 * it to the session as a listener), with its own curves, measured like the LSTM's on the same
 * held-out samples. It runs on the engine's {@link PlainRnn}, as the experiments' sweeps do: DL4J's
 * own {@code SimpleRnn} took about 10 ms a batch, so training with the comparison on went some 50
 * times slower, and it loaded ND4J's native library before any file was opened. Started after
 * the LSTM has trained, it first {@link #catchUp catches up} on the samples the LSTM has seen.
 */
public final class RnnComparison implements TrainingListener {
    private final PlainRnn rnn;
    private final EchoTask task;
    private final long seed;
    private final SampleBlock heldOut;
    private final int evalEvery;
    private final MetricHistory history = new MetricHistory(500);
    private final long startSamples;
    private long samples;
    private long steps;
    private long nextEvaluation;
    private double smoothedLoss = Double.NaN;
    private OptionalDouble heldOutAccuracy = OptionalDouble.empty();
    private long batchesSeen;

    public RnnComparison(EchoTask task, ModelSettings settings, TrainingSettings training, long startSamples) {
        this.rnn = new PlainRnn(task, settings);
        this.task = task;
        this.seed = settings.seed();
        this.heldOut = HeldOutSet.of(task, settings.seed(), training.evalSamples());
        this.evalEvery = training.evalEvery();
        this.samples = startSamples;
        this.startSamples = startSamples;
        this.nextEvaluation = startSamples + evalEvery;
    }

    @Override
    public synchronized void onBatch(SampleBlock block) {
        StepResult result = rnn.fit(block);
        samples += block.size();
        steps++;
        batchesSeen++;
        smoothedLoss = Double.isNaN(smoothedLoss) ? result.loss() : smoothedLoss + 0.05 * (result.loss() - smoothedLoss);
        boolean evaluated = false;
        if (samples >= nextEvaluation) {
            heldOutAccuracy = OptionalDouble.of(heldOutAccuracyNow());
            while (nextEvaluation <= samples) {
                nextEvaluation += evalEvery;
            }
            evaluated = true;
        }
        history.onStep(new TrainingFigures(TrainingState.RUNNING, samples, steps, result.loss(), smoothedLoss,
                (double) result.correct() / result.size(), heldOutAccuracy, evaluated, 0, 0, 0));
    }

    @Override
    public void onStep(TrainingFigures snapshot) {
        // The LSTM's own metrics; the comparison follows the batches.
    }

    /**
     * Trains on the samples a session of this task and seed has drawn, from where this network is
     * up to {@code upTo} (what the LSTM has seen), in batches of {@code batchSize}, as if it had
     * trained beside it; {@code progress} hears the samples done now and then. Stops early when
     * {@code cancelled} says so; returns the samples trained on in all.
     */
    public long catchUp(long upTo, int batchSize, BooleanSupplier cancelled, LongConsumer progress) {
        SequenceGenerator generator = new SequenceGenerator(task, seed);
        long done = samples();
        generator.skip(done);
        SampleBlock block = new SampleBlock(task);
        long every = Math.max(batchSize, upTo / 100);
        long reported = done;
        while (done < upTo && !cancelled.getAsBoolean()) {
            generator.fill(block, (int) Math.min(batchSize, upTo - done));
            onBatch(block);
            done = samples();
            if (done - reported >= every || done == upTo) {
                reported = done;
                progress.accept(done);
            }
        }
        return done;
    }

    /** Samples trained on so far (counting those before the comparison began, when it began beside a trained LSTM). */
    public synchronized long samples() {
        return samples;
    }

    /** The plain network's curves. */
    public MetricHistory history() {
        return history;
    }

    public synchronized long batchesSeen() {
        return batchesSeen;
    }

    /** The plain network's input gradient as trained so far, and after how many samples. */
    public synchronized TrainedGradient inputGradient() {
        return new TrainedGradient(rnn.inputGradient(), samples - startSamples);
    }

    /** A plain network's input gradient and the samples it was trained on beside the LSTM. */
    public record TrainedGradient(InputGradients gradient, long samplesTrained) {
    }

    public synchronized double evaluateHeldOut() {
        return heldOutAccuracyNow();
    }

    private double heldOutAccuracyNow() {
        return Evaluation.of(rnn, heldOut).accuracy();
    }
}
