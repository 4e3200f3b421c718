package org.echolstm.model;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.onnx.OnnxExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The export formats: their names and extensions, and each writes what its writer writes. */
class ExportFormatTest {
    @TempDir
    Path folder;

    @Test
    void eachFormatHasItsNameAndExtension() {
        assertThat(ExportFormat.keys()).isEqualTo("json, npz, onnx");
        for (ExportFormat format : ExportFormat.values()) {
            assertThat(format.extension()).isEqualTo("." + format.key());
            assertThat(ExportFormat.parse(" " + format.key().toUpperCase() + " ")).contains(format);
        }
        assertThat(ExportFormat.parse("h5")).isEmpty();
    }

    @Test
    void eachFormatWritesWhatItsWriterWrites() throws IOException {
        EchoModel model = TrainedModels.trained(new EchoTask(5, 4, 2), 3, 2, 7);
        for (ExportFormat format : ExportFormat.values()) {
            Path file = folder.resolve("model" + format.extension());
            format.write(model, file, "1.0");
            Path expected = folder.resolve("expected" + format.extension());
            switch (format) {
                case WEIGHTS_JSON -> WeightsExport.writeJson(model, expected);
                case WEIGHTS_NPZ -> WeightsExport.writeNpz(model, expected);
                case ONNX -> OnnxExport.write(model, expected, "1.0");
            }
            assertThat(Files.readAllBytes(file)).as(format.key()).isEqualTo(Files.readAllBytes(expected));
        }
    }
}
