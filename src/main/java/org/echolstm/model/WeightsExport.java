package org.echolstm.model;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Every parameter tensor of a model with its name and shape, as JSON or as NumPy's {@code .npz}
 * (a zip of {@code .npy} arrays, float32, C order), for use outside DL4J.
 *
 * <p>The LSTM's four gate blocks follow DL4J's order along the last axis of its weights and bias:
 * cell input (tanh), forget gate, output gate, input gate (each {@code units} wide).
 */
public final class WeightsExport {
    public static final List<String> GATE_ORDER = List.of("cell input", "forget gate", "output gate", "input gate");

    private WeightsExport() {
    }

    /** One parameter tensor: our name, DL4J's key, its shape, its values in C order. */
    public record Tensor(String name, String dl4jKey, long[] shape, float[] values) {
    }

    public static List<Tensor> tensors(EchoModel model) {
        MultiLayerNetwork network = model.network();
        int features = model.task().features();
        int units = model.settings().units();
        return List.of(
                tensor(network, "lstm_input_weights", "0_W", features, 4L * units),
                tensor(network, "lstm_recurrent_weights", "0_RW", units, 4L * units),
                tensor(network, "lstm_bias", "0_b", 4L * units),
                tensor(network, "dense_weights", "1_W", units, features),
                tensor(network, "dense_bias", "1_b", features));
    }

    private static Tensor tensor(MultiLayerNetwork network, String name, String key, long... shape) {
        INDArray param = network.getParam(key);
        // A C-order copy lists the elements in logical order whatever the view's own ordering.
        float[] values = param.dup('c').data().asFloat();
        return new Tensor(name, key, shape, values);
    }

    public static void writeJson(EchoModel model, Path file) throws IOException {
        AtomicFiles.write(file, out -> writeJson(model, out));
    }

    static void writeJson(EchoModel model, OutputStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", "echo-lstm-weights");
            json.writeNumberField("formatVersion", 1);
            json.writeObjectField("task", model.task());
            json.writeObjectField("settings", model.settings());
            json.writeNumberField("samplesTrained", model.samplesTrained());
            json.writeObjectField("gateOrder", GATE_ORDER);
            json.writeArrayFieldStart("tensors");
            for (Tensor t : tensors(model)) {
                json.writeStartObject();
                json.writeStringField("name", t.name());
                json.writeStringField("dl4jKey", t.dl4jKey());
                json.writeObjectField("shape", t.shape());
                json.writeFieldName("values");
                writeNested(json, t.values(), t.shape());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** Values as nested arrays following the shape (rows of a matrix, a flat list for a vector). */
    private static void writeNested(JsonGenerator json, float[] values, long[] shape) throws IOException {
        json.writeStartArray();
        if (shape.length == 1) {
            for (float v : values) {
                json.writeNumber(v);
            }
        } else {
            int columns = (int) shape[1];
            for (int r = 0; r < shape[0]; r++) {
                json.writeStartArray();
                for (int c = 0; c < columns; c++) {
                    json.writeNumber(values[r * columns + c]);
                }
                json.writeEndArray();
            }
        }
        json.writeEndArray();
    }

    public static void writeNpz(EchoModel model, Path file) throws IOException {
        AtomicFiles.write(file, out -> writeNpz(model, out));
    }

    static void writeNpz(EchoModel model, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Tensor t : tensors(model)) {
                zip.putNextEntry(new ZipEntry(t.name() + ".npy"));
                zip.write(npy(t.shape(), t.values()));
                zip.closeEntry();
            }
        }
    }

    /** NumPy's {@code .npy} format, version 1.0: magic, header dict padded to 64 bytes, raw data. */
    static byte[] npy(long[] shape, float[] values) {
        StringBuilder dims = new StringBuilder();
        for (long d : shape) {
            dims.append(d).append(", ");
        }
        String shapeText = shape.length == 1 ? "(" + shape[0] + ",)" : "(" + dims.substring(0, dims.length() - 2) + ")";
        String header = "{'descr': '<f4', 'fortran_order': False, 'shape': " + shapeText + ", }";
        int unpadded = 10 + header.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        header = header + " ".repeat(padding) + "\n";
        byte[] headerBytes = header.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(10 + headerBytes.length + 4 * values.length);
        out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        out.write(headerBytes.length & 0xFF);
        out.write((headerBytes.length >> 8) & 0xFF);
        out.writeBytes(headerBytes);
        ByteBuffer data = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            data.putFloat(v);
        }
        out.writeBytes(data.array());
        return out.toByteArray();
    }
}
