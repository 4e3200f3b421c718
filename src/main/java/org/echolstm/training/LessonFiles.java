package org.echolstm.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.echolstm.echo.Bounds;
import org.echolstm.model.EchoModel;
import org.echolstm.model.JsonEntry;
import org.echolstm.model.ModelFileException;
import org.echolstm.model.ModelFileException.Problem;
import org.echolstm.model.dl4j.ModelFiles;
import org.echolstm.model.ModelMetadata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lesson files: a model file (so DL4J still opens it) with one more entry holding the training
 * settings and the curves, so a teacher can hand out the exact state of a lesson, and one holding
 * the parameters of the timeline's snapshots (float32, see {@link SnapshotCodec}), so the lesson can
 * be replayed without training, and the storyline's {@link Stop stops} at the snapshots they name.
 * Lessons saved before there were snapshots or stops open with none (format 1 had no stops).
 *
 * <p>An opened lesson is checked whole, whether it is opened as a lesson or for its model: the
 * settings and history entry (see {@link JsonEntry} and {@link LessonEntry#check}), and a timeline
 * of exactly the listed snapshots.
 */
public final class LessonFiles {
    static final String LESSON_ENTRY = "echo-lstm-lesson.json";
    static final String TIMELINE_ENTRY = "echo-lstm-timeline.bin";
    /** Snapshots a lesson may list: a timeline keeps {@link Timeline#CAPACITY}, and the moments a user marks. */
    static final int MAX_SNAPSHOTS = 16 * Timeline.CAPACITY;
    /** Stops a storyline may have: more than a lesson's hour could show. */
    public static final int MAX_STOPS = 200;
    private static final Set<String> ENTRIES = Set.of(LESSON_ENTRY, TIMELINE_ENTRY);
    private static final int FORMAT_VERSION = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonEntry.Problems PROBLEMS = new JsonEntry.Problems(Problem.LESSON_NOT_JSON,
            Problem.LESSON_NOT_AN_OBJECT, Problem.LESSON_WRONG_TYPE, Problem.LESSON_INCOMPLETE,
            Problem.LESSON_UNKNOWN_FIELD, Problem.LESSON_SETTINGS_INVALID);
    private static final MetricHistory.Curves NO_HISTORY = new MetricHistory.Curves(List.of(), List.of(), List.of(),
            List.of(), 0);

    private LessonFiles() {
    }

    /** What the lesson entry holds; {@code snapshots} describes the timeline entry's parameters, in order. */
    record LessonEntry(int formatVersion, TrainingSettings training, MetricHistory.Curves history,
                       List<SnapshotEntry> snapshots, List<Stop> stops) {
        LessonEntry {
            snapshots = List.copyOf(snapshots);
            stops = List.copyOf(stops);
        }

        /** Refuses values no lesson of {@code model} holds, naming the first one by its path in the entry. */
        void check(EchoModel model) throws ModelFileException {
            Optional<String> problem = Bounds.problem("format version", formatVersion, 1, FORMAT_VERSION)
                    .or(() -> curve("loss", history.loss(), false))
                    .or(() -> curve("smoothedLoss", history.smoothedLoss(), false))
                    .or(() -> curve("trainAccuracy", history.trainAccuracy(), true))
                    .or(() -> curve("heldOutAccuracy", history.heldOutAccuracy(), true))
                    .or(this::snapshotProblem)
                    .or(() -> stopProblem(model));
            if (problem.isPresent()) {
                throw new ModelFileException(Problem.LESSON_INVALID, problem.get());
            }
        }

        private static Optional<String> curve(String name, List<MetricHistory.Point> points, boolean accuracy) {
            for (int i = 0; i < points.size(); i++) {
                String path = "history." + name + "[" + i + "]";
                MetricHistory.Point point = points.get(i);
                Optional<String> problem = samples(path, point.samples());
                if (problem.isEmpty() && !Double.isFinite(point.value())) {
                    problem = Optional.of(path + ".value is not a finite number (" + point.value() + ")");
                }
                if (problem.isEmpty() && accuracy) {
                    problem = Bounds.problem(path + ".value", point.value(), 0, 1);
                }
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }

        private Optional<String> snapshotProblem() {
            if (snapshots.size() > MAX_SNAPSHOTS) {
                return Optional.of("the timeline lists " + snapshots.size() + " snapshots; a lesson keeps at most "
                        + MAX_SNAPSHOTS);
            }
            for (int i = 0; i < snapshots.size(); i++) {
                String path = "snapshots[" + i + "]";
                SnapshotEntry snapshot = snapshots.get(i);
                Optional<String> problem = samples(path, snapshot.samples())
                        .or(() -> Bounds.problem(path + ".heldOutAccuracy", snapshot.heldOutAccuracy(), 0, 1));
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }

        private Optional<String> stopProblem(EchoModel model) {
            if (stops.size() > MAX_STOPS) {
                return Optional.of("the storyline has " + stops.size() + " stops; a lesson keeps at most " + MAX_STOPS);
            }
            for (int i = 0; i < stops.size(); i++) {
                String path = "stops[" + i + "]";
                Stop stop = stops.get(i);
                Optional<String> problem = stop.problem(path, model.task(), model.settings().units());
                if (problem.isEmpty() && snapshots.stream().noneMatch(s -> s.samples() == stop.samples())) {
                    problem = Optional.of(path + ".samples (" + stop.samples() + ") is no moment of the timeline");
                }
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }

        private static Optional<String> samples(String path, long samples) {
            return Bounds.problem(path + ".samples", samples, 0, ModelMetadata.MAX_SAMPLES_TRAINED);
        }
    }

    /** One snapshot of the timeline, but its parameters. */
    record SnapshotEntry(long samples, double heldOutAccuracy, boolean marked) {
    }

    public static void save(Lesson lesson, Path file, String appVersion) throws ModelFileException {
        List<SnapshotEntry> index = lesson.snapshots().stream()
                .map(s -> new SnapshotEntry(s.samples(), s.heldOutAccuracy(), s.marked())).toList();
        byte[] entry;
        try {
            entry = JSON.writeValueAsBytes(new LessonEntry(FORMAT_VERSION, lesson.settings(), lesson.history(), index,
                    lesson.stops()));
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

    /** The model of a model file or of a lesson file (whose settings, history and timeline must be sound too). */
    public static EchoModel openModel(Path file) throws ModelFileException {
        ModelFiles.Opened opened = ModelFiles.open(file, ENTRIES);
        if (opened.extras().containsKey(LESSON_ENTRY)) {
            lesson(opened);
        } else {
            snapshots(List.of(), opened.extras().get(TIMELINE_ENTRY), opened.model()); // a timeline without its index
        }
        return opened.model();
    }

    public static Lesson open(Path file) throws ModelFileException {
        ModelFiles.Opened opened = ModelFiles.open(file, ENTRIES);
        if (!opened.extras().containsKey(LESSON_ENTRY)) {
            throw new ModelFileException(Problem.NOT_A_LESSON, file.getFileName());
        }
        return lesson(opened);
    }

    private static Lesson lesson(ModelFiles.Opened opened) throws ModelFileException {
        ObjectNode tree = JsonEntry.object(opened.extras().get(LESSON_ENTRY), PROBLEMS);
        if (JsonEntry.isNewer(tree, FORMAT_VERSION)) {
            throw new ModelFileException(Problem.LESSON_NEWER);
        }
        // Lessons saved before there were snapshots or stops have none.
        for (String list : List.of("snapshots", "stops")) {
            if (absent(tree.get(list))) {
                tree.putArray(list);
            }
        }
        if (absent(tree.get("history"))) {
            tree.set("history", JSON.valueToTree(NO_HISTORY));
        }
        LessonEntry entry = JsonEntry.bind(tree, LessonEntry.class, PROBLEMS);
        entry.check(opened.model());
        return new Lesson(opened.model(), entry.training(), entry.history(),
                snapshots(entry.snapshots(), opened.extras().get(TIMELINE_ENTRY), opened.model()), entry.stops());
    }

    private static boolean absent(JsonNode field) {
        return field == null || field.isNull();
    }

    /** The timeline's snapshots: exactly the parameters of the snapshots the index lists. */
    private static List<Snapshot> snapshots(List<SnapshotEntry> index, byte[] timeline, EchoModel model)
            throws ModelFileException {
        int parameterCount = Math.toIntExact(model.parameterCount());
        byte[] bytes = timeline == null ? new byte[0] : timeline;
        long expected = 4L * parameterCount * index.size();
        if (bytes.length != expected) {
            throw new ModelFileException(Problem.TIMELINE_LENGTH, bytes.length, index.size(), parameterCount, expected);
        }
        List<float[]> decoded = SnapshotCodec.decode(bytes, index.size(), parameterCount);
        List<Snapshot> snapshots = new ArrayList<>(index.size());
        for (int i = 0; i < index.size(); i++) {
            SnapshotEntry e = index.get(i);
            snapshots.add(new Snapshot(e.samples(), e.heldOutAccuracy(), e.marked(), decoded.get(i)));
        }
        return snapshots;
    }
}
