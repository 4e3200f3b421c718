package org.echolstm.cli;

import org.echolstm.model.AtomicFiles;
import org.echolstm.model.EchoModel;
import org.echolstm.model.WeightsExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write a model's weights, with names and shapes, as JSON or NumPy .npz.")
final class ExportCommand implements Callable<Integer> {
    enum Format { json, npz }

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "json or npz.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the weights.")
    Path out;

    @Override
    public Integer call() {
        EchoModel echoModel = model.open();
        try {
            if (format == Format.json) {
                WeightsExport.writeJson(echoModel, out);
            } else {
                WeightsExport.writeNpz(echoModel, out);
            }
        } catch (IOException e) {
            throw new CommandFailure("Cannot write " + out + ": " + AtomicFiles.describe(e));
        }
        spec.commandLine().getOut().println("Wrote the weights of " + model.file().getFileName() + " to " + out);
        return 0;
    }
}
