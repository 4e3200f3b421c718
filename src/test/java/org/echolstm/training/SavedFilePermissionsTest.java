package org.echolstm.training;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.dl4j.ModelFiles;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.echolstm.model.WeightsExport;
import org.echolstm.model.onnx.OnnxExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Saved models, lessons and exports can be shared as the user's umask says, like any new file. */
class SavedFilePermissionsTest {
    @Test
    void everySavedFileGetsTheUmasksPermissions(@TempDir Path folder) throws IOException {
        Set<PosixFilePermission> normal = Files.getPosixFilePermissions(Files.writeString(folder.resolve("plain"), ""));
        EchoModel model = new EchoModel(new EchoTask(4, 3, 1), new ModelSettings(2, Optimizer.ADAM, 0.01, 1));
        ModelFiles.save(model, folder.resolve("model.zip"), "test");
        LessonFiles.save(new Lesson(model, new TrainingSettings(2, StopRule.samples(10)),
                new MetricHistory().curves()), folder.resolve("lesson.echolesson"), "test");
        WeightsExport.writeJson(model, folder.resolve("weights.json"));
        WeightsExport.writeNpz(model, folder.resolve("weights.npz"));
        OnnxExport.write(model, folder.resolve("model.onnx"), "test");

        for (String name : List.of("model.zip", "lesson.echolesson", "weights.json", "weights.npz", "model.onnx")) {
            assertThat(Files.getPosixFilePermissions(folder.resolve(name))).as(name).isEqualTo(normal);
        }
    }
}
