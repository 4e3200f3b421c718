package org.echolstm.ui.export;

import javafx.beans.binding.BooleanBinding;
import org.echolstm.AppInfo;
import org.echolstm.model.AtomicFiles;
import org.echolstm.model.WeightsExport;
import org.echolstm.model.onnx.OnnxExport;
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
    /** What can be exported from the model or its history. */
    public enum Kind { WEIGHTS_JSON, WEIGHTS_NPZ, ONNX, HISTORY_CSV, HISTORY_TABLE }

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

    public void export(Kind kind, Path file) {
        lesson.session().ifPresent(session -> tasks.run(I18n.t("status.exporting", file.getFileName().toString()), () -> {
            switch (kind) {
                case WEIGHTS_JSON -> WeightsExport.writeJson(session.modelSnapshot(), file);
                case WEIGHTS_NPZ -> WeightsExport.writeNpz(session.modelSnapshot(), file);
                case ONNX -> OnnxExport.write(session.modelSnapshot(), file, AppInfo.VERSION);
                case HISTORY_CSV -> writeText(file, MetricHistory.toCsv(lesson.history().curves()));
                case HISTORY_TABLE -> writeText(file, MetricHistory.toWideCsv(lesson.history().curves()));
            }
            return Optional.of(file);
        }, this::exported));
    }

    /** Writes a picture made by the view (charts, sample) off the UI thread. */
    public void exportImage(BufferedImage image, Path file) {
        tasks.run(I18n.t("status.exporting", file.getFileName().toString()), () -> {
            AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
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
