package org.echolstm.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --sequence V,V,...}: one input sequence for the model. */
final class SequenceOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--sequence", paramLabel = "V,V,...", required = true,
            description = "The sequence, comma-separated values, as long as the model's task.")
    String sequence;

    /** Comma-separated whole numbers; anything else is a usage error naming --sequence. */
    int[] values() {
        String[] parts = sequence.trim().split("\\s*,\\s*");
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new ParameterException(command.commandLine(), "Invalid value for --sequence: value " + (i + 1)
                        + " ('" + parts[i] + "') is not a whole number");
            }
        }
        return values;
    }
}
