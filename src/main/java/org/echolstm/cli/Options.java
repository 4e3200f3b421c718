package org.echolstm.cli;

import org.echolstm.echo.Bounds;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.InvalidSequenceException;
import org.echolstm.echo.InvalidSettingException;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelFileException;
import org.echolstm.model.ModelSettings;
import org.echolstm.training.LessonFiles;
import org.echolstm.training.StopRule;
import org.echolstm.training.TrainingSettings;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/** Helpers shared by the commands: turning setting errors into usage errors, opening models. */
public final class Options {
    /**
     * Which flag sets which setting, so a range error names the flag the user typed: keyed on each
     * setting's own field constant, so rewording a setting's name cannot lose its flag.
     */
    private static final Map<String, String> FLAGS = Map.ofEntries(
            Map.entry(EchoTask.LENGTH_FIELD, "--length"),
            Map.entry(EchoTask.FEATURES_FIELD, "--features"),
            Map.entry(EchoTask.ECHO_INDEX_FIELD, "--index"),
            Map.entry(ModelSettings.UNITS_FIELD, "--units"),
            Map.entry(ModelSettings.LEARNING_RATE_FIELD, "--lr"),
            Map.entry(TrainingSettings.BATCH_SIZE_FIELD, "--batch"),
            Map.entry(StopRule.SAMPLES_FIELD, "--samples"),
            Map.entry(StopRule.TARGET_FIELD, "--target"),
            Map.entry(TrainingSettings.EVAL_SAMPLES_FIELD, "--eval-samples"),
            Map.entry(InvalidSequenceException.SEQUENCE_FIELD, "--sequence"));

    private Options() {
    }

    /** Builds a settings value; a range error becomes a usage error (exit 2) naming the flag. */
    static <T> T validated(CommandLine commandLine, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidSettingException e) {
            String flag = FLAGS.getOrDefault(e.field(), e.field());
            throw new ParameterException(commandLine, "Invalid value for " + flag + ": " + e.getMessage());
        }
    }

    /**
     * A usage error (exit 2) unless {@code min <= value <= max}, worded like the settings' own range
     * errors: "Invalid value for --runs: runs must be between 1 and 100 (was 0)".
     */
    public static void requireBetween(CommandLine commandLine, String flag, String what, long value, long min,
                                      long max) {
        Bounds.check(what, value, min, max).ifPresent(problem -> {
            throw new ParameterException(commandLine, "Invalid value for " + flag + ": " + problem.english());
        });
    }

    static EchoModel openModel(Path file) {
        try {
            return LessonFiles.openModel(file);
        } catch (ModelFileException e) {
            throw new CommandFailure("Cannot open the model: " + e.getMessage());
        }
    }
}
