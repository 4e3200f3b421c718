package org.echolstm.model.onnx;

import org.echolstm.model.dl4j.Dl4jConversion;
import onnx.Onnx.GraphProto;
import onnx.Onnx.ModelProto;
import onnx.Onnx.NodeProto;
import onnx.Onnx.TensorProto;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.TrainedModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnnxExportTest {
    private static final int UNITS = 3;
    private final EchoModel model = TrainedModels.trained(new EchoTask(5, 6, 2), UNITS, 2, 3);

    @Test
    void dl4jGateBlocksBecomeOnnxsInputOutputForgetCell() {
        // Two rows, one unit: DL4J's columns are cell input, forget, output, input; value = 10 * row + column.
        float[] dl4j = {0, 1, 2, 3, 10, 11, 12, 13};
        assertThat(OnnxExport.toOnnxGates(dl4j, 2, 1)).containsExactly(3, 13, 2, 12, 1, 11, 0, 10);
        // A bias of two units: blocks of two values each.
        float[] bias = {0, 1, 2, 3, 4, 5, 6, 7};
        assertThat(OnnxExport.toOnnxGates(bias, 1, 2)).containsExactly(6, 7, 4, 5, 2, 3, 0, 1);
    }

    @Test
    void dl4jsLstmHasNoPeepholes() {
        // GravesLSTM would keep three peephole columns in its recurrent weights ([units, 4 * units + 3]).
        assertThat(Dl4jConversion.networkOf(model).paramTable().keySet()).containsExactly("0_W", "0_RW", "0_b", "1_W", "1_b");
        assertThat(Dl4jConversion.networkOf(model).getParam("0_RW").shape()).containsExactly(UNITS, 4L * UNITS);
    }

    @Test
    void modelIsIr8Opset17WithTheDocumentedGraph() {
        ModelProto proto = OnnxExport.modelProto(model, "9.9");
        assertThat(proto.getIrVersion()).isEqualTo(8);
        assertThat(proto.getOpsetImport(0).getVersion()).isEqualTo(17);
        assertThat(proto.getProducerVersion()).isEqualTo("9.9");
        GraphProto graph = proto.getGraph();
        assertThat(graph.getNodeList()).extracting(NodeProto::getOpType)
                .containsExactly("Transpose", "LSTM", "Squeeze", "Gemm", "Softmax");
        NodeProto lstm = graph.getNode(1);
        assertThat(lstm.getInputList()).containsExactly("x_time_major", "lstm_W", "lstm_R", "lstm_B");
        TensorProto weights = initializer(graph, "lstm_W");
        assertThat(weights.getDimsList()).containsExactly(1L, 4L * UNITS, 6L);
        assertThat(initializer(graph, "lstm_R").getDimsList()).containsExactly(1L, 4L * UNITS, (long) UNITS);
        // The input weight of unit 1's input gate for feature 4: DL4J's column 3 * units + 1 of row 4.
        float expected = Dl4jConversion.networkOf(model).getParam("0_W").getFloat(4, 3 * UNITS + 1);
        assertThat(floats(weights)[(0 * UNITS + 1) * 6 + 4]).isEqualTo(expected);
        float[] bias = floats(initializer(graph, "lstm_B"));
        assertThat(bias).hasSize(8 * UNITS);
        // The forget gate's bias (ONNX block 2) comes from DL4J's block 1; the recurrent half is 0.
        assertThat(bias[2 * UNITS]).isEqualTo(Dl4jConversion.networkOf(model).getParam("0_b").getFloat((long) UNITS));
        for (int i = 4 * UNITS; i < 8 * UNITS; i++) {
            assertThat(bias[i]).isZero();
        }
    }

    @Test
    void writeProducesTheModelsBytes(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("m.onnx");
        OnnxExport.write(model, file, "1.0");
        assertThat(Files.readAllBytes(file)).isEqualTo(OnnxExport.modelProto(model, "1.0").toByteArray());
        assertThat(ModelProto.parseFrom(Files.readAllBytes(file)).getGraph().getName()).isEqualTo("echo_lstm");
    }

    @Test
    void aFailedWriteLeavesNothingBehind(@TempDir Path folder) throws IOException {
        Path occupied = Files.createDirectory(folder.resolve("m.onnx"));
        Files.writeString(occupied.resolve("keep.txt"), "kept");
        assertThatThrownBy(() -> OnnxExport.write(model, occupied, "1.0")).isInstanceOf(IOException.class);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(occupied);
        }
        assertThat(Files.readString(occupied.resolve("keep.txt"))).isEqualTo("kept");
    }

    private static TensorProto initializer(GraphProto graph, String name) {
        return graph.getInitializerList().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }

    private static float[] floats(TensorProto tensor) {
        ByteBuffer data = ByteBuffer.wrap(tensor.getRawData().toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[data.remaining() / 4];
        data.asFloatBuffer().get(values);
        return values;
    }
}
