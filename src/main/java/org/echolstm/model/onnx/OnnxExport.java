package org.echolstm.model.onnx;

import onnx.Onnx.AttributeProto;
import onnx.Onnx.AttributeProto.AttributeType;
import onnx.Onnx.GraphProto;
import onnx.Onnx.ModelProto;
import onnx.Onnx.NodeProto;
import onnx.Onnx.OperatorSetIdProto;
import onnx.Onnx.StringStringEntryProto;
import onnx.Onnx.TensorProto;
import onnx.Onnx.TensorProto.DataType;
import onnx.Onnx.TensorShapeProto;
import onnx.Onnx.TypeProto;
import onnx.Onnx.ValueInfoProto;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.AtomicFiles;
import org.echolstm.model.EchoModel;
import org.echolstm.model.WeightsExport;
import org.nd4j.shade.protobuf.ByteString;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trained network as a standard ONNX model that ONNX Runtime (1.16 and later) and other ONNX
 * tools run without this application.
 *
 * <p>The graph: input {@code x}, float32 {@code [batch, length, features]} (the one-hot sequences);
 * {@code Transpose} to the {@code [length, batch, features]} layout that every runtime's
 * {@code LSTM} accepts (ONNX Runtime refuses {@code layout=1}); {@code LSTM}, whose {@code Y_h} is
 * the hidden state of the last time step; {@code Squeeze}; {@code Gemm} (the dense layer);
 * {@code Softmax}, giving output {@code probabilities}, float32 {@code [batch, features]}.
 */
public final class OnnxExport {
    /** IR 8 with opset 17: the newest pair that the ONNX 1.12 checker and ONNX Runtime 1.16+ both accept. */
    public static final long IR_VERSION = 8;
    public static final long OPSET = 17;
    public static final String INPUT = "x";
    public static final String OUTPUT = "probabilities";
    /** ONNX's order of the four gate blocks in the LSTM's W, R and B. */
    public static final List<String> GATE_ORDER = List.of("input gate", "output gate", "forget gate", "cell input");

    private static final String PRODUCER = "Echo LSTM Explorer";

    private OnnxExport() {
    }

    /** Writes {@code model} to {@code file} atomically: on failure nothing is left behind. */
    public static void write(EchoModel model, Path file, String appVersion) throws IOException {
        ModelProto proto = modelProto(model, appVersion);
        AtomicFiles.write(file, proto::writeTo);
    }

    public static ModelProto modelProto(EchoModel model, String appVersion) {
        EchoTask task = model.task();
        return ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setProducerName(PRODUCER)
                .setProducerVersion(appVersion)
                .setModelVersion(1)
                .setDocString(docString(task))
                .addAllMetadataProps(metadata(model, appVersion).entrySet().stream()
                        .map(e -> StringStringEntryProto.newBuilder().setKey(e.getKey()).setValue(e.getValue()).build())
                        .toList())
                .setGraph(graph(model))
                .build();
    }

    /** The metadata properties, as ONNX Runtime's {@code getCustomMetadata()} returns them. */
    public static Map<String, String> metadata(EchoModel model, String appVersion) {
        EchoTask task = model.task();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("sequence_length", String.valueOf(task.length()));
        properties.put("features", String.valueOf(task.features()));
        properties.put("echo_index", String.valueOf(task.echoIndex()));
        properties.put("lstm_units", String.valueOf(model.settings().units()));
        properties.put("samples_trained", String.valueOf(model.samplesTrained()));
        properties.put("app_version", appVersion);
        return properties;
    }

    private static String docString(EchoTask task) {
        return "LSTM trained by " + PRODUCER + " on the echo task: sequences of " + task.length()
                + " values in 0.." + (task.features() - 1) + ", the answer is the value at index " + task.echoIndex()
                + " (counting from 0). Input 'x': float32 [batch, " + task.length() + ", " + task.features()
                + "], one-hot: x[b, t, v] = 1 where step t of sequence b holds value v, else 0. Output '"
                + OUTPUT + "': float32 [batch, " + task.features() + "], the probability of each value;"
                + " the predicted answer is the argmax over the last axis.";
    }

    private static GraphProto graph(EchoModel model) {
        int features = model.task().features();
        int units = model.settings().units();
        List<WeightsExport.Tensor> tensors = WeightsExport.tensors(model);
        float[] inputWeights = tensors.get(0).values();
        float[] recurrentWeights = tensors.get(1).values();
        float[] lstmBias = tensors.get(2).values();
        float[] denseWeights = tensors.get(3).values();
        float[] denseBias = tensors.get(4).values();

        // B holds the input biases, then the recurrent biases: DL4J has one bias, so the second half is 0.
        float[] bias = new float[8 * units];
        System.arraycopy(toOnnxGates(lstmBias, 1, units), 0, bias, 0, 4 * units);

        return GraphProto.newBuilder()
                .setName("echo_lstm")
                .addInput(valueInfo(INPUT, "batch", model.task().length(), features))
                .addOutput(valueInfo(OUTPUT, "batch", features))
                .addInitializer(floats("lstm_W", toOnnxGates(inputWeights, features, units), 1, 4L * units, features))
                .addInitializer(floats("lstm_R", toOnnxGates(recurrentWeights, units, units), 1, 4L * units, units))
                .addInitializer(floats("lstm_B", bias, 1, 8L * units))
                .addInitializer(longs("squeeze_axes", 0))
                .addInitializer(floats("dense_W", denseWeights, units, features))
                .addInitializer(floats("dense_B", denseBias, features))
                .addNode(node("Transpose", "time_major", List.of(INPUT), List.of("x_time_major"),
                        intsAttribute("perm", 1, 0, 2)))
                // Y (every step's hidden state) is left unnamed: only Y_h, the last step's, is used.
                .addNode(node("LSTM", "lstm", List.of("x_time_major", "lstm_W", "lstm_R", "lstm_B"),
                        List.of("", "lstm_Y_h"), intAttribute("hidden_size", units), intAttribute("layout", 0)))
                .addNode(node("Squeeze", "last_hidden", List.of("lstm_Y_h", "squeeze_axes"), List.of("last_hidden")))
                .addNode(node("Gemm", "dense", List.of("last_hidden", "dense_W", "dense_B"), List.of("logits")))
                .addNode(node("Softmax", "softmax", List.of("logits"), List.of(OUTPUT), intAttribute("axis", -1)))
                .build();
    }

    /**
     * DL4J's packed LSTM matrix {@code [rows, 4 * units]} (C order, gate blocks in
     * {@link WeightsExport#GATE_ORDER}) as ONNX wants it: {@code [4 * units, rows]}, gate blocks in
     * {@link #GATE_ORDER}. A bias is a matrix of one row.
     */
    static float[] toOnnxGates(float[] dl4j, int rows, int units) {
        int columns = 4 * units;
        if (dl4j.length != rows * columns) {
            throw new IllegalArgumentException("expected " + rows * columns + " values, got " + dl4j.length);
        }
        float[] onnx = new float[dl4j.length];
        for (int gate = 0; gate < 4; gate++) {
            int from = WeightsExport.GATE_ORDER.indexOf(GATE_ORDER.get(gate));
            for (int j = 0; j < units; j++) {
                for (int k = 0; k < rows; k++) {
                    onnx[(gate * units + j) * rows + k] = dl4j[k * columns + from * units + j];
                }
            }
        }
        return onnx;
    }

    private static ValueInfoProto valueInfo(String name, Object... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (Object dim : dims) {
            TensorShapeProto.Dimension.Builder d = shape.addDimBuilder();
            if (dim instanceof String symbol) {
                d.setDimParam(symbol);
            } else {
                d.setDimValue(((Number) dim).longValue());
            }
        }
        TypeProto type = TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder().setElemType(DataType.FLOAT_VALUE).setShape(shape))
                .build();
        return ValueInfoProto.newBuilder().setName(name).setType(type).build();
    }

    private static TensorProto floats(String name, float[] values, long... dims) {
        ByteBuffer data = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        data.asFloatBuffer().put(values);
        return tensor(name, DataType.FLOAT, data, dims);
    }

    private static TensorProto longs(String name, long... values) {
        ByteBuffer data = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        data.asLongBuffer().put(values);
        return tensor(name, DataType.INT64, data, values.length);
    }

    /** A tensor with its values as raw little-endian bytes, as the ONNX format stores them. */
    private static TensorProto tensor(String name, DataType type, ByteBuffer data, long... dims) {
        TensorProto.Builder tensor = TensorProto.newBuilder().setName(name).setDataType(type.getNumber())
                .setRawData(ByteString.copyFrom(data.array()));
        for (long d : dims) {
            tensor.addDims(d);
        }
        return tensor.build();
    }

    private static NodeProto node(String op, String name, List<String> inputs, List<String> outputs,
                                  AttributeProto... attributes) {
        return NodeProto.newBuilder().setOpType(op).setName(name).addAllInput(inputs).addAllOutput(outputs)
                .addAllAttribute(List.of(attributes)).build();
    }

    private static AttributeProto intAttribute(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeType.INT).setI(value).build();
    }

    private static AttributeProto intsAttribute(String name, long... values) {
        AttributeProto.Builder attribute = AttributeProto.newBuilder().setName(name).setType(AttributeType.INTS);
        for (long v : values) {
            attribute.addInts(v);
        }
        return attribute.build();
    }
}
