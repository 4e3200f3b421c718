package org.echolstm.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.echolstm.echo.InvalidSettingException;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelFileException;
import org.echolstm.model.ModelFileException.Problem;
import org.echolstm.model.ModelFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lesson files: a model file (so DL4J still opens it) with one more entry holding the training
 * settings and the curves, so a teacher can hand out the exact state of a lesson, and one holding
 * the parameters of the timeline's snapshots (float32, see {@link SnapshotCodec}), so the lesson can
 * be replayed without training. Lessons saved before there were snapshots open with none.
 */
public final class LessonFiles {
    static final String LESSON_ENTRY = "echo-lstm-lesson.json";
    static final String TIMELINE_ENTRY = "echo-lstm-timeline.bin";
    private static final Set<String> ENTRIES = Set.of(LESSON_ENTRY, TIMELINE_ENTRY);
    private static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private LessonFiles() {
    }

    /** What the lesson entry holds; {@code snapshots} describes the timeline entry's parameters, in order. */
    record LessonEntry(int formatVersion, TrainingSettings training, MetricHistory.Curves history,
                       List<SnapshotEntry> snapshots) {
    }

    /** One snapshot of the timeline, but its parameters. */
    record SnapshotEntry(long samples, double heldOutAccuracy, boolean marked) {
    }

    public static void save(Lesson lesson, Path file, String appVersion) throws ModelFileException {
        List<SnapshotEntry> index = lesson.snapshots().stream()
                .map(s -> new SnapshotEntry(s.samples(), s.heldOutAccuracy(), s.marked())).toList();
        byte[] entry;
        try {
            entry = JSON.writeValueAsBytes(new LessonEntry(FORMAT_VERSION, lesson.settings(), lesson.history(), index));
        } catch (IOException e) {
            throw ModelFileException.writeFailed(file, e);
        }
        Map<String, byte[]> entries = new HashMap<>(Map.of(LESSON_ENTRY, entry));
        if (!index.isEmpty()) {
            entries.put(TIMELINE_ENTRY, SnapshotCodec.encode(lesson.snapshots().stream().map(Snapshot::parameters)
                    .toList(), Math.toIntExact(lesson.model().parameterCount())));
        }
        ModelFiles.save(lesson.model(), file, appVersion, entries);
    }

    /** The model of a model file or of a lesson file. */
    public static EchoModel openModel(Path file) throws ModelFileException {
        return ModelFiles.open(file, ENTRIES).model();
    }

    public static Lesson open(Path file) throws ModelFileException {
        ModelFiles.Opened opened = ModelFiles.open(file, ENTRIES);
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
        return new Lesson(opened.model(), entry.training(), sanitize(history),
                snapshots(entry.snapshots(), opened.extras().get(TIMELINE_ENTRY), opened.model()));
    }

    /** The timeline's snapshots: none in a lesson saved without them; damaged when index and parameters disagree. */
    private static List<Snapshot> snapshots(List<SnapshotEntry> index, byte[] parameters, EchoModel model)
            throws ModelFileException {
        if (index == null || index.isEmpty()) {
            return List.of();
        }
        try {
            List<float[]> decoded = SnapshotCodec.decode(parameters == null ? new byte[0] : parameters, index.size(),
                    Math.toIntExact(model.parameterCount()));
            List<Snapshot> snapshots = new ArrayList<>(index.size());
            for (int i = 0; i < index.size(); i++) {
                SnapshotEntry e = index.get(i);
                snapshots.add(new Snapshot(e.samples(), e.heldOutAccuracy(), e.marked(), decoded.get(i)));
            }
            return snapshots;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ModelFileException(Problem.LESSON_DAMAGED, e);
        }
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
