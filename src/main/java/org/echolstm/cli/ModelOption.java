package org.echolstm.cli;

import org.echolstm.model.EchoModel;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --model FILE}: the saved model (or lesson) a command reads. */
final class ModelOption {
    @Option(names = "--model", paramLabel = "FILE", required = true, description = "The model (or lesson) file.")
    Path file;

    Path file() {
        return file;
    }

    /** Opens the file; one that is not a model is a failure (exit 1) that says why. */
    EchoModel open() {
        return Options.openModel(file);
    }
}
