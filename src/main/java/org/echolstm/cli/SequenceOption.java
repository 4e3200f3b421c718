package org.echolstm.cli;

import org.echolstm.echo.SequenceText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --sequence V,V,...}: one input sequence for the model, read by {@link SequenceText}. */
final class SequenceOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--sequence", paramLabel = "V,V,...", required = true,
            description = "The sequence, values separated by commas or spaces, as long as the model's task.")
    String sequence;

    /** Whole numbers; anything else is a usage error naming --sequence. */
    int[] values() {
        return Options.validated(command.commandLine(), () -> SequenceText.parse(sequence));
    }
}
