package org.echolstm.cli;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.echolstm.training.MetricsSnapshot;
import org.echolstm.ui.App;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Opens the real window, presses Train on the default lesson with no stop rule, and times the frame
 * pulses (an {@link AnimationTimer}, like the window's own frame pump) while it trains. Meant for
 * a fresh JVM: the start-up times count from the JVM's start.
 */
final class WindowBench {
    private WindowBench() {
    }

    static Map<String, Object> measure(int seconds) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long[] shownAt = new long[1];
        App.Window window = WindowLauncher.open(opened -> {
            opened.stage().show();
            shownAt[0] = System.currentTimeMillis();
        });
        Recorder recorder = new Recorder(window, seconds * 1_000_000_000L);
        Platform.runLater(() -> {
            recorder.start();
            var parameters = window.viewModel().parameters();
            parameters.sampleLimit.textProperty().set("");
            parameters.targetAccuracy.textProperty().set("");
            window.viewModel().training().train();
        });
        try {
            recorder.done.get(seconds + 300L, TimeUnit.SECONDS);
        } finally {
            CompletableFuture<Void> closed = new CompletableFuture<>();
            Platform.runLater(() -> {
                recorder.stop();
                window.viewModel().training().stop();
                window.stage().hide();
                closed.complete(null);
            });
            closed.get(1, TimeUnit.MINUTES);
            Platform.exit();
        }
        long[] intervals = recorder.trainingIntervals();
        double trainedSeconds = (recorder.lastFrame - recorder.firstStepFrame) / 1e9;
        return Json.object("jvmToShownMs", shownAt[0] - jvmStart,
                "jvmToFirstFrameMs", recorder.firstFrameMillis - jvmStart,
                "jvmToFirstStepOnScreenMs", recorder.firstStepMillis - jvmStart,
                "loadingPulseMaxMs", recorder.loadingMaxNanos / 1e6,
                "seconds", seconds, "frames", intervals.length,
                "pulseP50Ms", BenchCommand.percentile(intervals, 0.5) / 1e6,
                "pulseP99Ms", BenchCommand.percentile(intervals, 0.99) / 1e6,
                "pulseMaxMs", Arrays.stream(intervals).max().orElse(0) / 1e6,
                "samplesTrained", recorder.samplesAtEnd - recorder.samplesAtFirstStep,
                "samplesPerSecond", (recorder.samplesAtEnd - recorder.samplesAtFirstStep) / trainedSeconds);
    }

    /** Frame times: before training shows (loading) and for {@code duration} after the first step is on screen. */
    private static final class Recorder extends AnimationTimer {
        private final App.Window window;
        private final long duration;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        private long[] frames = new long[4096];
        private int count;
        private long previousFrame;
        long loadingMaxNanos;
        long firstFrameMillis;
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
            if (firstFrameMillis == 0) {
                firstFrameMillis = System.currentTimeMillis();
            }
            MetricsSnapshot shown = window.viewModel().lesson().snapshotProperty().get().orElse(null);
            if (firstStepFrame == 0) {
                if (previousFrame != 0) {
                    loadingMaxNanos = Math.max(loadingMaxNanos, now - previousFrame);
                }
                previousFrame = now;
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
            long[] intervals = new long[Math.max(0, count - 1)];
            for (int i = 1; i < count; i++) {
                intervals[i - 1] = frames[i] - frames[i - 1];
            }
            return intervals;
        }
    }
}
