package org.echolstm.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where the window's work runs. A long training run goes to the training lane, everything else that
 * must not block the window (predictions, single steps) to the background lane, files and
 * experiments to lanes of their own; results come back on the UI thread. The window uses
 * {@link FxTaskExecutor}; view-model tests use {@link DirectTaskExecutor}, which runs everything at
 * once on the calling thread.
 *
 * <p>Work is a {@link BackgroundTask}. A task that holds the lesson (busy, or a training run) is
 * counted in {@link #inFlight()} from its submission until it ends, whichever way it ends: callers
 * never balance the counts themselves. An implementation only places the work on its threads:
 * {@link BackgroundTask#runWork()} on the lane, then {@link BackgroundTask#finish} on the UI thread.
 */
public interface TaskExecutor {

    /** The lanes work runs on. */
    enum Lane {
        /** A long training run. */
        TRAINING,
        /** Predictions, single steps and whatever else must not block the window. */
        BACKGROUND,
        /** Open, save, autosave, export: where a slow disk holds up none of the panels' questions. */
        FILES,
        /** A long experiment (a sweep of many runs), holding up neither training nor files. */
        EXPERIMENT
    }

    /** The tasks in flight that hold the lesson, counted on the UI thread. */
    InFlight inFlight();

    /**
     * Runs {@code task}'s work on {@code lane}, then its handlers on the UI thread. Called on the UI
     * thread; the task counts as in flight at once.
     */
    default <T> BackgroundTask<T> submit(Lane lane, BackgroundTask<T> task) {
        task.submitted(this, inFlight());
        execute(lane, task);
        return task;
    }

    /**
     * Places a submitted task on its threads: {@link BackgroundTask#runWork()} on {@code lane}, then
     * {@link BackgroundTask#finish} on the UI thread, also when the lane refuses it.
     */
    void execute(Lane lane, BackgroundTask<?> task);

    /** Runs {@code work} on the background lane, then {@code onSuccess} or {@code onFailure} on the UI thread. */
    default <T> void background(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(Lane.BACKGROUND, BackgroundTask.of(work).onSuccess(onSuccess).onFailure(onFailure));
    }

    /** Runs a long {@code work} (a training run) on the training lane; results on the UI thread. */
    default <T> void training(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(Lane.TRAINING, BackgroundTask.of(work).onSuccess(onSuccess).onFailure(onFailure));
    }

    /** Runs a long experiment (a sweep of many runs) on the experiment lane; results on the UI thread. */
    default <T> void experiment(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(Lane.EXPERIMENT, BackgroundTask.of(work).onSuccess(onSuccess).onFailure(onFailure));
    }

    /** Runs file work (open, save, autosave, export) on the files lane; results on the UI thread. */
    default <T> void files(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(Lane.FILES, BackgroundTask.of(work).onSuccess(onSuccess).onFailure(onFailure));
    }

    /** Runs {@code action} on the UI thread: now when already there, else as soon as possible. */
    void onUiThread(Runnable action);

    /** Stops the lanes (interrupting what runs) and waits briefly for them to end. */
    void shutdown();

    /** Whether the lanes have ended after {@link #shutdown()}. */
    boolean isShutDown();
}
