package org.echolstm.model.onnx;

import org.junit.jupiter.api.Tag;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxModelMetadata;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.OneHot;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.EchoModel;
import org.echolstm.model.TrainedModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** ONNX Runtime runs the exported file and gives the application's answers. */
@Tag("integration") // ONNX Runtime as the oracle: in ./mvnw verify's integration phase
class OnnxRuntimeTest {
    private static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();
    private static final int SEQUENCES = 200;
    private static final double TOLERANCE = 1e-5;

    @ParameterizedTest(name = "task {0}/{1}/{2}, {3} units")
    @CsvSource({
            "5, 6, 2, 3",
            "10, 25, 7, 25",
            "20, 12, 15, 40",
            "8, 50, 1, 7",
            "1, 2, 0, 1",
    })
    void onnxRuntimeGivesTheApplicationsProbabilities(int length, int features, int echoIndex, int units)
            throws OrtException {
        EchoTask task = new EchoTask(length, features, echoIndex);
        EchoModel model = TrainedModels.trained(task, units, 25, 7);
        SequenceGenerator generator = new SequenceGenerator(task, 99);
        int[][] sequences = new int[SEQUENCES][];
        float[][][] x = new float[SEQUENCES][][];
        for (int s = 0; s < SEQUENCES; s++) {
            sequences[s] = generator.nextSequence();
            x[s] = OneHot.encode(sequences[s], features);
        }

        float[][] onnx = run(OnnxExport.modelProto(model, "test").toByteArray(), x);

        assertThat(onnx).hasNumberOfRows(SEQUENCES);
        double maxDifference = 0;
        for (int s = 0; s < SEQUENCES; s++) {
            float[] expected = model.predict(sequences[s]).probabilities();
            assertThat(onnx[s]).hasSize(features);
            for (int v = 0; v < features; v++) {
                maxDifference = Math.max(maxDifference, Math.abs(onnx[s][v] - expected[v]));
            }
        }
        System.out.printf("ONNX Runtime vs application, task %s, %d units: max |difference| %.3g over %d sequences%n",
                task, units, maxDifference, SEQUENCES);
        assertThat(maxDifference).isLessThan(TOLERANCE);
    }

    @Test
    void metadataAndSignatureAreReadableThroughOnnxRuntime() throws OrtException {
        EchoModel model = TrainedModels.trained(new EchoTask(6, 9, 4), 5, 3, 1);
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
             OrtSession session = ENV.createSession(OnnxExport.modelProto(model, "1.2.3").toByteArray(), options)) {
            OnnxModelMetadata metadata = session.getMetadata();
            assertThat(metadata.getCustomMetadata()).containsAllEntriesOf(Map.of(
                    "sequence_length", "6", "features", "9", "echo_index", "4", "lstm_units", "5",
                    "samples_trained", "48", "app_version", "1.2.3"));
            assertThat(metadata.getProducerName()).isEqualTo("Echo LSTM Explorer");
            assertThat(metadata.getDescription()).contains("[batch, 6, 9]", "index 4", "argmax");

            assertThat(session.getInputNames()).containsExactly("x");
            assertThat(session.getOutputNames()).containsExactly("probabilities");
            NodeInfo input = session.getInputInfo().get("x");
            assertThat(((TensorInfo) input.getInfo()).getShape()).containsExactly(-1, 6, 9);
            NodeInfo output = session.getOutputInfo().get("probabilities");
            assertThat(((TensorInfo) output.getInfo()).getShape()).containsExactly(-1, 9);
        }
    }

    private static float[][] run(byte[] file, float[][][] x) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
             OrtSession session = ENV.createSession(file, options);
             OnnxTensor input = OnnxTensor.createTensor(ENV, x);
             OrtSession.Result result = session.run(Map.of(OnnxExport.INPUT, input))) {
            return (float[][]) result.get(OnnxExport.OUTPUT).orElseThrow().getValue();
        }
    }
}
