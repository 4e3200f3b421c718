package org.echolstm.ui.concurrent;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Four owned daemon threads, "training", "background", "files" and "experiments"; results return through the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService trainingLane = Executors.newSingleThreadExecutor(named("training"));
    private final ExecutorService backgroundLane = Executors.newSingleThreadExecutor(named("background"));
    private final ExecutorService filesLane = Executors.newSingleThreadExecutor(named("files"));
    private final ExecutorService experimentLane = Executors.newSingleThreadExecutor(named("experiments"));

    @Override
    public <T> void background(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(backgroundLane, work, onSuccess, onFailure);
    }

    @Override
    public <T> void training(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(trainingLane, work, onSuccess, onFailure);
    }

    @Override
    public <T> void files(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(filesLane, work, onSuccess, onFailure);
    }

    @Override
    public <T> void experiment(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(experimentLane, work, onSuccess, onFailure);
    }

    private <T> void submit(ExecutorService lane, Callable<T> work, Consumer<T> onSuccess,
                            Consumer<Throwable> onFailure) {
        try {
            lane.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Exception | Error e) {
                    if (!lane.isShutdown()) {
                        Platform.runLater(() -> onFailure.accept(e));
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            // The window is closing: nothing more runs.
        }
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void shutdown() {
        trainingLane.shutdownNow();
        backgroundLane.shutdownNow();
        filesLane.shutdownNow();
        experimentLane.shutdownNow();
        try {
            trainingLane.awaitTermination(2, TimeUnit.SECONDS);
            backgroundLane.awaitTermination(1, TimeUnit.SECONDS);
            filesLane.awaitTermination(2, TimeUnit.SECONDS);
            experimentLane.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isShutDown() {
        return trainingLane.isTerminated() && backgroundLane.isTerminated() && filesLane.isTerminated()
                && experimentLane.isTerminated();
    }

    private static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
