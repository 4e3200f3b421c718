package org.echolstm.cli;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echolstm.echo.OneHot;
import org.echolstm.model.EchoModel;
import org.echolstm.training.LessonFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class ExportCommandTest {
    @TempDir
    static Path shared;
    static Path model;

    @TempDir
    Path folder;

    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = EchoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    @BeforeAll
    static void trainAModel() {
        model = shared.resolve("m.zip");
        Result result = run("train", "--length", "4", "--features", "5", "--index", "1", "--units", "6",
                "--batch", "16", "--lr", "0.01", "--samples", "320", "--seed", "2", "--out", model.toString());
        assertThat(result.status()).as(result.err()).isZero();
    }

    @Test
    void onnxExportRunsInOnnxRuntimeWithTheModelsAnswers() throws Exception {
        Path out = folder.resolve("m.onnx");
        Result result = run("export", "--format", "onnx", "--model", model.toString(), "--out", out.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo("Wrote m.zip as an ONNX model to " + out);

        EchoModel opened = LessonFiles.openModel(model);
        int[] sequence = {3, 0, 4, 2};
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
             OrtSession session = env.createSession(out.toString(), options);
             OnnxTensor x = OnnxTensor.createTensor(env, new float[][][] {OneHot.encode(sequence, 5)});
             OrtSession.Result answer = session.run(Map.of("x", x))) {
            float[] probabilities = ((float[][]) answer.get(0).getValue())[0];
            float[] expected = opened.predict(sequence).probabilities();
            for (int v = 0; v < expected.length; v++) {
                assertThat((double) probabilities[v]).isCloseTo(expected[v], offset(1e-5));
            }
            assertThat(session.getMetadata().getCustomMetadata()).containsEntry("samples_trained", "320");
        }
    }

    @Test
    void npzAndJsonExportsCarryTheTask() throws Exception {
        Path npz = folder.resolve("w.npz");
        assertThat(run("export", "--format", "npz", "--model", model.toString(), "--out", npz.toString()).status())
                .isZero();
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(npz))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).contains("lstm_input_weights.npy", "sequence_length.npy", "echo_index.npy",
                "gate_order.npy");
        Path json = folder.resolve("w.json");
        assertThat(run("export", "--format", "json", "--model", model.toString(), "--out", json.toString()).status())
                .isZero();
        assertThat(new ObjectMapper().readTree(json.toFile()).get("task").get("echoIndex").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "npz", "onnx"})
    void anUnreadableModelIsOneSentenceAndWritesNothing(String format) throws Exception {
        Path junk = folder.resolve("junk.zip");
        Files.writeString(junk, "not a model");
        Path out = folder.resolve("out." + format);
        Result result = run("export", "--format", format, "--model", junk.toString(), "--out", out.toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip())
                .isEqualTo("Cannot open the model: junk.zip is not a model file (not a readable zip archive).");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "npz", "onnx"})
    void aMissingFolderIsOneSentenceAndWritesNothing(String format) {
        Path out = folder.resolve("missing").resolve("out." + format);
        Result result = run("export", "--format", format, "--model", model.toString(), "--out", out.toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("Cannot write " + out + ": the folder does not exist.");
        assertThat(folder.resolve("missing")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "npz", "onnx"})
    void aTargetThatCannotBeReplacedLeavesNothingBehind(String format) throws Exception {
        Path occupied = Files.createDirectory(folder.resolve("out." + format));
        Files.writeString(occupied.resolve("keep.txt"), "kept");
        Result result = run("export", "--format", format, "--model", model.toString(), "--out", occupied.toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().lines().toList()).hasSize(1);
        assertThat(result.err()).startsWith("Cannot write " + occupied + ": ").doesNotContain("Exception");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(occupied);
        }
        assertThat(Files.readString(occupied.resolve("keep.txt"))).isEqualTo("kept");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Result result = run("export", "--format", "h5", "--model", model.toString(), "--out", "x.h5");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().lines().findFirst()).hasValueSatisfying(line ->
                assertThat(line).contains("--format", "json, npz, onnx"));
    }
}
