package org.echolstm.cli;

import org.echolstm.echo.Bounds;
import org.echolstm.echo.InvalidSettingException;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelFileException;
import org.echolstm.training.LessonFiles;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/** Helpers shared by the commands: turning setting errors into usage errors, opening models. */
public final class Options {
    /** Which flag sets which setting, so a range error names the flag the user typed. */
    private static final Map<String, String> FLAGS = Map.ofEntries(
            Map.entry("sequence length", "--length"),
            Map.entry("features", "--features"),
            Map.entry("echo index", "--index"),
            Map.entry("LSTM units", "--units"),
            Map.entry("learning rate", "--lr"),
            Map.entry("batch size", "--batch"),
            Map.entry("samples", "--samples"),
            Map.entry("target accuracy", "--target"),
            Map.entry("held-out samples", "--eval-samples"),
            Map.entry("sequence", "--sequence"));

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
        if (value < min || value > max) {
            throw new ParameterException(commandLine, "Invalid value for " + flag + ": " + what + " must be between "
                    + Bounds.grouped(min) + " and " + Bounds.grouped(max) + " (was " + Bounds.grouped(value) + ")");
        }
    }

    static EchoModel openModel(Path file) {
        try {
            return LessonFiles.openModel(file);
        } catch (ModelFileException e) {
            throw new CommandFailure("Cannot open the model: " + e.getMessage());
        }
    }
}
