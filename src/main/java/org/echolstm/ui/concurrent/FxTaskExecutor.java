package org.echolstm.ui.concurrent;

import javafx.application.Platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/** Four owned daemon threads, "training", "background", "files" and "experiments"; results return through the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService trainingLane = Executors.newSingleThreadExecutor(named("training"));
    private final ExecutorService backgroundLane = Executors.newSingleThreadExecutor(named("background"));
    private final ExecutorService filesLane = Executors.newSingleThreadExecutor(named("files"));
    private final ExecutorService experimentLane = Executors.newSingleThreadExecutor(named("experiments"));

    private final InFlight inFlight = new InFlight();

    @Override
    public InFlight inFlight() {
        return inFlight;
    }

    @Override
    public void execute(Lane lane, BackgroundTask<?> task) {
        ExecutorService service = switch (lane) {
            case TRAINING -> trainingLane;
            case BACKGROUND -> backgroundLane;
            case FILES -> filesLane;
            case EXPERIMENT -> experimentLane;
        };
        try {
            service.execute(() -> {
                task.runWork();
                // Interrupted as the window closes, a task's failure is no news to anyone.
                boolean quietly = task.failed() && service.isShutdown();
                Platform.runLater(() -> task.finish(quietly));
            });
        } catch (RejectedExecutionException e) {
            // The window is closing: nothing more runs, and what the task held is let go.
            onUiThread(() -> task.finish(true));
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
