package org.echolstm.training;

import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SampleBlock;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;

/**
 * Trains a throwaway model on a spare core while the process starts, so that the user's first run
 * finds the engine's code compiled. A fresh JVM runs its first training steps in the interpreter
 * and through the JIT's profiling tier, several times slower than when warm: on two cores the
 * defaults to 99 % took about 0.6 s cold against 0.2 s warm.
 *
 * <p>It trains the notebook's task at batch 32, the default lesson's shape. The JIT compiles for the
 * profile it sees: warming up on a tiny task made larger models' steps slower for the rest of the
 * run, and mixing in batch-1 steps made batch-32 runs vary more (a batch-1 run still gains).
 * The first real training step stops it, so it never competes with one; it also ends on its own
 * after {@link #MAX_NANOS}. It shares nothing with other models (its own seeds, one thread), so
 * results do not depend on whether it ran.
 */
public final class EngineWarmup {
    /** Longer than any start-up needs; bounds the work when no training follows. */
    static final long MAX_NANOS = 1_500_000_000L;
    private static volatile boolean stopRequested;
    private static Thread thread;

    private EngineWarmup() {
    }

    /** Starts warming up unless the machine has one core (there it would only delay) or it runs already. */
    public static synchronized void start() {
        if (Runtime.getRuntime().availableProcessors() < 2 || (thread != null && thread.isAlive())) {
            return;
        }
        stopRequested = false;
        thread = new Thread(EngineWarmup::run, "engine-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Ends the warm-up after its current step (under a millisecond once compiled, tens before).
     * Every training step calls it: once stopped it only reads, so parallel runs do not keep
     * writing to one shared field.
     */
    public static void stop() {
        if (!stopRequested) {
            stopRequested = true;
        }
    }

    /** The warm-up's thread, if one was started. */
    static synchronized Thread thread() {
        return thread;
    }

    private static void run() {
        EchoTask task = EchoTask.NOTEBOOK;
        EchoModel model = new EchoModel(task, new ModelSettings(25, Optimizer.ADAM, 0.01, 1));
        model.useThreads(1);
        SequenceGenerator generator = new SequenceGenerator(task, 1);
        SampleBlock batch = new SampleBlock(task);
        SampleBlock heldOut = new SampleBlock(task);
        new SequenceGenerator(task, 2).fill(heldOut, 64);
        long end = System.nanoTime() + MAX_NANOS;
        for (int step = 0; !stopRequested && System.nanoTime() < end; step++) {
            generator.fill(batch, 32);
            model.fit(batch);
            if (step % 16 == 0) {
                model.predictedValues(heldOut);
            }
        }
    }
}
