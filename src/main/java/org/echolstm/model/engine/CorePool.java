package org.echolstm.model.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;

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

    /**
     * Runs {@code shares[0]} on the calling thread and offers the others to the pool; a share no
     * worker has started by the time the caller is free, the caller runs itself (on a busy machine a
     * worker may not get a core for a while). Returns when all ended. Which thread runs a share
     * never changes what it computes.
     */
    static void run(Runnable[] shares, int count) {
        if (count == 1) {
            shares[0].run();
            return;
        }
        AtomicIntegerArray claimed = new AtomicIntegerArray(count);
        Future<?>[] offered = new Future<?>[count];
        for (int i = 1; i < count; i++) {
            final int index = i;
            offered[i] = Workers.EXECUTOR.submit(() -> {
                if (claimed.compareAndSet(index, 0, 1)) {
                    shares[index].run();
                }
            });
        }
        RuntimeException failure = runCatching(shares[0], null);
        boolean interrupted = false;
        for (int i = 1; i < count; i++) {
            if (claimed.compareAndSet(i, 0, 1)) {
                failure = runCatching(shares[i], failure);
                continue;
            }
            while (true) {
                try {
                    offered[i].get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the shares use the caller's buffers: wait for them to end
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

    private static RuntimeException runCatching(Runnable share, RuntimeException earlier) {
        try {
            share.run();
            return earlier;
        } catch (RuntimeException e) {
            return earlier != null ? earlier : e;
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
