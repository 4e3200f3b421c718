package org.echolstm.cli;

import org.echolstm.AppInfo;
import org.echolstm.model.AtomicFiles;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write a model for use outside the application: its weights, with names and shapes, as JSON or "
                + "NumPy .npz, or the whole network as an ONNX model.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, converter = FormatConverter.class,
            description = "json, npz or onnx.")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the export.")
    Path out;

    @Override
    public Integer call() {
        EchoModel echoModel = model.open();
        try {
            format.write(echoModel, out, AppInfo.VERSION);
        } catch (IOException e) {
            throw new CommandFailure("Cannot write " + out + ": " + AtomicFiles.describe(e));
        }
        String what = format == ExportFormat.ONNX ? "Wrote " + model.file().getFileName() + " as an ONNX model to "
                : "Wrote the weights of " + model.file().getFileName() + " to ";
        spec.commandLine().getOut().println(what + out);
        return 0;
    }

    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.parse(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not an export format; choose one of " + ExportFormat.keys()));
        }
    }
}
