package org.echolstm.training;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.dl4j.EchoNetworkFactory;
import org.echolstm.model.FileEntries;
import org.echolstm.model.FileEntries.Damage;
import org.echolstm.model.ModelFileException;
import org.echolstm.model.ModelFileException.Problem;
import org.echolstm.model.TrainedModels;
import org.echolstm.training.MetricHistory.Point;
import org.junit.jupiter.api.BeforeAll;
import org.echolstm.model.GateClamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echolstm.model.FileEntries.remove;
import static org.echolstm.model.FileEntries.set;
import static org.echolstm.model.FileEntries.text;

/**
 * A lesson whose settings and history or timeline have the wrong shape is refused when it is
 * opened, as a lesson and as a model, with one sentence that says what is wrong: never an exception
 * of another kind, never curves or snapshots that break or mislead the window.
 */
class MalformedLessonFilesTest {
    private static final String LESSON = LessonFiles.LESSON_ENTRY;
    private static final String TIMELINE = LessonFiles.TIMELINE_ENTRY;

    @TempDir
    static Path folder;
    /** The parameters of the saved lesson's model (4 features, 3 units). */
    private static final int PARAMETERS = Math.toIntExact(EchoNetworkFactory.parameterCount(4, 3));
    private static Path valid;

    @BeforeAll
    static void saveAValidLesson() throws IOException {
        EchoModel model = TrainedModels.trained(new EchoTask(5, 4, 2), 3, 3, 7);
        assertThat(model.parameterCount()).isEqualTo(PARAMETERS);
        List<Snapshot> snapshots = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            snapshots.add(new Snapshot(16L * (i + 1), 0.25 * i, i == 1, model.parameters()));
        }
        MetricHistory.Curves curves = new MetricHistory.Curves(List.of(new Point(16, 1.4), new Point(32, 1.3)),
                List.of(new Point(16, 1.4)), List.of(new Point(16, 0.25)), List.of(new Point(16, 0.5)), 2);
        valid = folder.resolve("valid.echolesson");
        List<Stop> stops = List.of(
                new Stop(32, "Half way", "Unit 1 is silenced.", Stop.View.INSIDE, new int[] {0, 1, 2, 3, 0}, List.of(1),
                        GateClamp.NONE),
                new Stop(48, "The end", "", Stop.View.TRAINING, new int[] {3, 3, 2, 1, 0}, List.of(), GateClamp.FORGET_OPEN));
        LessonFiles.save(new Lesson(model, new TrainingSettings(4, StopRule.samples(64), 10, 8), curves, snapshots, stops),
                valid, "test");
    }

    static Stream<Damage> damages() {
        return Stream.of(
                lesson("null", text("null"), Problem.LESSON_NOT_AN_OBJECT, "are null, not a JSON object"),
                lesson("a list", text("[]"), Problem.LESSON_NOT_AN_OBJECT, "are a list, not a JSON object"),
                lesson("a text", text("\"lesson\""), Problem.LESSON_NOT_AN_OBJECT, "are a text, not a JSON object"),
                lesson("a number", text("-1"), Problem.LESSON_NOT_AN_OBJECT, "are a number, not a JSON object"),
                lesson("empty", text(" "), Problem.LESSON_NOT_JSON, "not valid JSON"),
                lesson("cut short", text("{\"formatVersion\":1,\"training\":{\"batchSize\":"), Problem.LESSON_NOT_JSON,
                        "not valid JSON"),
                lesson("an empty object", text("{}"), Problem.LESSON_INCOMPLETE, "lack formatVersion"),
                lesson("no training", remove("/training"), Problem.LESSON_INCOMPLETE, "lack training"),
                lesson("no stop rule limit", remove("/training/stopRule/maxSamples"), Problem.LESSON_INCOMPLETE,
                        "lack training.stopRule.maxSamples"),
                lesson("training null", set("/training", "null"), Problem.LESSON_WRONG_TYPE,
                        "training is not an object"),
                lesson("training a list", set("/training", "[4]"), Problem.LESSON_WRONG_TYPE,
                        "training is not an object"),
                lesson("batch a text", set("/training/batchSize", "\"4\""), Problem.LESSON_WRONG_TYPE,
                        "training.batchSize is not a whole number"),
                lesson("held-out samples 1e9", set("/training/evalSamples", "1e9"), Problem.LESSON_WRONG_TYPE,
                        "training.evalSamples is not a whole number"),
                lesson("batch negative", set("/training/batchSize", "-4"), Problem.LESSON_SETTINGS_INVALID,
                        "batch size must be between 1 and 4,096 (was -4)"),
                lesson("sample limit negative", set("/training/stopRule/maxSamples", "-64"),
                        Problem.LESSON_SETTINGS_INVALID, "samples must be between 0 and 1,000,000,000 (was -64)"),
                lesson("target 1e400", set("/training/stopRule/targetAccuracy", "1e400"),
                        Problem.LESSON_SETTINGS_INVALID, "target accuracy must be between 0 and 1 (was Infinity)"),
                lesson("version from the future", set("/formatVersion", "3"), Problem.LESSON_NEWER, "newer version"),
                lesson("version negative", set("/formatVersion", "-1"), Problem.LESSON_INVALID,
                        "format version must be between 1 and 2 (was -1)"),
                lesson("version a text", set("/formatVersion", "\"x\""), Problem.LESSON_WRONG_TYPE,
                        "formatVersion is not a whole number"),
                lesson("history a list", set("/history", "[]"), Problem.LESSON_WRONG_TYPE, "history is not an object"),
                lesson("a curve an object", set("/history/loss", "{}"), Problem.LESSON_WRONG_TYPE,
                        "history.loss is not a list"),
                lesson("a curve null", set("/history/smoothedLoss", "null"), Problem.LESSON_WRONG_TYPE,
                        "history.smoothedLoss is not a list"),
                lesson("a point null", set("/history/loss/1", "null"), Problem.LESSON_WRONG_TYPE,
                        "history.loss[1] is not an object"),
                lesson("a point a list", set("/history/loss/0", "[16, 1.4]"), Problem.LESSON_WRONG_TYPE,
                        "history.loss[0] is not an object"),
                lesson("a point empty", set("/history/trainAccuracy/0", "{}"), Problem.LESSON_INCOMPLETE,
                        "lack history.trainAccuracy[0].samples"),
                lesson("a point at negative samples", set("/history/loss/0/samples", "-16"), Problem.LESSON_INVALID,
                        "history.loss[0].samples must be between 0 and 1,000,000,000,000,000 (was -16)"),
                lesson("a loss 1e400", set("/history/loss/1/value", "1e400"), Problem.LESSON_INVALID,
                        "history.loss[1].value is not a finite number (Infinity)"),
                lesson("a loss NaN", set("/history/smoothedLoss/0/value", "\"NaN\""), Problem.LESSON_INVALID,
                        "history.smoothedLoss[0].value is not a finite number (NaN)"),
                lesson("an accuracy of 5", set("/history/heldOutAccuracy/0/value", "5"), Problem.LESSON_INVALID,
                        "history.heldOutAccuracy[0].value must be between 0 and 1 (was 5)"),
                lesson("an accuracy below 0", set("/history/trainAccuracy/0/value", "-0.5"), Problem.LESSON_INVALID,
                        "history.trainAccuracy[0].value must be between 0 and 1 (was -0.5)"),
                lesson("a curve version a text", set("/history/version", "\"2\""), Problem.LESSON_WRONG_TYPE,
                        "history.version is not a whole number"),
                lesson("an unknown curve", set("/history/accuracy", "[]"), Problem.LESSON_UNKNOWN_FIELD,
                        "does not know (history.accuracy)"),
                lesson("snapshots an object", set("/snapshots", "{}"), Problem.LESSON_WRONG_TYPE,
                        "snapshots is not a list"),
                lesson("a snapshot null", set("/snapshots/0", "null"), Problem.LESSON_WRONG_TYPE,
                        "snapshots[0] is not an object"),
                lesson("a snapshot at negative samples", set("/snapshots/2/samples", "-1"), Problem.LESSON_INVALID,
                        "snapshots[2].samples must be between 0 and 1,000,000,000,000,000 (was -1)"),
                lesson("a snapshot's accuracy 7", set("/snapshots/0/heldOutAccuracy", "7"), Problem.LESSON_INVALID,
                        "snapshots[0].heldOutAccuracy must be between 0 and 1 (was 7)"),
                lesson("a snapshot's accuracy 1e400", set("/snapshots/1/heldOutAccuracy", "1e400"),
                        Problem.LESSON_INVALID, "snapshots[1].heldOutAccuracy must be between 0 and 1 (was Infinity)"),
                lesson("marked a text", set("/snapshots/1/marked", "\"yes\""), Problem.LESSON_WRONG_TYPE,
                        "snapshots[1].marked is not true or false"),
                lesson("marked a number", set("/snapshots/1/marked", "1"), Problem.LESSON_WRONG_TYPE,
                        "snapshots[1].marked is not true or false"),
                lesson("thousands of snapshots", set("/snapshots", manySnapshots(5000)), Problem.LESSON_INVALID,
                        "the timeline lists 5000 snapshots; a lesson keeps at most 4096"),
                lesson("a snapshot fewer than the timeline holds", remove("/snapshots/0"), Problem.TIMELINE_LENGTH,
                        "(snapshots listed: 2; parameters each: " + PARAMETERS + ")"),
                lesson("stops an object", set("/stops", "{}"), Problem.LESSON_WRONG_TYPE, "stops is not a list"),
                lesson("a stop without a title", remove("/stops/0/title"), Problem.LESSON_INCOMPLETE,
                        "lack stops[0].title"),
                lesson("a stop's title blank", set("/stops/1/title", "\"  \""), Problem.LESSON_INVALID,
                        "stops[1].title must have 1 to 120 characters"),
                lesson("a stop's note too long", set("/stops/0/note", "\"" + "x".repeat(Stop.MAX_NOTE + 1) + "\""),
                        Problem.LESSON_INVALID, "stops[0].note must have at most 2000 characters"),
                lesson("a stop at no moment", set("/stops/1/samples", "40"), Problem.LESSON_INVALID,
                        "stops[1].samples (40) is no moment of the timeline"),
                lesson("a stop's tab unknown", set("/stops/0/view", "\"SOUND\""), Problem.LESSON_WRONG_TYPE,
                        "stops[0].view is not"),
                lesson("a stop's sequence too short", set("/stops/0/sequence", "[0, 1]"), Problem.LESSON_INVALID,
                        "stops[0].sequence has 2 values; the task's sequences have 5"),
                lesson("a stop's value beyond the features", set("/stops/1/sequence/4", "4"), Problem.LESSON_INVALID,
                        "stops[1].sequence[4] must be between 0 and 3 (was 4)"),
                lesson("a silenced unit the network lacks", set("/stops/0/silenced", "[3]"), Problem.LESSON_INVALID,
                        "stops[0].silenced[0] must be between 0 and 2 (was 3)"),
                lesson("a unit silenced twice", set("/stops/0/silenced", "[1, 1]"), Problem.LESSON_INVALID,
                        "stops[0].silenced is not in ascending order without repeats"),
                lesson("a clamp unknown", set("/stops/1/clamp", "\"ALL_OPEN\""), Problem.LESSON_WRONG_TYPE,
                        "stops[1].clamp is not"),
                lesson("a silenced unit null", set("/stops/0/silenced", "[null]"), Problem.LESSON_WRONG_TYPE,
                        "stops[0].silenced[0]"),

                timeline("cut short by a byte", bytes -> Arrays.copyOf(bytes, bytes.length - 1),
                        Problem.TIMELINE_LENGTH, "(snapshots listed: 3; parameters each: " + PARAMETERS + ")"),
                timeline("longer by a byte", bytes -> Arrays.copyOf(bytes, bytes.length + 1),
                        Problem.TIMELINE_LENGTH, "(snapshots listed: 3;"),
                timeline("empty", bytes -> new byte[0], Problem.TIMELINE_LENGTH,
                        "holds 0 bytes but should hold " + 3 * 4 * PARAMETERS + " "),
                timeline("missing", bytes -> null, Problem.TIMELINE_LENGTH,
                        "holds 0 bytes but should hold " + 3 * 4 * PARAMETERS + " "));
    }

    private static Damage lesson(String what, UnaryOperator<byte[]> change, Problem problem, String names) {
        return new Damage(LESSON, what, change, problem, names);
    }

    private static Damage timeline(String what, UnaryOperator<byte[]> change, Problem problem, String names) {
        return new Damage(TIMELINE, what, change, problem, names);
    }

    private static String manySnapshots(int count) {
        return "[" + String.join(",", Collections.nCopies(count,
                "{\"samples\":1,\"heldOutAccuracy\":0.5,\"marked\":true}")) + "]";
    }

    /** The timeline with parameter {@code index} of snapshot {@code snapshot} (from 0) set to {@code value}. */
    private static UnaryOperator<byte[]> parameterOf(int snapshot, int index, float value) {
        return bytes -> {
            List<float[]> decoded = new ArrayList<>(SnapshotCodec.decode(bytes, 3, PARAMETERS));
            decoded.get(snapshot)[index] = value;
            return SnapshotCodec.encode(decoded, PARAMETERS);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void isRefusedWithOneSentenceSayingWhatIsWrong(Damage damage) {
        Path file = damage.applyTo(valid, folder.resolve("damaged.echolesson"));
        damage.assertRefusedInOneSentence("a lesson", () -> LessonFiles.open(file));
    }

    /** The command line and the window's Open model read a lesson's model: a damaged lesson is refused there too. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void itsModelIsRefusedTheSameWay(Damage damage) {
        Path file = damage.applyTo(valid, folder.resolve("damaged-model.echolesson"));
        damage.refusal("the model of a lesson", () -> LessonFiles.openModel(file));
    }

    @Test
    void aLessonSavedBeforeSnapshotsOrWithoutCurvesOpensWithNone() {
        Path withoutTimeline = FileEntries.copyChanging(valid, folder.resolve("old.echolesson"), TIMELINE, b -> null);
        for (UnaryOperator<byte[]> older : List.of(remove("/snapshots"), set("/snapshots", "null"))) {
            for (UnaryOperator<byte[]> noCurves : List.of(remove("/history"), set("/history", "null"))) {
                Path file = FileEntries.copyChanging(withoutTimeline, folder.resolve("older.echolesson"), LESSON,
                        json -> noCurves.apply(older.apply(remove("/stops").apply(json))));
                Lesson opened = open(file);
                assertThat(opened.snapshots()).isEmpty();
                assertThat(opened.history().totalPoints()).isZero();
                assertThat(opened.settings()).isEqualTo(new TrainingSettings(4, StopRule.samples(64), 10, 8));
            }
        }
    }

    @Test
    void aLessonOfTheFirstFormatOpensWithoutStops() {
        Path file = FileEntries.copyChanging(valid, folder.resolve("first.echolesson"), LESSON,
                json -> set("/formatVersion", "1").apply(remove("/stops").apply(json)));
        Lesson opened = open(file);
        assertThat(opened.stops()).isEmpty();
        assertThat(opened.snapshots()).hasSize(3);
    }

    @Test
    void theStopsComeBackAsTheyWereSaved() {
        Lesson opened = open(valid);
        assertThat(opened.stops()).extracting(Stop::title).containsExactly("Half way", "The end");
        Stop first = opened.stops().get(0);
        assertThat(first.view()).isEqualTo(Stop.View.INSIDE);
        assertThat(first.sequence()).containsExactly(0, 1, 2, 3, 0);
        assertThat(first.silenced()).containsExactly(1);
        assertThat(opened.stops().get(1).clamp()).isEqualTo(GateClamp.FORGET_OPEN);
    }

    @Test
    void emptyCurvesAndAMarkedSnapshotAreFine() {
        Path file = FileEntries.copyChanging(valid, folder.resolve("sparse.echolesson"), LESSON,
                json -> set("/history/loss", "[]").apply(set("/history/heldOutAccuracy", "[]").apply(json)));
        Lesson opened = open(file);
        assertThat(opened.history().loss()).isEmpty();
        assertThat(opened.history().smoothedLoss()).hasSize(1);
        assertThat(opened.snapshots()).extracting(Snapshot::samples).containsExactly(16L, 32L, 48L);
        assertThat(opened.snapshots()).filteredOn(Snapshot::marked).hasSize(1);
    }

    /** Like a model's weights, a snapshot's parameters may be NaN, as a diverged run can leave them. */
    @Test
    void aSnapshotWhoseParametersAreNotFiniteNumbersOpens() {
        Path file = FileEntries.copyChanging(valid, folder.resolve("nan.echolesson"), TIMELINE,
                parameterOf(1, 5, Float.NaN));
        assertThat(open(file).snapshots().get(1).parameters()[5]).isNaN();
    }

    private static Lesson open(Path file) {
        try {
            return LessonFiles.open(file);
        } catch (ModelFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
