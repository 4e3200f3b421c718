package org.echolstm.model;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echolstm.echo.EchoTask;

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
 * (a zip of {@code .npy} arrays, float32, C order), for use outside DL4J. Both also carry the task
 * (sequence length, features, echo index) and the gate order; in the {@code .npz} these are the
 * int32 scalars {@code sequence_length}, {@code features}, {@code echo_index} and the string
 * array {@code gate_order}.
 *
 * <p>The LSTM's four gate blocks follow DL4J's order along the last axis of its weights and bias:
 * cell input (tanh), forget gate, output gate, input gate (each {@code units} wide). The LSTM has
 * one bias per gate (no separate recurrent bias) and no peephole connections.
 */
public final class WeightsExport {
    public static final List<String> GATE_ORDER = List.of("cell input", "forget gate", "output gate", "input gate");

    private WeightsExport() {
    }

    /** One parameter tensor: our name, DL4J's key, its shape, its values in C order. */
    public record Tensor(String name, String dl4jKey, long[] shape, float[] values) {
    }

    public static List<Tensor> tensors(EchoModel model) {
        float[][][] arrays = model.parameterArrays();
        int features = model.task().features();
        int units = model.settings().units();
        return List.of(
                tensor(arrays[0], "lstm_input_weights", "0_W", features, 4L * units),
                tensor(arrays[1], "lstm_recurrent_weights", "0_RW", units, 4L * units),
                tensor(arrays[2], "lstm_bias", "0_b", 4L * units),
                tensor(arrays[3], "dense_weights", "1_W", units, features),
                tensor(arrays[4], "dense_bias", "1_b", features));
    }

    /** One array's rows, one after the other: C order. */
    private static Tensor tensor(float[][] rows, String name, String key, long... shape) {
        float[] values = new float[rows.length * rows[0].length];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, values, r * rows[r].length, rows[r].length);
        }
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
                putArray(zip, t.name(), npy(t.shape(), t.values()));
            }
            EchoTask task = model.task();
            putArray(zip, "sequence_length", npyScalar(task.length()));
            putArray(zip, "features", npyScalar(task.features()));
            putArray(zip, "echo_index", npyScalar(task.echoIndex()));
            putArray(zip, "gate_order", npyStrings(GATE_ORDER));
        }
    }

    private static void putArray(ZipOutputStream zip, String name, byte[] npy) throws IOException {
        zip.putNextEntry(new ZipEntry(name + ".npy"));
        zip.write(npy);
        zip.closeEntry();
    }

    /** A float32 array. */
    static byte[] npy(long[] shape, float[] values) {
        ByteBuffer data = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        data.asFloatBuffer().put(values);
        return npy("<f4", shape, data.array());
    }

    /** A 0-dimensional int32 array: {@code int(npz["echo_index"])} in NumPy. */
    static byte[] npyScalar(int value) {
        return npy("<i4", new long[0], ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array());
    }

    /**
     * A 1-dimensional array of strings as NumPy's fixed-width unicode ({@code <U}: UTF-32LE code
     * points, zero-padded): NumPy reads it without pickling.
     */
    static byte[] npyStrings(List<String> strings) {
        int width = strings.stream().mapToInt(s -> s.codePointCount(0, s.length())).max().orElse(1);
        ByteBuffer data = ByteBuffer.allocate(4 * width * strings.size()).order(ByteOrder.LITTLE_ENDIAN);
        for (String s : strings) {
            int[] codePoints = s.codePoints().toArray();
            for (int i = 0; i < width; i++) {
                data.putInt(i < codePoints.length ? codePoints[i] : 0);
            }
        }
        return npy("<U" + width, new long[] {strings.size()}, data.array());
    }

    /** NumPy's {@code .npy} format, version 1.0: magic, header dict padded to 64 bytes, raw data. */
    private static byte[] npy(String descr, long[] shape, byte[] data) {
        StringBuilder dims = new StringBuilder();
        for (long d : shape) {
            dims.append(d).append(", ");
        }
        String shapeText = switch (shape.length) {
            case 0 -> "()";
            case 1 -> "(" + shape[0] + ",)";
            default -> "(" + dims.substring(0, dims.length() - 2) + ")";
        };
        String header = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shapeText + ", }";
        int unpadded = 10 + header.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        header = header + " ".repeat(padding) + "\n";
        byte[] headerBytes = header.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(10 + headerBytes.length + data.length);
        out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        out.write(headerBytes.length & 0xFF);
        out.write((headerBytes.length >> 8) & 0xFF);
        out.writeBytes(headerBytes);
        out.writeBytes(data);
        return out.toByteArray();
    }
}
