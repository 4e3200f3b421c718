package org.echolstm.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One piece of the window's work, handed to a {@link TaskExecutor}: what runs off the UI thread,
 * and what happens on the UI thread when it succeeds, fails, reports progress or is finished. A
 * task may hold the lesson while it runs ({@link #keepsBusy()}, {@link #isRun()}): the executor
 * counts it on submission and lets go once it ends, whichever way it ends, before its handlers run.
 *
 * <p>{@link #cancel()} asks the task to stop: work not started yet never runs, work that runs may
 * ask {@link #isCancelled()} and return early, and a cancelled task's success, failure and
 * progress handlers are skipped; {@link #onFinished} runs in every case.
 */
public final class BackgroundTask<T> {
    /** What a task holds while it runs. */
    public enum Hold {
        /** Nothing: the controls need not wait for it (a prediction, a sweep). */
        NOTHING,
        /** The lesson is busy: the controls wait for a single step, a file, a catch-up. */
        WORK,
        /** A training run: the window is not idle until its end has been handled. */
        RUN
    }

    /** Work that reports progress or asks whether it was cancelled through its own task. */
    @FunctionalInterface
    public interface Work<T> {
        T call(BackgroundTask<T> task) throws Exception;
    }

    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private BiConsumer<Long, Long> onProgress = (done, all) -> { };
    private Runnable onFinished = () -> { };
    private Hold hold = Hold.NOTHING;
    private volatile boolean cancelled;
    private volatile boolean finished;
    private volatile T result;
    private volatile Throwable failure;
    private TaskExecutor executor;
    private InFlight counted;

    private BackgroundTask(Work<T> work) {
        this.work = work;
    }

    /** A task of {@code work}. */
    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(task -> work.call());
    }

    /** A task whose work reports progress ({@link #updateProgress}) or checks {@link #isCancelled()}. */
    public static <T> BackgroundTask<T> reporting(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Runs on the UI thread with the work's result, unless the task was cancelled. */
    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = handler;
        return this;
    }

    /** Runs on the UI thread when the work threw, unless the task was cancelled. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    /** Runs on the UI thread with each {@link #updateProgress} the work reports, until it is cancelled. */
    public BackgroundTask<T> onProgress(BiConsumer<Long, Long> handler) {
        this.onProgress = handler;
        return this;
    }

    /** Runs on the UI thread once the task has ended: after success, failure or cancellation. */
    public BackgroundTask<T> onFinished(Runnable handler) {
        this.onFinished = handler;
        return this;
    }

    /** The lesson is busy while this task runs: the controls wait for it. */
    public BackgroundTask<T> keepsBusy() {
        this.hold = Hold.WORK;
        return this;
    }

    /** This task is a training run: the window is not idle until its end has been handled. */
    public BackgroundTask<T> isRun() {
        this.hold = Hold.RUN;
        return this;
    }

    public Hold hold() {
        return hold;
    }

    /** Asks the task to stop; its success, failure and progress handlers will not run. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Whether the task has ended and its handlers have run. */
    public boolean isFinished() {
        return finished;
    }

    /** Called by the work, on its own thread: {@code done} of {@code all}; reported on the UI thread. */
    public void updateProgress(long done, long all) {
        TaskExecutor on = executor;
        if (on != null && !cancelled) {
            on.onUiThread(() -> {
                if (!cancelled) {
                    onProgress.accept(done, all);
                }
            });
        }
    }

    // ---- for executors ------------------------------------------------------------------------

    /** Counts the task in {@code inFlight} (on the UI thread, as it is submitted). */
    void submitted(TaskExecutor by, InFlight inFlight) {
        this.executor = by;
        this.counted = inFlight;
        inFlight.hold(hold);
    }

    /** Runs the work on the lane's thread, unless the task was cancelled first; keeps its result or failure. */
    public void runWork() {
        if (cancelled) {
            return;
        }
        try {
            result = work.call(this);
        } catch (Exception | Error e) {
            failure = e;
        }
    }

    /** Whether the work threw. */
    public boolean failed() {
        return failure != null;
    }

    /**
     * On the UI thread once the work has run (or will never run): lets go of what the task held,
     * then runs its success or failure handler unless it was cancelled, then its finished handler.
     * {@code quietly} skips the success and failure handlers (the window is closing).
     */
    public void finish(boolean quietly) {
        if (finished) {
            return;
        }
        finished = true;
        if (counted != null) {
            counted.release(hold);
        }
        try {
            if (!cancelled && !quietly) {
                if (failure != null) {
                    onFailure.accept(failure);
                } else {
                    onSuccess.accept(result);
                }
            }
        } finally {
            onFinished.run();
        }
    }
}
