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
import java.util.List;
import java.util.Locale;

/**
 * Whether a preset that promises a held-out accuracy reaches it at its own settings and seed, as
 * the window trains it (within the command line's safety limit of samples).
 */
record PresetCheck(String preset, double target, boolean reached, long samples, double seconds) {

    /** Every preset whose stop rule has a target accuracy. */
    static List<PresetCheck> all() {
        List<PresetCheck> checks = new ArrayList<>();
        for (Preset preset : Preset.values()) {
            StopRule rule = preset.trainingSettings().stopRule();
            if (rule.hasTarget()) {
                checks.add(check(preset, rule.hasSampleLimit() ? rule
                        : new StopRule(TrainCommand.DEFAULT_SAFETY_LIMIT, rule.targetAccuracy())));
            }
        }
        return checks;
    }

    private static PresetCheck check(Preset preset, StopRule rule) {
        EchoModel model = new EchoModel(preset.task(), preset.modelSettings(Preset.DEFAULT_SEED));
        TrainingSession session = new TrainingSession(model, new TrainingSettings(
                preset.trainingSettings().batchSize(), rule));
        long start = System.nanoTime();
        StopReason reason = session.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        TrainingFigures last = session.latest();
        return new PresetCheck(preset.name(), rule.targetAccuracy(), reason == StopReason.TARGET_REACHED,
                last.samplesSeen(), seconds);
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "Preset %-9s %s %.0f %% held-out in %,d samples, %.1f s%n", preset,
                reached ? "reached" : "did NOT reach", target * 100, samples, seconds);
    }
}
