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
    private static final long MEASURED_NANOS = 700_000_000L;

    static List<SizeSpeed> measureAll() {
        List<SizeSpeed> speeds = new ArrayList<>();
        for (Object[] size : SIZES) {
            for (int batch : new int[] {1, 32}) {
                speeds.add(measure((EchoTask) size[0], (Integer) size[1], batch));
            }
        }
        return List.copyOf(speeds);
    }

    static SizeSpeed measure(EchoTask task, int units, int batch) {
        EchoModel model = new EchoModel(task, new ModelSettings(units, Optimizer.ADAM, 0.01, 1));
        int threads = model.threads();
        double parallel = samplesPerSecond(model, batch);
        model.useThreads(1);
        double single = samplesPerSecond(model, batch);
        return new SizeSpeed(task.toString(), units, batch, threads, parallel, single);
    }

    /** Training steps on fresh samples (generation included): warmed up first, then timed. */
    private static double samplesPerSecond(EchoModel model, int batch) {
        SequenceGenerator generator = new SequenceGenerator(model.task(), 1);
        SampleBlock block = new SampleBlock(model.task());
        long warmEnd = System.nanoTime() + WARM_NANOS;
        while (System.nanoTime() < warmEnd) {
            generator.fill(block, batch);
            model.fit(block);
        }
        long samples = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            generator.fill(block, batch);
            model.fit(block);
            samples += batch;
            elapsed = System.nanoTime() - start;
        } while (elapsed < MEASURED_NANOS);
        return samples * 1e9 / elapsed;
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "Size %-9s %3d units, batch %2d: %,9.0f samples/s on %d threads, %,9.0f on one%n",
                task, units, batch, samplesPerSecond, threads, oneThreadSamplesPerSecond);
    }
}
