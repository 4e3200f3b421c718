package org.echolstm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.LstmProbe;
import org.echolstm.model.dl4j.ModelFiles;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.echolstm.training.Lesson;
import org.echolstm.training.LessonFiles;
import org.echolstm.training.MetricHistory;
import org.echolstm.training.Snapshot;
import org.echolstm.training.StopRule;
import org.echolstm.training.Timeline;
import org.echolstm.training.TrainingSession;
import org.echolstm.training.TrainingSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code inspect --at SAMPLES}: the internals of the lesson's snapshot nearest to that point. */
class InspectAtTest {
    private static final EchoTask TASK = new EchoTask(4, 5, 2);
    private static final ModelSettings MODEL = new ModelSettings(8, Optimizer.ADAM, 0.02, 4);
    private static final String SEQUENCE = "1,4,3,0";

    @TempDir
    static Path folder;
    static Path lesson;
    static List<Snapshot> snapshots;

    @BeforeAll
    static void saveALessonWithSnapshots() throws Exception {
        TrainingSession session = new TrainingSession(new EchoModel(TASK, MODEL),
                new TrainingSettings(8, StopRule.samples(640), 200, 64));
        Timeline timeline = new Timeline();
        timeline.follow(session);
        session.run();
        snapshots = timeline.snapshots();
        lesson = folder.resolve("lesson.echolesson");
        LessonFiles.save(new Lesson(session.modelCopy(), session.settings(), new MetricHistory().curves(),
                snapshots), lesson, "test");
    }

    @Test
    void atPicksTheNearestSnapshotAndSaysWhichOne() throws Exception {
        assertThat(snapshots).extracting(Snapshot::samples).contains(256L, 320L);

        CliTest.Result result = CliTest.run("inspect", "--model", lesson.toString(), "--sequence", SEQUENCE,
                "--at", "300", "--json");

        assertThat(result.status()).as(result.err()).isZero();
        JsonNode answer = new ObjectMapper().readTree(result.out());
        Snapshot nearest = snapshots.stream().filter(s -> s.samples() == 320).findFirst().orElseThrow();
        assertThat(answer.get("snapshot").get("samples").asLong()).isEqualTo(320);
        assertThat(answer.get("snapshot").get("heldOutAccuracy").asDouble()).isEqualTo(nearest.heldOutAccuracy());
        float[] expected = new LstmProbe(nearest.restore(TASK, MODEL)).trace(new int[] {1, 4, 3, 0}).hiddenState()[3];
        JsonNode hidden = answer.get("steps").get(3).get("hiddenState");
        for (int unit = 0; unit < expected.length; unit++) {
            assertThat((float) hidden.get(unit).asDouble()).isEqualTo(expected[unit]);
        }

        CliTest.Result text = CliTest.run("inspect", "--model", lesson.toString(), "--sequence", SEQUENCE, "--at", "270");
        assertThat(text.lines().get(0)).startsWith("snapshot at 256 samples (held-out accuracy ")
                .endsWith("the nearest to 270");
    }

    @Test
    void withoutAtTheLiveModelIsInspectedAsBefore() throws Exception {
        CliTest.Result result = CliTest.run("inspect", "--model", lesson.toString(), "--sequence", SEQUENCE, "--json");
        assertThat(result.status()).isZero();
        assertThat(new ObjectMapper().readTree(result.out()).has("snapshot")).isFalse();
    }

    @Test
    void aModelFileOrALessonWithoutSnapshotsIsAClearFailure() throws Exception {
        Path model = folder.resolve("model.zip");
        ModelFiles.save(new EchoModel(TASK, MODEL), model, "test");
        Path bare = folder.resolve("bare.echolesson");
        LessonFiles.save(new Lesson(new EchoModel(TASK, MODEL), new TrainingSettings(8, StopRule.samples(64)),
                new MetricHistory().curves()), bare, "test");

        CliTest.Result fromModel = CliTest.run("inspect", "--model", model.toString(), "--sequence", SEQUENCE, "--at", "10");
        CliTest.Result fromBare = CliTest.run("inspect", "--model", bare.toString(), "--sequence", SEQUENCE, "--at", "10");

        assertThat(fromModel.status()).isEqualTo(1);
        assertThat(fromModel.err()).contains("--at needs a lesson with snapshots: model.zip is a model file, not a lesson");
        assertThat(fromBare.status()).isEqualTo(1);
        assertThat(fromBare.err()).contains("bare.echolesson has no snapshots");
    }
}
