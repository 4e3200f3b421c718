package org.echolstm.ui.concurrent;

/** Runs everything at once on the calling thread: view models become plain, synchronous code in tests. */
public final class DirectTaskExecutor implements TaskExecutor {
    private final InFlight inFlight = new InFlight();
    private boolean shutDown;

    @Override
    public InFlight inFlight() {
        return inFlight;
    }

    @Override
    public void execute(Lane lane, BackgroundTask<?> task) {
        if (shutDown) {
            task.finish(true);
            return;
        }
        task.runWork();
        task.finish(false);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
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
