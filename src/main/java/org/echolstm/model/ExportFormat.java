package org.echolstm.model;

import org.echolstm.model.onnx.OnnxExport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats a model is exported to for use outside the application: the weights with names and
 * shapes as JSON or NumPy's {@code .npz} ({@link WeightsExport}), or the whole network as an ONNX
 * model ({@link OnnxExport}). Each has the name the command line takes, its file extension and its
 * writer, which writes atomically.
 */
public enum ExportFormat {
    WEIGHTS_JSON("json", ".json", (model, file, appVersion) -> WeightsExport.writeJson(model, file)),
    WEIGHTS_NPZ("npz", ".npz", (model, file, appVersion) -> WeightsExport.writeNpz(model, file)),
    ONNX("onnx", ".onnx", OnnxExport::write);

    /** Writes a model in one format. */
    @FunctionalInterface
    public interface Writer {
        void write(EchoModel model, Path file, String appVersion) throws IOException;
    }

    private final String key;
    private final String extension;
    private final Writer writer;

    ExportFormat(String key, String extension, Writer writer) {
        this.key = key;
        this.extension = extension;
        this.writer = writer;
    }

    /** The name the command line takes ({@code --format npz}). */
    public String key() {
        return key;
    }

    /** The file extension, with its dot ({@code .npz}). */
    public String extension() {
        return extension;
    }

    /** Writes {@code model} to {@code file} atomically: a failed write leaves any previous file intact. */
    public void write(EchoModel model, Path file, String appVersion) throws IOException {
        writer.write(model, file, appVersion);
    }

    /** The format of this name (any case). */
    public static Optional<ExportFormat> parse(String text) {
        return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(text.trim())).findFirst();
    }

    /** Every name, as a list for a sentence: "json, npz, onnx". */
    public static String keys() {
        return Arrays.stream(values()).map(ExportFormat::key).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return key;
    }
}
