package org.echolstm.cli.bench;

import org.echolstm.model.EchoModel;
import org.echolstm.training.MetricHistory;
import org.echolstm.training.TrainingFigures;
import org.echolstm.training.Preset;
import org.echolstm.training.StopRule;
import org.echolstm.training.TrainingListener;
import org.echolstm.training.TrainingSession;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/** A long run: 1,000,000 samples with the window's listeners, its heap, and its speed per 100,000 samples. */
record MillionRun(long samples, double wallSeconds, double heapUsedBeforeMiB, double heapUsedAfterMiB,
                  double maxHeapAfterGcMiB, double peakHeapMiB, long collections, int chartPoints,
                  double samplesPerSecondFirst100k, double samplesPerSecondLast100k,
                  List<Double> samplesPerSecondPer100k) {
    private static final long TOTAL = 1_000_000;
    private static final int WINDOWS = 10;

    /**
     * Trains 1,000,000 samples at the default settings with the window's listeners (a chart history
     * and a latest-metrics holder) and watches the heap while it does.
     */
    static MillionRun measure() {
        EchoModel model = new EchoModel(Preset.DEFAULT.task(), Preset.DEFAULT.modelSettings(Preset.DEFAULT_SEED));
        TrainingSession session = new TrainingSession(model, Preset.DEFAULT.trainingSettings()
                .withStopRule(StopRule.samples(TOTAL)));
        MetricHistory history = new MetricHistory(500);
        AtomicReference<TrainingFigures> latest = new AtomicReference<>();
        session.addListener(history);
        session.addListener(latest::set);
        long[] windowEndNanos = new long[WINDOWS];
        long[] windowEndSamples = new long[WINDOWS];
        session.addListener(new TrainingListener() {
            private int next;

            @Override
            public void onStep(TrainingFigures s) {
                while (next < WINDOWS && s.samplesSeen() >= (next + 1) * TOTAL / WINDOWS) {
                    windowEndNanos[next] = s.elapsedNanos();
                    windowEndSamples[next] = s.samplesSeen();
                    next++;
                }
            }
        });
        System.gc();
        long usedBefore = HeapWatch.heapUsed();
        HeapWatch watch = HeapWatch.start();
        double wall;
        long peak;
        try {
            long start = System.nanoTime();
            session.run();
            wall = (System.nanoTime() - start) / 1e9;
            peak = watch.peakHeap();
        } finally {
            watch.close();
        }
        System.gc();
        long usedAfter = HeapWatch.heapUsed();

        List<Double> rates = new ArrayList<>();
        long previousNanos = 0;
        long previousSamples = 0;
        for (int i = 0; i < WINDOWS; i++) {
            rates.add((windowEndSamples[i] - previousSamples) * 1e9 / Math.max(1, windowEndNanos[i] - previousNanos));
            previousNanos = windowEndNanos[i];
            previousSamples = windowEndSamples[i];
        }
        return new MillionRun(latest.get().samplesSeen(), wall, mib(usedBefore), mib(usedAfter),
                mib(watch.maxHeapAfterGc()), mib(peak), watch.collections(), history.curves().totalPoints(),
                rates.get(0), rates.get(WINDOWS - 1), List.copyOf(rates));
    }

    private static double mib(long bytes) {
        return Math.round(bytes / 1048576.0 * 10) / 10.0;
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "1,000,000 samples: %.1f s; heap after GC at most %s MiB (before %s, after %s), "
                        + "peak %s MiB, %d collections, %d chart points; %,.0f samples/s in the first 100k, "
                        + "%,.0f in the last%n",
                wallSeconds, maxHeapAfterGcMiB, heapUsedBeforeMiB, heapUsedAfterMiB, peakHeapMiB, collections,
                chartPoints, samplesPerSecondFirst100k, samplesPerSecondLast100k);
    }
}
