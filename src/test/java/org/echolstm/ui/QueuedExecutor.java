package org.echolstm.ui;

import org.echolstm.ui.concurrent.BackgroundTask;
import org.echolstm.ui.concurrent.InFlight;
import org.echolstm.ui.concurrent.TaskExecutor;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A training lane on a thread of its own, as in the window, and a "UI thread" that is the test's:
 * whatever the lanes hand back, and the background lane's work, waits in a queue until the test
 * runs it ({@link #runUntil}). A view-model test can so pause a run in the middle and look at the
 * window's state while it stays paused.
 */
public final class QueuedExecutor implements TaskExecutor {
    private final BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private volatile boolean shutDown;

    private final InFlight inFlight = new InFlight();

    @Override
    public InFlight inFlight() {
        return inFlight;
    }

    @Override
    public void execute(Lane lane, BackgroundTask<?> task) {
        if (lane != Lane.TRAINING) {
            ui.add(() -> {
                task.runWork();
                task.finish(false);
            });
            return;
        }
        Thread thread = new Thread(() -> {
            task.runWork();
            ui.add(() -> task.finish(false));
        }, "test-training-lane");
        thread.setDaemon(true);
        thread.start();
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
