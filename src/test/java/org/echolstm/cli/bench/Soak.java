package org.echolstm.cli.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.echolstm.cli.WindowLauncher;
import org.echolstm.ui.App;
import org.echolstm.ui.RandomAnswers;
import org.echolstm.ui.UserActions;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A long run of the real window: it trains the default lesson while random user actions (train,
 * pause, step, reset, save, export, new model...) arrive at random moments, and prints each minute
 * the heap in use after a full collection, the frame pulse and the thread count. Ends with a verdict:
 * whether anything grew from the first minutes to the last. A test harness, run by {@link SoakRun}.
 */
final class Soak {
    /** Growth from the first to the last minutes that still counts as steady. */
    private static final double HEAP_SLACK_MIB = 8;
    private static final double HEAP_SLACK_RATIO = 1.25;
    private static final int THREAD_SLACK = 3;

    record Minute(int minute, double heapAfterGcMiB, double pulseP99Ms, double pulseMaxMs, int threads, int actions) {
    }

    private Soak() {
    }

    static boolean run(int minutes, long seed, PrintWriter out) throws Exception {
        Path folder = Files.createTempDirectory("echolstm-soak");
        Random random = new Random(seed);
        RandomAnswers dialogs = new RandomAnswers(seed);
        App.Window window = WindowLauncher.open(Optional.of(dialogs),
                opened -> opened.stage().show());
        Pulse pulse = new Pulse();
        onFx(() -> {
            // Training without a stop rule, so that it runs until an action stops it.
            window.viewModel().parameters().sampleLimit.textProperty().set("");
            window.viewModel().parameters().targetAccuracy.textProperty().set("");
            pulse.start();
            return null;
        });
        List<Minute> record = new ArrayList<>();
        out.printf("Soak: %d minutes of training with random actions (seed %d)%n", minutes, seed);
        out.flush();
        try {
            for (int m = 1; m <= minutes; m++) {
                long end = System.nanoTime() + 60_000_000_000L;
                int actions = 0;
                while (System.nanoTime() < end) {
                    int action = random.nextInt(UserActions.COUNT);
                    String fileName = "model-" + random.nextInt(4) + ".zip";
                    onFx(() -> UserActions.perform(window.viewModel(), action, folder, fileName));
                    actions++;
                    Thread.sleep(Math.min(100 + random.nextInt(1_900), Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                }
                long[] intervals = onFx(pulse::takeIntervals);
                System.gc();
                Minute minute = new Minute(m, HeapWatch.heapUsed() / 1048576.0,
                        (intervals.length == 0 ? 0 : Stats.percentile(intervals, 0.99)) / 1e6, Arrays.stream(intervals).max().orElse(0) / 1e6,
                        ManagementFactory.getThreadMXBean().getThreadCount(), actions);
                record.add(minute);
                out.printf("minute %3d: heap after GC %6.1f MiB, pulse p99 %6.1f ms, max %6.1f ms, %3d threads, %3d actions%n",
                        minute.minute(), minute.heapAfterGcMiB(), minute.pulseP99Ms(), minute.pulseMaxMs(),
                        minute.threads(), minute.actions());
                out.flush();
            }
        } finally {
            onFx(() -> {
                pulse.stop();
                window.viewModel().training().stop();
                window.stage().hide();
                return null;
            });
            Platform.exit();
            deleteAll(folder);
        }
        return verdict(record, dialogs.errors().size(), out);
    }

    /** Compares the first third of the minutes (after the first, which warms up) with the last third. */
    static boolean verdict(List<Minute> minutes, int errors, PrintWriter out) {
        List<Minute> settled = minutes.size() > 2 ? minutes.subList(1, minutes.size()) : minutes;
        int third = Math.max(1, settled.size() / 3);
        List<Minute> first = settled.subList(0, third);
        List<Minute> last = settled.subList(settled.size() - third, settled.size());
        double heapFirst = median(first.stream().mapToDouble(Minute::heapAfterGcMiB).toArray());
        double heapLast = median(last.stream().mapToDouble(Minute::heapAfterGcMiB).toArray());
        double pulseFirst = median(first.stream().mapToDouble(Minute::pulseP99Ms).toArray());
        double pulseLast = median(last.stream().mapToDouble(Minute::pulseP99Ms).toArray());
        int threadsFirst = first.stream().mapToInt(Minute::threads).max().orElse(0);
        int threadsLast = last.stream().mapToInt(Minute::threads).max().orElse(0);
        boolean heapSteady = heapLast <= heapFirst * HEAP_SLACK_RATIO + HEAP_SLACK_MIB;
        boolean threadsSteady = threadsLast <= threadsFirst + THREAD_SLACK;
        boolean pulseSteady = pulseLast <= Math.max(pulseFirst * 1.5, pulseFirst + 10);
        boolean steady = heapSteady && threadsSteady && pulseSteady;
        out.printf("Verdict: %s: heap after GC %.1f -> %.1f MiB%s, pulse p99 %.1f -> %.1f ms%s, threads %d -> %d%s; "
                        + "%d error dialogs%n", steady ? "STEADY" : "GROWS", heapFirst, heapLast,
                heapSteady ? "" : " (grows)", pulseFirst, pulseLast, pulseSteady ? "" : " (slower)",
                threadsFirst, threadsLast, threadsSteady ? "" : " (grows)", errors);
        out.flush();
        return steady;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(1, TimeUnit.MINUTES);
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Frame pulse intervals since the last {@link #takeIntervals()}. */
    private static final class Pulse extends AnimationTimer {
        private long[] intervals = new long[8192];
        private int count;
        private long previous;

        @Override
        public void handle(long now) {
            if (previous != 0) {
                if (count == intervals.length) {
                    intervals = Arrays.copyOf(intervals, count * 2);
                }
                intervals[count++] = now - previous;
            }
            previous = now;
        }

        long[] takeIntervals() {
            long[] taken = Arrays.copyOf(intervals, count);
            count = 0;
            return taken;
        }
    }
}
