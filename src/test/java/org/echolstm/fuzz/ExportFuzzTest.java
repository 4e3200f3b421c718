package org.echolstm.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import onnx.Onnx.ModelProto;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelFileException;
import org.echolstm.model.WeightsExport;
import org.echolstm.model.onnx.OnnxExport;
import org.echolstm.training.LessonFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exporting a model opened from a fuzzed file: whatever opens can be written as weights JSON,
 * weights NPZ and ONNX, and each export reads back.
 */
class ExportFuzzTest {
    private static Path folder;

    @BeforeAll
    static void setUp() throws IOException {
        FuzzTargets.warmUp();
        folder = Files.createTempDirectory("echo-lstm-export-fuzz");
    }

    @AfterAll
    static void tearDown() throws IOException {
        for (String name : new String[] {"weights.json", "weights.npz", "model.onnx"}) {
            Files.deleteIfExists(folder.resolve(name));
        }
        Files.deleteIfExists(folder);
    }

    @FuzzTest(maxDuration = FuzzTargets.MAX_DURATION)
    @DictionaryFile(resourcePath = FuzzTargets.FILE_DICTIONARY)
    void exportOpenedModel(byte[] input) throws IOException {
        EchoModel model;
        try {
            model = LessonFiles.openModel(FuzzInputs.write(FuzzInputs.zipOfEntries(input)));
        } catch (ModelFileException e) {
            FuzzInputs.assertOneSentence(e.getMessage());
            return;
        }
        Path json = folder.resolve("weights.json");
        WeightsExport.writeJson(model, json);
        assertThat(new ObjectMapper().readTree(json.toFile()).get("tensors").size()).isEqualTo(5);
        Path npz = folder.resolve("weights.npz");
        WeightsExport.writeNpz(model, npz);
        try (ZipFile zip = new ZipFile(npz.toFile())) {
            assertThat(zip.size()).isEqualTo(9);
        }
        Path onnx = folder.resolve("model.onnx");
        OnnxExport.write(model, onnx, "fuzz");
        assertThat(ModelProto.parseFrom(Files.readAllBytes(onnx)).getGraph().getNodeCount()).isPositive();
    }
}
