package org.echolstm.cli.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.echolstm.cli.CommandFailure;
import org.echolstm.cli.Json;
import org.echolstm.cli.WindowLauncher;
import org.echolstm.training.TrainingFigures;
import org.echolstm.ui.App;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Opens the real window, lets it stand for three seconds once its first frame is on screen (one to
 * settle, two in which it measures what the still window costs), presses Train on the default
 * lesson with no stop rule, and times the frame pulses (an {@link AnimationTimer}, like the
 * window's own frame pump) while it trains. Meant for a fresh JVM ({@link #inFreshJvm}): the
 * start-up times count from the JVM's start.
 */
final class WindowBench {
    /** How long the window settles after its first frame, and then stands still, before the press on Train. */
    private static final long SETTLE_NANOS = 1_000_000_000L;
    private static final long IDLE_NANOS = 2_000_000_000L;

    private WindowBench() {
    }

    /** Runs {@code bench --window-only} in a new JVM with this one's class path and flags, and reads its line. */
    static WindowPulse inFreshJvm(int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.echolstm.Main");
        command.add("bench");
        command.add("--window-only");
        command.add("--ui-seconds");
        command.add(Integer.toString(seconds));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String last = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("{")) {
                    last = line;
                }
            }
        }
        if (!process.waitFor(seconds + 300L, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new CommandFailure("The window measurement did not finish.");
        }
        if (process.exitValue() != 0 || last == null) {
            throw new CommandFailure("The window measurement failed (exit status " + process.exitValue()
                    + "); on a system without a display run it under xvfb-run -a.");
        }
        return Json.read(last, WindowPulse.class);
    }

    /** Measures the window in this JVM. */
    static WindowPulse measure(int seconds) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long[] shownAt = new long[1];
        CompletableFuture<Long> painted = new CompletableFuture<>();
        App.Window window = WindowLauncher.open(opened -> {
            App.show(opened.stage());
            shownAt[0] = System.currentTimeMillis();
            whenFirstFramePainted(painted);
        });
        long firstFrameMillis = painted.get(5, TimeUnit.MINUTES);
        // As a user would: look at the still window first, then press Train. Its first second still
        // renders and settles the first frame.
        TimeUnit.NANOSECONDS.sleep(SETTLE_NANOS);
        double idleCpuPercent = windowThreadsCpuPercent(IDLE_NANOS);
        Recorder recorder = new Recorder(window, seconds * 1_000_000_000L);
        Platform.runLater(() -> {
            var parameters = window.viewModel().parameters();
            parameters.sampleLimit.textProperty().set("");
            parameters.targetAccuracy.textProperty().set("");
            recorder.pressedMillis = System.currentTimeMillis();
            recorder.start();
            window.viewModel().training().train();
        });
        double stoppedCpuPercent;
        try {
            recorder.done.get(seconds + 300L, TimeUnit.SECONDS);
            onFx(() -> {
                recorder.stop();
                window.viewModel().training().stop();
            });
            // Stopped, the window shows the trained model and its curves, and should again stand still.
            TimeUnit.NANOSECONDS.sleep(SETTLE_NANOS);
            stoppedCpuPercent = windowThreadsCpuPercent(IDLE_NANOS);
        } finally {
            onFx(() -> {
                recorder.stop();
                window.viewModel().training().stop();
                window.stage().hide();
            });
            Platform.exit();
        }
        long[] intervals = recorder.trainingIntervals();
        long[] settled = recorder.intervalsAfter(WindowPulse.SETTLED_AFTER_SECONDS * 1_000_000_000L);
        double settledP99 = settled.length == 0 ? 0 : Stats.percentile(settled, 0.99);
        double trainedSeconds = (recorder.lastFrame - recorder.firstStepFrame) / 1e9;
        long samplesTrained = recorder.samplesAtEnd - recorder.samplesAtFirstStep;
        return new WindowPulse(shownAt[0] - jvmStart, firstFrameMillis - jvmStart, idleCpuPercent, stoppedCpuPercent,
                recorder.firstStepMillis - recorder.pressedMillis, seconds, intervals.length,
                Stats.percentile(intervals, 0.5) / 1e6, Stats.percentile(intervals, 0.99) / 1e6,
                Arrays.stream(intervals).max().orElse(0) / 1e6, settledP99 / 1e6,
                Arrays.stream(settled).max().orElse(0) / 1e6, samplesTrained, samplesTrained / trainedSeconds);
    }

    private static void onFx(Runnable work) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(1, TimeUnit.MINUTES);
    }

    /**
     * Completes {@code painted}, on the window's second frame pulse, with the time of its first.
     * Call on the FX thread.
     */
    private static void whenFirstFramePainted(CompletableFuture<Long> painted) {
        new AnimationTimer() {
            private long firstMillis;

            @Override
            public void handle(long now) {
                if (firstMillis == 0) {
                    firstMillis = System.currentTimeMillis();
                    return;
                }
                stop();
                painted.complete(firstMillis);
            }
        }.start();
    }

    /**
     * The CPU time the window's own threads (the FX thread and the render thread) spend over the
     * next {@code nanos}, in percent of one core. A window with nothing to show should spend
     * almost none; one that lays itself out again on every frame spends a steady share.
     */
    private static double windowThreadsCpuPercent(long nanos) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] ids = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("JavaFX Application Thread") || t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).toArray();
        long before = Arrays.stream(ids).map(threads::getThreadCpuTime).filter(t -> t > 0).sum();
        long start = System.nanoTime();
        TimeUnit.NANOSECONDS.sleep(nanos);
        long after = Arrays.stream(ids).map(threads::getThreadCpuTime).filter(t -> t > 0).sum();
        return 100.0 * (after - before) / (System.nanoTime() - start);
    }

    /** Frame times for {@code duration} after the first training step is on screen. */
    private static final class Recorder extends AnimationTimer {
        private final App.Window window;
        private final long duration;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        private long[] frames = new long[4096];
        private int count;
        long pressedMillis;
        long firstStepMillis;
        long firstStepFrame;
        long lastFrame;
        long samplesAtFirstStep;
        long samplesAtEnd;

        Recorder(App.Window window, long duration) {
            this.window = window;
            this.duration = duration;
        }

        @Override
        public void handle(long now) {
            TrainingFigures shown = window.viewModel().lesson().figuresProperty().get().orElse(null);
            if (firstStepFrame == 0) {
                if (shown == null || shown.samplesSeen() == 0) {
                    return;
                }
                firstStepMillis = System.currentTimeMillis();
                firstStepFrame = now;
                samplesAtFirstStep = shown.samplesSeen();
            }
            if (count == frames.length) {
                frames = Arrays.copyOf(frames, count * 2);
            }
            frames[count++] = now;
            lastFrame = now;
            if (now - firstStepFrame >= duration && !done.isDone()) {
                samplesAtEnd = shown.samplesSeen();
                stop();
                done.complete(null);
            }
        }

        long[] trainingIntervals() {
            return intervalsAfter(0); // the first recorded frame is the first step's
        }

        /** The intervals between frames that came more than {@code nanos} after the first step was on screen. */
        long[] intervalsAfter(long nanos) {
            int first = 1;
            while (first < count && frames[first - 1] - firstStepFrame < nanos) {
                first++;
            }
            long[] intervals = new long[Math.max(0, count - first)];
            for (int i = first; i < count; i++) {
                intervals[i - first] = frames[i] - frames[i - 1];
            }
            return intervals;
        }
    }
}
