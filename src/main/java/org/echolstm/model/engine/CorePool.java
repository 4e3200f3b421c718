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
     * How long after the process first splits a step one core is left to the JIT compiler, for
     * steps of at most {@link #COMPILER_CORE_MAX_WORK}. A fresh JVM compiles the engine for about a
     * second after training starts; with every core on a share the compiler waits for one, and
     * short steps run longer in slow code. Fresh JVMs on two cores, medians of 8-12 alternating
     * runs: defaults to 99 % 0.585 -> 0.477 s, 20/50/5 with 64 units 1.466 -> 1.399 s; 50/100/17
     * with 128 units (340 million multiply-adds a step) lost 6 % this way, so large steps keep
     * every core.
     */
    static final long COMPILER_CORE_NANOS = 1_000_000_000L;
    /** Multiply-adds of a step above which it keeps every core while the compiler warms up. */
    static final long COMPILER_CORE_MAX_WORK = 100_000_000L;
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static volatile long firstSplit;

    /**
     * Runs {@code shares[0]} on the calling thread and offers the others to the pool; a share no
     * worker has started by the time the caller is free, the caller runs itself (on a busy machine a
     * worker may not get a core for a while). Returns when all ended. Which thread runs a share
     * never changes what it computes. At most one share per core but one runs in parallel during
     * the first {@link #COMPILER_CORE_NANOS} unless the step is large ({@code work} multiply-adds):
     * the caller runs the others after its own.
     */
    static void run(Runnable[] shares, int count, long work) {
        if (count == 1) {
            shares[0].run();
            return;
        }
        int parallel = work > COMPILER_CORE_MAX_WORK ? count : parallelShares(count, CORES, sinceFirstSplit());
        AtomicIntegerArray claimed = new AtomicIntegerArray(count);
        Future<?>[] offered = new Future<?>[count];
        for (int i = 1; i < parallel; i++) {
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

    /** How many of {@code count} shares run at the same time on {@code cores}, so long after the first split. */
    static int parallelShares(int count, int cores, long sinceFirstSplitNanos) {
        return sinceFirstSplitNanos < COMPILER_CORE_NANOS ? Math.max(1, Math.min(count, cores - 1)) : count;
    }

    private static long sinceFirstSplit() {
        long now = System.nanoTime();
        if (firstSplit == 0) {
            firstSplit = now;
        }
        return now - firstSplit;
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
