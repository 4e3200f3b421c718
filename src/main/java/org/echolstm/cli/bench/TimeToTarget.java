package org.echolstm.cli.bench;

import org.echolstm.cli.TrainCommand;
import org.echolstm.model.EchoModel;
import org.echolstm.training.TrainingFigures;
import org.echolstm.training.Preset;
import org.echolstm.training.StopReason;
import org.echolstm.training.StopRule;
import org.echolstm.training.TrainingSession;
import org.echolstm.training.TrainingSettings;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Fresh models of one preset (seeds 1..runs) trained to 99 % held-out accuracy: how long, how many samples. */
record TimeToTarget(String preset, String task, int batch, double learningRate, double target, int reached, int runs,
                    double medianWallSeconds, double maxWallSeconds, double firstRunWallSeconds, double medianSamples,
                    double samplesPerSecond, List<Run> perRun) {
    static final double TARGET = 0.99;
    /** Runs to the target stop here at the latest (the command line's own safety limit). */
    static final long SAFETY_LIMIT = TrainCommand.DEFAULT_SAFETY_LIMIT;

    /** One run: a fresh model trained until the target (or the safety limit). */
    record Run(long seed, long samples, double wallSeconds, double trainingSeconds, boolean reached) {
    }

    static TimeToTarget measure(Preset preset, int runs) {
        List<Run> list = new ArrayList<>();
        double[] walls = new double[runs];
        double[] samples = new double[runs];
        long totalSamples = 0;
        double totalWall = 0;
        int reached = 0;
        for (int i = 0; i < runs; i++) {
            Run run = runToTarget(preset, i + 1, new StopRule(SAFETY_LIMIT, TARGET));
            list.add(run);
            walls[i] = run.wallSeconds();
            samples[i] = run.samples();
            totalSamples += run.samples();
            totalWall += run.wallSeconds();
            reached += run.reached() ? 1 : 0;
        }
        return new TimeToTarget(preset.name(), preset.task().toString(), preset.trainingSettings().batchSize(),
                preset.modelSettings(1).learningRate(), TARGET, reached, runs, Stats.median(walls),
                Arrays.stream(walls).max().orElse(0), walls[0], Stats.median(samples), totalSamples / totalWall,
                List.copyOf(list));
    }

    private static Run runToTarget(Preset preset, long seed, StopRule rule) {
        EchoModel model = new EchoModel(preset.task(), preset.modelSettings(seed));
        long start = System.nanoTime();
        TrainingSession session = new TrainingSession(model, new TrainingSettings(
                preset.trainingSettings().batchSize(), rule));
        StopReason reason = session.run();
        long wall = System.nanoTime() - start;
        TrainingFigures last = session.latest();
        return new Run(seed, last.samplesSeen(), wall / 1e9, last.elapsedSeconds(), reason == StopReason.TARGET_REACHED);
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "To %.0f %% held-out, %s (%s, batch %d, lr %s): median %.3f s wall (first run %.3f s, "
                        + "max %.3f s), median %,.0f samples, %d/%d reached, %,.0f samples/s%n",
                target * 100, preset, task, batch, learningRate, medianWallSeconds, firstRunWallSeconds,
                maxWallSeconds, medianSamples, reached, runs, samplesPerSecond);
        StringBuilder line = new StringBuilder("    runs (seed: samples, s):");
        for (Run run : perRun) {
            line.append(String.format(Locale.ROOT, "  %d: %,d, %.3f", run.seed(), run.samples(), run.wallSeconds()));
        }
        out.println(line);
    }
}
