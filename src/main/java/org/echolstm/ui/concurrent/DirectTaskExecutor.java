package org.echolstm.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs everything at once on the calling thread: view models become plain, synchronous code in tests. */
public final class DirectTaskExecutor implements TaskExecutor {
    private boolean shutDown;

    @Override
    public <T> void background(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    @Override
    public <T> void training(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (shutDown) {
            return;
        }
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
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
