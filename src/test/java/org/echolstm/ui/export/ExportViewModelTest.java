package org.echolstm.ui.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echolstm.model.ExportFormat;
import org.echolstm.ui.I18n;
import org.echolstm.ui.MainViewModel;
import org.echolstm.ui.ScriptedDialogs;
import org.echolstm.ui.SmallLessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** File ▸ Export without a window: weights, history and pictures are written to a temporary folder. */
class ExportViewModelTest {
    private static final long LIMIT = 512;

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MainViewModel vm = SmallLessons.window(dialogs, LIMIT);
    private final ExportViewModel export = vm.export();

    @Test
    void withoutAModelNothingCanBeExported() {
        assertThat(export.canExportProperty().get()).isFalse();

        Path file = dir.resolve("weights.json");
        export.exportModel(ExportFormat.WEIGHTS_JSON, file);

        assertThat(file).doesNotExist();
        assertThat(dialogs.calls()).isEmpty();
    }

    @Test
    void theWeightsExportAsJson() throws IOException {
        vm.training().train();
        assertThat(export.canExportProperty().get()).isTrue();
        Path file = dir.resolve("weights.json");

        export.exportModel(ExportFormat.WEIGHTS_JSON, file);

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.isObject()).isTrue();
        assertThat(json.size()).isPositive();
        assertThat(vm.status().messageProperty().get()).isEqualTo(I18n.t("status.exported", "weights.json"));
        assertThat(dialogs.calls()).isEmpty();
    }

    @Test
    void theWeightsExportAsNumpyArchive() throws IOException {
        vm.training().train();
        Path file = dir.resolve("weights.npz");

        export.exportModel(ExportFormat.WEIGHTS_NPZ, file);

        try (ZipFile npz = new ZipFile(file.toFile())) {
            assertThat(npz.stream().map(e -> e.getName()).toList()).isNotEmpty().allMatch(n -> n.endsWith(".npy"));
        }
        assertThat(vm.status().messageProperty().get()).isEqualTo(I18n.t("status.exported", "weights.npz"));
    }

    @Test
    void everyFormatOfTheCommandLineExportsFromTheWindowToo() throws IOException {
        vm.training().train();
        for (ExportFormat format : ExportFormat.values()) {
            Path file = dir.resolve("model" + format.extension());

            export.exportModel(format, file);

            assertThat(file).isNotEmptyFile();
            assertThat(vm.status().messageProperty().get()).isEqualTo(I18n.t("status.exported", file.getFileName().toString()));
        }
        assertThat(dialogs.calls()).isEmpty();
    }

    @Test
    void theHistoryExportsAsCsvWithEveryPoint() throws IOException {
        vm.training().train();
        Path file = dir.resolve("history.csv");

        export.exportHistory(file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("series,samples,value");
        assertThat(lines).hasSize(vm.lesson().history().curves().totalPoints() + 1);
        assertThat(lines).anyMatch(l -> l.startsWith("loss," + LIMIT + ","));
    }

    @Test
    void aPictureExportsAsPng() throws IOException {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff8800);
        Path file = dir.resolve("picture.png");

        export.exportImage(image, file);

        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(3);
        assertThat(read.getHeight()).isEqualTo(2);
        assertThat(read.getRGB(1, 1) & 0xffffff).isEqualTo(0xff8800);
    }

    @Test
    void aFolderThatIsNotThereIsOneSentenceInADialog() {
        vm.training().train();
        Path file = dir.resolve("missing").resolve("weights.json");

        export.exportModel(ExportFormat.WEIGHTS_JSON, file);

        assertThat(file).doesNotExist();
        assertThat(dialogs.calls("showError")).singleElement().satisfies(call -> {
            assertThat(call.title()).isEqualTo(I18n.t("dialog.error.file"));
            assertThat(call.message()).endsWith(".").doesNotContain("\n").doesNotContain(".tmp");
        });
        assertThat(vm.lesson().busyProperty().get()).isFalse();
        assertThat(export.canExportProperty().get()).isTrue();
    }
}
