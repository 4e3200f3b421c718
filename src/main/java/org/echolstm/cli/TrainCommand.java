package org.echolstm.cli;

import org.echolstm.AppInfo;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelFileException;
import org.echolstm.model.dl4j.ModelFiles;
import org.echolstm.training.LessonSettings;
import org.echolstm.training.TrainingFigures;
import org.echolstm.training.StopReason;
import org.echolstm.training.StopRule;
import org.echolstm.training.TrainingListener;
import org.echolstm.training.TrainingSession;
import org.echolstm.training.TrainingSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train an LSTM on fresh echo samples until the stop rule holds.",
                "Without --samples or --target it trains to 99 %% held-out accuracy (at most 1,000,000 samples)."})
public final class TrainCommand implements Callable<Integer> {
    /** Where a run without --samples stops at the latest; the bench's runs to the target share it. */
    public static final long DEFAULT_SAFETY_LIMIT = 1_000_000;

    @Spec
    CommandSpec spec;

    @Mixin
    LessonOptions lesson;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the weights and the sample stream (default: 1).")
    Long seed;

    @Option(names = "--samples", paramLabel = "N", description = "Stop after this many training samples.")
    Long samples;

    @Option(names = "--target", paramLabel = "ACC", description = "Stop at this held-out accuracy (0..1, e.g. 0.99).")
    Double target;

    @Option(names = "--eval-samples", paramLabel = "N", defaultValue = "1000",
            description = "Held-out samples for the accuracy (default: ${DEFAULT-VALUE}).")
    int evalSamples;

    @Option(names = "--model", paramLabel = "FILE", description = "Continue training this model file.")
    Path model;

    @Option(names = "--out", paramLabel = "FILE", description = "Save the trained model to this file.")
    Path out;

    @Mixin
    JsonOption json;

    @Option(names = "--progress-seconds", paramLabel = "S", defaultValue = "1",
            description = "Seconds between progress lines (default: ${DEFAULT-VALUE}).")
    double progressSeconds;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        EchoModel echoModel = model != null ? continuedModel(cl) : newModel();
        TrainingSettings settings = Options.validated(cl, this::trainingSettings);
        PrintWriter stdout = cl.getOut();

        TrainingSession session = Options.validated(cl, () -> new TrainingSession(echoModel, settings));
        session.addListener(new ProgressPrinter(stdout, json.enabled(), progressSeconds));
        if (!json.enabled()) {
            stdout.printf(Locale.ROOT, "Training %s on task %s (length/features/index), %d LSTM units, %s %s, batch %d%n",
                    echoModel.parameterCount() + " parameters", echoModel.task(), echoModel.settings().units(),
                    echoModel.settings().optimizer(), echoModel.settings().learningRate(), settings.batchSize());
        }
        StopReason reason = session.run();
        double accuracy = session.evaluateHeldOut();
        TrainingFigures last = session.latest();
        if (out != null) {
            try {
                ModelFiles.save(session.modelCopy(), out, AppInfo.VERSION);
            } catch (ModelFileException e) {
                throw new CommandFailure("Cannot save the model: " + e.getMessage());
            }
        }
        if (json.enabled()) {
            stdout.println(Json.line(Json.object("event", "final", "samples", last.samplesSeen(),
                    "loss", Json.number(last.smoothedLoss()), "accuracy", accuracy,
                    "trainAccuracy", Json.number(last.trainAccuracy()), "seconds", last.elapsedSeconds(),
                    "reason", reason.name(), "model", out == null ? null : out.toString())));
        } else {
            stdout.printf(Locale.ROOT, "Done (%s): %,d samples in %.1f s, held-out accuracy %.2f %%, loss %.4f%n",
                    reason.description(), last.samplesSeen(), last.elapsedSeconds(), accuracy * 100,
                    last.smoothedLoss());
            if (reason == StopReason.DIVERGED) {
                stdout.println("The loss stopped being a number: the last good weights were kept. Lower the learning rate.");
            }
            if (out != null) {
                stdout.println("Saved the model to " + out);
            }
        }
        return reason == StopReason.DIVERGED ? 1 : 0;
    }

    private EchoModel newModel() {
        LessonSettings settings = lesson.settings(Optional.ofNullable(seed));
        return new EchoModel(settings.task(), settings.model());
    }

    private EchoModel continuedModel(CommandLine cl) {
        if (lesson.setsTaskOrNetwork() || seed != null) {
            throw new ParameterException(cl, "--model continues a saved model: its task, units, "
                    + "optimizer and seed come from the file, so --length, --features, --index, --units, --lr, "
                    + "--optimizer and --seed cannot be given with it.");
        }
        return Options.openModel(model);
    }

    /** The preset's (or the flags') batch size; the stop rule and held-out samples as the flags say. */
    private TrainingSettings trainingSettings() {
        TrainingSettings merged = lesson.settings(Optional.empty()).training();
        StopRule rule;
        if (samples == null && target == null) {
            StopRule presetRule = merged.stopRule();
            rule = presetRule.hasSampleLimit() ? presetRule : new StopRule(DEFAULT_SAFETY_LIMIT, presetRule.targetAccuracy());
        } else {
            rule = new StopRule(samples != null ? samples : (target != null ? DEFAULT_SAFETY_LIMIT : 0),
                    target != null ? target : 0);
        }
        return new TrainingSettings(merged.batchSize(), rule, evalSamples, TrainingSettings.DEFAULT_EVAL_EVERY);
    }

    /** Prints a progress line at a steady rate, not per step. */
    private static final class ProgressPrinter implements TrainingListener {
        private final PrintWriter out;
        private final boolean json;
        private final long intervalNanos;
        private long nextAt;

        ProgressPrinter(PrintWriter out, boolean json, double seconds) {
            this.out = out;
            this.json = json;
            this.intervalNanos = (long) (Math.max(0.05, seconds) * 1e9);
            this.nextAt = System.nanoTime() + intervalNanos;
        }

        @Override
        public void onStep(TrainingFigures s) {
            long now = System.nanoTime();
            if (now < nextAt) {
                return;
            }
            nextAt = now + intervalNanos;
            if (json) {
                Map<String, Object> line = Json.object("event", "progress", "samples", s.samplesSeen(),
                        "loss", Json.number(s.smoothedLoss()), "trainAccuracy", Json.number(s.trainAccuracy()),
                        "heldOutAccuracy", s.heldOutAccuracy().isPresent() ? s.heldOutAccuracy().getAsDouble() : null,
                        "samplesPerSecond", Json.number(s.samplesPerSecond()), "seconds", s.elapsedSeconds());
                out.println(Json.line(line));
            } else {
                out.printf(Locale.ROOT, "%,10d samples  loss %.4f  train acc %5.1f %%  held-out %s  %,.0f samples/s%n",
                        s.samplesSeen(), s.smoothedLoss(), s.trainAccuracy() * 100,
                        s.heldOutAccuracy().isPresent()
                                ? String.format(Locale.ROOT, "%5.1f %%", s.heldOutAccuracy().getAsDouble() * 100) : "  -  ",
                        s.samplesPerSecond());
            }
            out.flush();
        }
    }
}
