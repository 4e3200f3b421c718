package org.echolstm.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.echolstm.echo.InvalidSettingException;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelFileException;
import org.echolstm.model.ModelFileException.Problem;
import org.echolstm.model.ModelFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lesson files: a model file (so DL4J still opens it) with one more entry holding the training
 * settings and the curves, so a teacher can hand out the exact state of a lesson.
 */
public final class LessonFiles {
    static final String LESSON_ENTRY = "echo-lstm-lesson.json";
    private static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private LessonFiles() {
    }

    /** What the lesson entry holds. */
    record LessonEntry(int formatVersion, TrainingSettings training, MetricHistory.Curves history) {
    }

    public static void save(Lesson lesson, Path file, String appVersion) throws ModelFileException {
        byte[] entry;
        try {
            entry = JSON.writeValueAsBytes(new LessonEntry(FORMAT_VERSION, lesson.settings(), lesson.history()));
        } catch (IOException e) {
            throw ModelFileException.writeFailed(file, e);
        }
        ModelFiles.save(lesson.model(), file, appVersion, Map.of(LESSON_ENTRY, entry));
    }

    /** The model of a model file or of a lesson file. */
    public static EchoModel openModel(Path file) throws ModelFileException {
        return ModelFiles.open(file, Set.of(LESSON_ENTRY)).model();
    }

    public static Lesson open(Path file) throws ModelFileException {
        ModelFiles.Opened opened = ModelFiles.open(file, Set.of(LESSON_ENTRY));
        byte[] bytes = opened.extras().get(LESSON_ENTRY);
        if (bytes == null) {
            throw new ModelFileException(Problem.NOT_A_LESSON, file.getFileName());
        }
        LessonEntry entry;
        try {
            entry = JSON.readValue(bytes, LessonEntry.class);
        } catch (IOException e) {
            if (e.getCause() instanceof InvalidSettingException invalid) {
                throw new ModelFileException(Problem.LESSON_SETTINGS_INVALID, invalid, invalid.getMessage());
            }
            throw new ModelFileException(Problem.LESSON_DAMAGED, e);
        }
        if (entry.training() == null || entry.formatVersion() > FORMAT_VERSION) {
            throw new ModelFileException(Problem.LESSON_NEWER);
        }
        MetricHistory.Curves history = entry.history() == null
                ? new MetricHistory.Curves(List.of(), List.of(), List.of(), List.of(), 0) : entry.history();
        return new Lesson(opened.model(), entry.training(), sanitize(history));
    }

    /** Curves from a file: nulls become empty, so a damaged history cannot break the charts. */
    private static MetricHistory.Curves sanitize(MetricHistory.Curves c) {
        return new MetricHistory.Curves(orEmpty(c.loss()), orEmpty(c.smoothedLoss()), orEmpty(c.trainAccuracy()),
                orEmpty(c.heldOutAccuracy()), 0);
    }

    private static List<MetricHistory.Point> orEmpty(List<MetricHistory.Point> points) {
        return points == null ? List.of() : points.stream().filter(p -> p != null && Double.isFinite(p.value())).toList();
    }
}
