package org.echolstm.cli.bench;

import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SampleBlock;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Training speed at one model size and batch: samples per second with the threads the model uses
 * by default, and on one thread (the two agree where a step is too small to be split).
 */
record SizeSpeed(String task, int units, int batch, int threads, double samplesPerSecond,
                 double oneThreadSamplesPerSecond) {
    /** The sizes the panes offer from small to large: task and LSTM units. */
    private static final Object[][] SIZES = {
            {new EchoTask(10, 25, 7), 25}, {new EchoTask(20, 50, 7), 64}, {new EchoTask(50, 100, 17), 128}};
    private static final long WARM_NANOS = 300_000_000L;
    private static final long ROUND_NANOS = 350_000_000L;
    private static final int ROUNDS = 2;

    static List<SizeSpeed> measureAll() {
        List<SizeSpeed> speeds = new ArrayList<>();
        for (Object[] size : SIZES) {
            for (int batch : new int[] {1, 32}) {
                speeds.add(measure((EchoTask) size[0], (Integer) size[1], batch));
            }
        }
        return List.copyOf(speeds);
    }

    /**
     * Both thread counts are warmed up first and then timed in alternating rounds: timed one after
     * the other, the first was measured while the JIT still compiled the size's code.
     */
    static SizeSpeed measure(EchoTask task, int units, int batch) {
        EchoModel model = new EchoModel(task, new ModelSettings(units, Optimizer.ADAM, 0.01, 1));
        int threads = model.threads();
        SequenceGenerator generator = new SequenceGenerator(model.task(), 1);
        SampleBlock block = new SampleBlock(model.task());
        Timed parallel = new Timed();
        Timed single = new Timed();
        new Timed().train(model, threads, generator, block, batch, WARM_NANOS);
        new Timed().train(model, 1, generator, block, batch, WARM_NANOS);
        for (int round = 0; round < ROUNDS; round++) {
            parallel.train(model, threads, generator, block, batch, ROUND_NANOS);
            single.train(model, 1, generator, block, batch, ROUND_NANOS);
        }
        return new SizeSpeed(task.toString(), units, batch, threads, parallel.samplesPerSecond(),
                single.samplesPerSecond());
    }

    /** Training steps on fresh samples (generation included), counted and timed. */
    private static final class Timed {
        private long samples;
        private long nanos;

        void train(EchoModel model, int threads, SequenceGenerator generator, SampleBlock block, int batch,
                   long duration) {
            model.useThreads(threads);
            long start = System.nanoTime();
            long elapsed;
            do {
                generator.fill(block, batch);
                model.fit(block);
                samples += batch;
                elapsed = System.nanoTime() - start;
            } while (elapsed < duration);
            nanos += elapsed;
        }

        double samplesPerSecond() {
            return samples * 1e9 / nanos;
        }
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "Size %-9s %3d units, batch %2d: %,9.0f samples/s on %d threads, %,9.0f on one%n",
                task, units, batch, samplesPerSecond, threads, oneThreadSamplesPerSecond);
    }
}
