package org.echolstm.model;

import org.echolstm.model.dl4j.Dl4jConversion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echolstm.echo.EchoTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class WeightsExportTest {
    private final EchoModel model = new EchoModel(new EchoTask(5, 6, 2), new ModelSettings(3, Optimizer.ADAM, 0.01, 4));

    @Test
    void tensorsHaveTheirNamesShapesAndDl4jValues() {
        var tensors = WeightsExport.tensors(model);
        assertThat(tensors).extracting(WeightsExport.Tensor::name).containsExactly("lstm_input_weights",
                "lstm_recurrent_weights", "lstm_bias", "dense_weights", "dense_bias");
        assertThat(tensors.get(0).shape()).containsExactly(6, 12);
        assertThat(tensors.get(1).shape()).containsExactly(3, 12);
        assertThat(tensors.get(2).shape()).containsExactly(12);
        assertThat(tensors.get(3).shape()).containsExactly(3, 6);
        assertThat(tensors.get(4).shape()).containsExactly(6);
        var inputWeights = Dl4jConversion.networkOf(model).getParam("0_W");
        // C order: element (r, c) at r * columns + c.
        assertThat(tensors.get(0).values()[4 * 12 + 7]).isEqualTo(inputWeights.getFloat(4, 7));
        var denseWeights = Dl4jConversion.networkOf(model).getParam("1_W");
        assertThat(tensors.get(3).values()[2 * 6 + 5]).isEqualTo(denseWeights.getFloat(2, 5));
        long total = tensors.stream().mapToLong(t -> t.values().length).sum();
        assertThat(total).isEqualTo(model.parameterCount());
    }

    @Test
    void jsonHoldsShapesAndValues(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("w.json");
        WeightsExport.writeJson(model, file);
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("task").get("length").asInt()).isEqualTo(5);
        assertThat(json.get("task").get("features").asInt()).isEqualTo(6);
        assertThat(json.get("task").get("echoIndex").asInt()).isEqualTo(2);
        JsonNode recurrent = json.get("tensors").get(1);
        assertThat(recurrent.get("name").asText()).isEqualTo("lstm_recurrent_weights");
        assertThat(recurrent.get("shape").toString()).isEqualTo("[3,12]");
        assertThat(recurrent.get("values")).hasSize(3);
        assertThat(recurrent.get("values").get(1)).hasSize(12);
        assertThat((float) recurrent.get("values").get(1).get(5).asDouble())
                .isEqualTo(Dl4jConversion.networkOf(model).getParam("0_RW").getFloat(1, 5));
        assertThat(json.get("gateOrder").get(1).asText()).isEqualTo("forget gate");
    }

    @Test
    void npzHoldsNumpyArraysWithShapesAndValues(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("w.npz");
        WeightsExport.writeNpz(model, file);
        Map<String, byte[]> arrays = entries(file);
        assertThat(arrays).containsOnlyKeys("lstm_input_weights.npy", "lstm_recurrent_weights.npy", "lstm_bias.npy",
                "dense_weights.npy", "dense_bias.npy", "sequence_length.npy", "features.npy", "echo_index.npy",
                "gate_order.npy");
        byte[] npy = arrays.get("dense_weights.npy");
        assertThat(new String(npy, 1, 5, StandardCharsets.US_ASCII)).isEqualTo("NUMPY");
        int headerLength = (npy[8] & 0xFF) | (npy[9] & 0xFF) << 8;
        assertThat((10 + headerLength) % 64).isZero();
        String header = new String(npy, 10, headerLength, StandardCharsets.US_ASCII);
        assertThat(header).contains("'descr': '<f4'", "'fortran_order': False", "'shape': (3, 6)").endsWith("\n");
        ByteBuffer data = ByteBuffer.wrap(npy, 10 + headerLength, npy.length - 10 - headerLength)
                .order(ByteOrder.LITTLE_ENDIAN);
        assertThat(npy.length - 10 - headerLength).isEqualTo(4 * 18);
        var expected = Dl4jConversion.networkOf(model).getParam("1_W");
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 6; c++) {
                assertThat(data.getFloat()).isEqualTo(expected.getFloat(r, c));
            }
        }
        String biasHeader = new String(arrays.get("lstm_bias.npy"), 10, 60, StandardCharsets.US_ASCII);
        assertThat(biasHeader).contains("'shape': (12,)");
    }

    @Test
    void npzCarriesTheTaskAsScalarsAndTheGateOrderAsStrings(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("w.npz");
        WeightsExport.writeNpz(model, file);
        Map<String, byte[]> arrays = entries(file);
        assertThat(scalar(arrays.get("sequence_length.npy"))).isEqualTo(5);
        assertThat(scalar(arrays.get("features.npy"))).isEqualTo(6);
        assertThat(scalar(arrays.get("echo_index.npy"))).isEqualTo(2);

        byte[] npy = arrays.get("gate_order.npy");
        String header = header(npy);
        assertThat(header).contains("'descr': '<U11'", "'shape': (4,)");
        ByteBuffer data = data(npy);
        for (String gate : WeightsExport.GATE_ORDER) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 11; i++) {
                int codePoint = data.getInt();
                if (codePoint != 0) {
                    text.appendCodePoint(codePoint);
                }
            }
            assertThat(text.toString()).isEqualTo(gate);
        }
        assertThat(data.hasRemaining()).isFalse();
    }

    private static int scalar(byte[] npy) {
        assertThat(header(npy)).contains("'descr': '<i4'", "'shape': ()");
        ByteBuffer data = data(npy);
        assertThat(data.remaining()).isEqualTo(4);
        return data.getInt();
    }

    private static String header(byte[] npy) {
        int headerLength = (npy[8] & 0xFF) | (npy[9] & 0xFF) << 8;
        return new String(npy, 10, headerLength, StandardCharsets.US_ASCII);
    }

    private static ByteBuffer data(byte[] npy) {
        int start = 10 + ((npy[8] & 0xFF) | (npy[9] & 0xFF) << 8);
        return ByteBuffer.wrap(npy, start, npy.length - start).slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    static Map<String, byte[]> entries(Path npz) throws IOException {
        Map<String, byte[]> arrays = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(npz))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                arrays.put(e.getName(), zip.readAllBytes());
            }
        }
        return arrays;
    }
}
