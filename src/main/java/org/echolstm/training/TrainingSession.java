package org.echolstm.training;

import org.echolstm.echo.SampleBlock;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.EchoModel;
import org.echolstm.model.Prediction;
import org.echolstm.model.StepResult;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The one training loop of the application: trains a model on fresh samples until its stop rule,
 * with pause, resume, single steps and stop callable from any thread.
 *
 * <p>{@link #run()} trains on the calling thread (a background thread in the window, the main
 * thread on the command line). All model access goes through one lock, so a step, a prediction
 * or a snapshot never sees a half-updated model. The sample stream is seeded with the model's
 * seed and positioned after the samples it has already seen, so training that is saved and
 * continued draws the same samples as training that never stopped.
 */
public final class TrainingSession implements ModelAccess {
    /** Training samples over which the moving training accuracy is taken. */
    public static final int TRAIN_ACCURACY_WINDOW = 1000;
    /** Samples a continued model's training-accuracy window needs before the figure is shown. */
    static final int RESTORED_WINDOW_MINIMUM = 250;

    private final EchoModel model;
    private final TrainingSettings settings;
    private final SequenceGenerator generator;
    private final SampleBlock heldOut;
    /** The samples of the current step, refilled every step. */
    private final SampleBlock batch;
    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();

    // Fair: a step releases and takes it again at once, which would starve the window's questions while a run lasts.
    private final ReentrantLock modelLock = new ReentrantLock(true);
    /** Steps between checkpoints of the weights, kept to go back to when training diverges. */
    private static final int CHECKPOINT_EVERY_STEPS = 16;
    private EchoModel.Checkpoint lastGood;
    // Guarded by modelLock: the running metrics.
    private long steps;
    private final RecentAccuracy recentAccuracy;
    private OptionalDouble heldOutAccuracy = OptionalDouble.empty();
    private final EvaluationSchedule evaluations;
    private final RunningFigures figures;
    /** While a run goes on: when the time counted so far ends (0 while paused or not running). */
    private volatile long wallMark;

    private final Object control = new Object();
    // Guarded by control.
    private TrainingState state = TrainingState.READY;
    private boolean pauseRequested;
    private boolean stopRequested;
    private boolean begun;
    private volatile TrainingFigures latest;
    private volatile long minStepNanos;

    public TrainingSession(EchoModel model, TrainingSettings settings) {
        this.model = Objects.requireNonNull(model);
        this.settings = Objects.requireNonNull(settings);
        TrainingCost.requireFeasible(model.task(), model.settings().units(), settings);
        long seed = model.settings().seed();
        this.generator = new SequenceGenerator(model.task(), seed);
        generator.skip(model.samplesTrained());
        this.heldOut = HeldOutSet.of(model.task(), seed, settings.evalSamples());
        this.batch = new SampleBlock(model.task());
        this.evaluations = new EvaluationSchedule(settings, model.samplesTrained());
        this.recentAccuracy = new RecentAccuracy(TRAIN_ACCURACY_WINDOW, model.samplesTrained() > 0,
                RESTORED_WINDOW_MINIMUM);
        this.figures = new RunningFigures(settings.batchSize(), model.samplesTrained());
    }

    public TrainingSettings settings() {
        return settings;
    }

    public void addListener(TrainingListener listener) {
        listeners.add(listener);
    }

    public void removeListener(TrainingListener listener) {
        listeners.remove(listener);
    }

    public TrainingState state() {
        synchronized (control) {
            return state;
        }
    }

    /** The latest metrics, or a snapshot of the untrained state. */
    public TrainingFigures latest() {
        TrainingFigures snapshot = latest;
        return snapshot != null ? snapshot : withModel(m -> snapshot(false));
    }

    /**
     * Trains until the stop rule holds or {@link #stop()} is called, honouring pauses. Returns why
     * it ended. Calling it again after it ended continues training the same model.
     */
    public StopReason run() {
        synchronized (control) {
            if (begun) {
                begun = false;
            } else {
                requireNotRunning();
                setState(TrainingState.RUNNING);
            }
        }
        StopReason reason;
        try {
            reason = loop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reason = StopReason.STOPPED;
        } catch (RuntimeException | Error e) {
            finish();
            throw e;
        }
        finish();
        return reason;
    }

    /**
     * Marks the session running now, before {@link #run()} starts on another thread: whoever
     * watches the state sees the run at once, and a second start is refused. A stop requested in
     * between still counts.
     */
    public void begin() {
        synchronized (control) {
            requireNotRunning();
            setState(TrainingState.RUNNING);
            begun = true;
        }
    }

    private void requireNotRunning() {
        if (state == TrainingState.RUNNING || state == TrainingState.PAUSED) {
            throw new IllegalStateException("this session is already running");
        }
    }

    private StopReason loop() throws InterruptedException {
        wallMark = System.nanoTime();
        while (true) {
            synchronized (control) {
                if (pauseRequested && !stopRequested) {
                    wallMark = 0; // a pause is not training time
                }
                while (pauseRequested && !stopRequested) {
                    setState(TrainingState.PAUSED);
                    control.notifyAll(); // for pauseNow()
                    control.wait();
                }
                if (wallMark == 0) {
                    wallMark = System.nanoTime();
                }
                if (stopRequested) {
                    return StopReason.STOPPED;
                }
                setState(TrainingState.RUNNING);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            long stepStart = System.nanoTime();
            Optional<StopReason> reason = settings.stopRule().reasonAfter(trainOneBatch());
            if (reason.isPresent()) {
                return reason.get();
            }
            slowDown(stepStart);
        }
    }

    /** At a set pace, waits out the rest of the step's time slot; pause and stop still act at once. */
    private void slowDown(long stepStart) throws InterruptedException {
        long slot = minStepNanos;
        if (slot <= 0) {
            return;
        }
        synchronized (control) {
            long remaining;
            while (!stopRequested && !pauseRequested
                    && (remaining = stepStart + slot - System.nanoTime()) > 0 && minStepNanos == slot) {
                TimeUnit.NANOSECONDS.timedWait(control, remaining);
            }
        }
    }

    /**
     * Limits the pace of a run to {@code stepsPerSecond} (for watching one step at a time);
     * 0 or less means full speed. Takes effect at once, even in the middle of a wait.
     */
    public void setPace(double stepsPerSecond) {
        synchronized (control) {
            minStepNanos = stepsPerSecond > 0 ? (long) (1e9 / stepsPerSecond) : 0;
            control.notifyAll();
        }
    }

    private void finish() {
        wallMark = 0;
        synchronized (control) {
            begun = false;
            pauseRequested = false;
            stopRequested = false;
            setState(TrainingState.FINISHED);
        }
    }

    /** Pauses a running session after its current step. */
    public void pause() {
        synchronized (control) {
            pauseRequested = true;
        }
    }

    /**
     * Pauses a running session and waits (briefly: a step takes milliseconds) until it has; returns
     * the metrics it paused at, which no step changes until {@link #resume()}.
     */
    public TrainingFigures pauseNow() {
        synchronized (control) {
            if (state == TrainingState.RUNNING) {
                pauseRequested = true;
                control.notifyAll();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                try {
                    long left;
                    while (state == TrainingState.RUNNING && (left = deadline - System.nanoTime()) > 0) {
                        TimeUnit.NANOSECONDS.timedWait(control, left);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return latest();
    }

    public void resume() {
        synchronized (control) {
            pauseRequested = false;
            control.notifyAll();
        }
    }

    /**
     * Ends a run after its current step (promptly: a step takes milliseconds). Called before the
     * run begins, the run ends at once.
     */
    public void stop() {
        synchronized (control) {
            stopRequested = true;
            control.notifyAll();
        }
    }

    /** Trains exactly one batch now; for a session that is not running (ready, paused or finished). */
    public TrainingFigures step() {
        synchronized (control) {
            if (state == TrainingState.RUNNING && !pauseRequested) {
                throw new IllegalStateException("pause the session before stepping");
            }
        }
        return trainOneBatch();
    }

    private TrainingFigures trainOneBatch() {
        EngineWarmup.stop();
        TrainingFigures snapshot;
        modelLock.lock();
        try {
            long start = System.nanoTime();
            generator.fill(batch, settings.batchSizeAt(model.samplesTrained()));
            if (lastGood == null || steps % CHECKPOINT_EVERY_STEPS == 0) {
                lastGood = model.checkpoint(lastGood);
            }
            StepResult result = model.fit(batch);
            if (!Double.isFinite(result.loss())) {
                // Diverged: go back to the last weights known to give a finite loss.
                model.restore(lastGood);
            }
            steps++;
            figures.recordLoss(result.loss());
            recentAccuracy.record(result);
            boolean evaluated = false;
            if (evaluations.due(model.samplesTrained())) {
                double accuracy = heldOutAccuracy(model);
                heldOutAccuracy = OptionalDouble.of(accuracy);
                evaluations.measured(model.samplesTrained(), accuracy);
                evaluated = true;
            }
            long end = System.nanoTime();
            // While a run goes on, elapsed is wall time (a slowed pace counts); a single step counts itself.
            long mark = wallMark;
            figures.trained(end - (mark != 0 ? mark : start), model.samplesTrained());
            if (mark != 0) {
                wallMark = end;
            }
            snapshot = snapshot(evaluated);
            latest = snapshot;
        } finally {
            modelLock.unlock();
        }
        for (TrainingListener listener : listeners) {
            listener.onBatch(batch);
            listener.onStep(snapshot);
        }
        return snapshot;
    }

    /** The share of the held-out samples the model predicts right. */
    private double heldOutAccuracy(EchoModel m) {
        return Evaluation.of(m, heldOut).accuracy();
    }

    private TrainingFigures snapshot(boolean heldOutFresh) {
        TrainingState current;
        synchronized (control) {
            current = state;
        }
        return new TrainingFigures(current, model.samplesTrained(), steps, figures.lastLoss(), figures.smoothedLoss(),
                recentAccuracy.accuracy(), heldOutAccuracy, heldOutFresh, figures.samplesPerSecond(),
                figures.averageSamplesPerSecond(model.samplesTrained()), figures.trainingNanos());
    }

    private void setState(TrainingState newState) {
        // Called with the control monitor held; listeners only record the state.
        if (state != newState) {
            state = newState;
            for (TrainingListener listener : listeners) {
                listener.onStateChanged(newState);
            }
        }
    }

    /** Runs {@code action} on the model while no step can change it. */
    public <T> T withModel(Function<EchoModel, T> action) {
        modelLock.lock();
        try {
            return action.apply(model);
        } finally {
            modelLock.unlock();
        }
    }

    public Prediction predict(int[] sequence) {
        return withModel(m -> m.predict(sequence));
    }

    /**
     * Accuracy on the session's held-out set right now; {@link #latest()} carries it from now on,
     * and the listeners hear of it (the held-out curve gets the point).
     */
    public double evaluateHeldOut() {
        return measured(false).heldOutAccuracy();
    }

    /**
     * The model's parameters as they are now, with the held-out accuracy measured on them (the
     * session's figure from now on, as {@link #evaluateHeldOut()}); {@code marked} for a moment the
     * user marked.
     */
    public Snapshot measured(boolean marked) {
        Snapshot moment = withModel(m -> {
            double accuracy = heldOutAccuracy(m);
            heldOutAccuracy = OptionalDouble.of(accuracy);
            latest = snapshot(true);
            return new Snapshot(m.samplesTrained(), accuracy, marked, m.parameters());
        });
        TrainingFigures now = latest;
        for (TrainingListener listener : listeners) {
            listener.onHeldOut(now);
        }
        return moment;
    }

    /** A consistent copy of the model (parameters and optimizer state), taken between two steps. */
    public EchoModel modelCopy() {
        return withModel(EchoModel::copy);
    }
}
