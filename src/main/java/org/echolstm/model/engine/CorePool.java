package org.echolstm.model.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The engine's worker threads, shared by every engine of the process: one fewer than the cores it
 * uses, since the calling thread does a share of each step itself. Daemon threads, started on the
 * first step large enough to be split.
 */
final class CorePool {
    /** The most threads a step is split over; more rarely pays at these sizes. */
    static final int MAX_THREADS = 8;
    /** Threads a step may use: {@code -Decholstm.threads=N}, else the processors the JVM sees. */
    static final int THREADS = Math.max(1, Math.min(MAX_THREADS,
            Integer.getInteger("echolstm.threads", Runtime.getRuntime().availableProcessors())));

    private CorePool() {
    }

    /** Runs {@code shares[0]} on the calling thread and the others on the pool; returns when all ended. */
    static void run(Runnable[] shares, int count) {
        Future<?>[] started = new Future<?>[count];
        for (int i = 1; i < count; i++) {
            started[i] = Workers.EXECUTOR.submit(shares[i]);
        }
        RuntimeException failure = null;
        try {
            shares[0].run();
        } catch (RuntimeException e) {
            failure = e;
        }
        boolean interrupted = false;
        for (int i = 1; i < count; i++) {
            while (true) {
                try {
                    started[i].get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the shares use buffers of the caller's: wait for them to end
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r
                                : new IllegalStateException("a share of the step failed", e.getCause());
                    }
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The threads, created on first use. */
    private static final class Workers {
        static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(MAX_THREADS - 1, runnable -> {
            Thread thread = new Thread(runnable, "engine-worker");
            thread.setDaemon(true);
            return thread;
        });
    }
}
