package org.echolstm.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where the window's work runs. A long training run goes to the training lane, everything else that
 * must not block the window (predictions, single steps, files) to the background lane; results come
 * back on the UI thread. The window uses {@link FxTaskExecutor}; view-model tests use
 * {@link DirectTaskExecutor}, which runs everything at once on the calling thread.
 */
public interface TaskExecutor {

    /** Runs {@code work} on the background lane, then {@code onSuccess} or {@code onFailure} on the UI thread. */
    <T> void background(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs a long {@code work} (a training run) on the training lane; results on the UI thread. */
    <T> void training(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs a long experiment (a sweep of many runs) where it holds up neither training nor files;
     * results on the UI thread. By default on the background lane.
     */
    default <T> void experiment(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        background(work, onSuccess, onFailure);
    }

    /**
     * Runs file work (open, save, autosave, export) where a slow disk or the numerics library
     * loading for the first file holds up none of the panels' questions; results on the UI thread.
     * By default on the background lane.
     */
    default <T> void files(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        background(work, onSuccess, onFailure);
    }

    /** Runs {@code action} on the UI thread: now when already there, else as soon as possible. */
    void onUiThread(Runnable action);

    /** Stops both lanes (interrupting what runs) and waits briefly for them to end. */
    void shutdown();

    /** Whether both lanes have ended after {@link #shutdown()}. */
    boolean isShutDown();
}
