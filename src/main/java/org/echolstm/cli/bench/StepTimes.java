package org.echolstm.cli.bench;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.training.Preset;
import org.echolstm.training.StopRule;
import org.echolstm.training.TrainingSession;
import org.echolstm.training.TrainingSettings;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;

/** Single training steps at one batch size: median and 90th percentile time, and the samples per second. */
record StepTimes(int batch, String task, int steps, double medianMs, double p90Ms, double samplesPerSecond) {

    /**
     * Times single training steps through the session (sample generation, the step, the metrics)
     * with the held-out evaluation moved out of the way.
     */
    static StepTimes measure(int batch, int warmSteps, int measuredSteps) {
        EchoTask task = Preset.DEFAULT.task();
        EchoModel model = new EchoModel(task, Preset.DEFAULT.modelSettings(Preset.DEFAULT_SEED));
        TrainingSession session = new TrainingSession(model,
                new TrainingSettings(batch, StopRule.NONE, 1, 1_000_000));
        long[] nanos = new long[measuredSteps];
        for (int i = 0; i < warmSteps + measuredSteps; i++) {
            long start = System.nanoTime();
            session.step();
            long elapsed = System.nanoTime() - start;
            if (i >= warmSteps) {
                nanos[i - warmSteps] = elapsed;
            }
        }
        long total = Arrays.stream(nanos).sum();
        return new StepTimes(batch, task.toString(), measuredSteps, Stats.percentile(nanos, 0.5) / 1e6,
                Stats.percentile(nanos, 0.9) / 1e6, (double) batch * measuredSteps * 1e9 / total);
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "Step, batch %2d: median %.4f ms, p90 %.4f ms, %,.0f samples/s%n", batch, medianMs,
                p90Ms, samplesPerSecond);
    }
}
