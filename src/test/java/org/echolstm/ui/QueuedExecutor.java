package org.echolstm.ui;

import org.echolstm.ui.concurrent.TaskExecutor;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A training lane on a thread of its own, as in the window, and a "UI thread" that is the test's:
 * whatever the lanes hand back, and the background lane's work, waits in a queue until the test
 * runs it ({@link #runUntil}). A view-model test can so pause a run in the middle and look at the
 * window's state while it stays paused.
 */
public final class QueuedExecutor implements TaskExecutor {
    private final BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private volatile boolean shutDown;

    @Override
    public <T> void background(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        ui.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    @Override
    public <T> void training(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Thread lane = new Thread(() -> {
            try {
                T result = work.call();
                ui.add(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                ui.add(() -> onFailure.accept(e));
            }
        }, "test-training-lane");
        lane.setDaemon(true);
        lane.start();
    }

    @Override
    public void onUiThread(Runnable action) {
        ui.add(action);
    }

    /** Runs what waits for the UI thread, as it arrives, until {@code done} holds (checked between tasks). */
    public void runUntil(BooleanSupplier done, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not done after " + seconds + " s");
            }
            Runnable next = ui.poll(20, TimeUnit.MILLISECONDS);
            if (next != null) {
                next.run();
            }
        }
    }

    @Override
    public void shutdown() {
        shutDown = true;
    }

    @Override
    public boolean isShutDown() {
        return shutDown;
    }
}
