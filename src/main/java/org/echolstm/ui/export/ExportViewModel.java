package org.echolstm.ui.export;

import javafx.beans.binding.BooleanBinding;
import org.echolstm.AppInfo;
import org.echolstm.model.AtomicFiles;
import org.echolstm.model.ExportFormat;
import org.echolstm.training.MetricHistory;
import org.echolstm.ui.DialogService;
import org.echolstm.ui.I18n;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.lesson.FileTasks;
import org.echolstm.ui.status.StatusBarViewModel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** File ▸ Export: the weights (JSON, NumPy), the model as ONNX, the training history (CSV) and pictures (PNG). */
public final class ExportViewModel {
    private final CurrentLesson lesson;
    private final FileTasks tasks;
    private final StatusBarViewModel status;
    private final BooleanBinding canExport;

    public ExportViewModel(CurrentLesson lesson, DialogService dialogs, StatusBarViewModel status) {
        this.lesson = lesson;
        this.status = status;
        this.tasks = new FileTasks(lesson, dialogs, status);
        canExport = lesson.hasModelProperty().and(lesson.busyProperty().not());
    }

    /** True when there is a model (and so weights, curves and pictures) to export. */
    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /** Writes the model in one of its export formats, the same the command line's {@code export} writes. */
    public void exportModel(ExportFormat format, Path file) {
        lesson.session().ifPresent(session -> write(file, () -> format.write(session.modelCopy(), file, AppInfo.VERSION)));
    }

    /** Writes the training history as CSV, one row per point: {@code series,samples,value}. */
    public void exportHistory(Path file) {
        // The history belongs to the lesson: nothing to write without one.
        lesson.session().ifPresent(session -> write(file, () -> writeText(file, MetricHistory.toCsv(lesson.history().curves()))));
    }

    /** Writes the training history as a table for a spreadsheet, one column per curve. */
    public void exportHistoryTable(Path file) {
        lesson.session().ifPresent(session -> write(file,
                () -> writeText(file, MetricHistory.toWideCsv(lesson.history().curves()))));
    }

    /** Writes a picture made by the view (charts, sample) off the UI thread. */
    public void exportImage(BufferedImage image, Path file) {
        write(file, () -> AtomicFiles.write(file, out -> ImageIO.write(image, "png", out)));
    }

    /** Writing one file, in the background. */
    @FunctionalInterface
    private interface FileWrite {
        void write() throws IOException;
    }

    private void write(Path file, FileWrite work) {
        tasks.run(I18n.t("status.exporting", file.getFileName().toString()), () -> {
            work.write();
            return Optional.of(file);
        }, this::exported);
    }

    private static void writeText(Path file, String text) throws IOException {
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private void exported(Path file) {
        status.say(I18n.t("status.exported", file.getFileName().toString()));
    }
}
