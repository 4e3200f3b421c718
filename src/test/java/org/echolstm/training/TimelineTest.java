package org.echolstm.training;

import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SampleBlock;
import org.echolstm.model.EchoModel;
import org.echolstm.model.dl4j.ModelFiles;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {
    private static final EchoTask TASK = new EchoTask(4, 5, 2);
    private static final ModelSettings MODEL = new ModelSettings(8, Optimizer.ADAM, 0.01, 3);

    private static TrainingSession session(long samples, int evalEvery) {
        return new TrainingSession(new EchoModel(TASK, MODEL),
                new TrainingSettings(4, StopRule.samples(samples), 200, evalEvery));
    }

    @Test
    void aSnapshotIsKeptAtEveryHeldOutMeasurementWithItsFigure() {
        TrainingSession session = session(400, 40);
        Timeline timeline = new Timeline();
        MetricHistory history = new MetricHistory();
        session.addListener(history);
        timeline.follow(session);
        session.run();

        List<Snapshot> snapshots = timeline.snapshots();
        List<MetricHistory.Point> measured = history.curves().heldOutAccuracy();
        assertThat(snapshots).hasSize(10).hasSameSizeAs(measured);
        for (int i = 0; i < snapshots.size(); i++) {
            assertThat(snapshots.get(i).samples()).isEqualTo(measured.get(i).samples());
            assertThat(snapshots.get(i).heldOutAccuracy()).isEqualTo(measured.get(i).value());
        }
        // The last snapshot is the model as it is now, parameter for parameter.
        assertThat(snapshots.get(9).parameters()).isEqualTo(session.withModel(EchoModel::parameters));
    }

    @Test
    void aRestoredSnapshotMeasuresTheAccuracyItRecorded() {
        TrainingSession session = session(320, 80);
        Timeline timeline = new Timeline();
        timeline.follow(session);
        session.run();

        for (Snapshot snapshot : timeline.snapshots()) {
            EchoModel restored = snapshot.restore(TASK, MODEL);
            SampleBlock heldOut = HeldOutSet.of(TASK, MODEL.seed(), 200);
            assertThat(Evaluation.of(restored, heldOut).accuracy()).as("at %d", snapshot.samples())
                    .isEqualTo(snapshot.heldOutAccuracy());
            assertThat(restored.samplesTrained()).isEqualTo(snapshot.samples());
        }
    }

    @Test
    void memoryStaysBoundedButMarkedSnapshotsStay() {
        TrainingSession session = session(4 * 1000, 4); // 1,000 measurements
        Timeline timeline = new Timeline(16);
        timeline.follow(session);
        session.run();
        Snapshot marked = timeline.mark().orElseThrow();
        TrainingSession longer = new TrainingSession(session.modelCopy(),
                new TrainingSettings(4, StopRule.samples(8000), 200, 4));
        timeline.follow(longer);
        longer.run();

        List<Snapshot> snapshots = timeline.snapshots();
        assertThat(snapshots.stream().filter(s -> !s.marked())).hasSizeLessThan(16).hasSizeGreaterThanOrEqualTo(8);
        assertThat(snapshots).filteredOn(Snapshot::marked).singleElement()
                .extracting(Snapshot::samples).isEqualTo(marked.samples());
        // Spread over the whole run, oldest first, at an even stride.
        assertThat(snapshots).isSortedAccordingTo((a, b) -> Long.compare(a.samples(), b.samples()));
        assertThat(snapshots.get(snapshots.size() - 1).samples()).isGreaterThan(7000);
        assertThat(snapshots.get(0).samples()).isLessThan(2000);
    }

    @Test
    void theDefaultBoundIs256PlusMarked() {
        TrainingSession session = session(4 * 600, 4);
        Timeline timeline = new Timeline();
        timeline.follow(session);
        session.run();
        timeline.mark();
        assertThat(timeline.snapshots()).filteredOn(s -> !s.marked()).hasSizeLessThan(Timeline.CAPACITY);
        assertThat(timeline.snapshots()).filteredOn(Snapshot::marked).hasSize(1);
        assertThat(timeline.snapshots().size()).isLessThanOrEqualTo(Timeline.CAPACITY + 1);
    }

    @Test
    void aMarkHoldsTheModelNowAndTheAccuracyMeasuredOnIt() {
        TrainingSession session = session(100, 1000); // no measurement during the run
        Timeline timeline = new Timeline();
        timeline.follow(session);
        session.run();
        assertThat(timeline.snapshots()).isEmpty();

        Snapshot marked = timeline.mark().orElseThrow();

        assertThat(marked.samples()).isEqualTo(100);
        assertThat(marked.marked()).isTrue();
        assertThat(marked.heldOutAccuracy()).isEqualTo(session.evaluateHeldOut());
        assertThat(timeline.snapshots()).containsExactly(marked);
    }

    @Test
    void aLessonKeepsItsSnapshotsBitForBit(@TempDir Path folder) throws Exception {
        TrainingSession session = session(400, 40);
        Timeline timeline = new Timeline();
        timeline.follow(session);
        session.run();
        timeline.mark();
        List<Snapshot> kept = timeline.snapshots();

        Path file = folder.resolve("lesson.echolesson");
        LessonFiles.save(new Lesson(session.modelCopy(), session.settings(), new MetricHistory().curves(), kept),
                file, "test");
        List<Snapshot> opened = LessonFiles.open(file).snapshots();

        assertThat(opened).hasSize(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            assertThat(opened.get(i).samples()).isEqualTo(kept.get(i).samples());
            assertThat(opened.get(i).heldOutAccuracy()).isEqualTo(kept.get(i).heldOutAccuracy());
            assertThat(opened.get(i).marked()).isEqualTo(kept.get(i).marked());
            assertThat(opened.get(i).parameters()).isEqualTo(kept.get(i).parameters());
        }
        assertThat(LessonFiles.openModel(file).samplesTrained()).isEqualTo(400);
    }

    @Test
    void aLessonSavedWithoutSnapshotsOpensWithNone(@TempDir Path folder) throws Exception {
        // A lesson as the format was before the timeline: no snapshot index, no timeline entry.
        Path file = folder.resolve("old.echolesson");
        EchoModel model = new EchoModel(TASK, MODEL);
        byte[] oldEntry = ("{\"formatVersion\":1,\"training\":{\"batchSize\":4,\"stopRule\":{\"maxSamples\":100,"
                + "\"targetAccuracy\":0.0},\"evalSamples\":200,\"evalEvery\":40},\"history\":{\"loss\":[{\"samples\":4,"
                + "\"value\":1.5}],\"smoothedLoss\":[],\"trainAccuracy\":[],\"heldOutAccuracy\":[],\"version\":3}}")
                .getBytes(StandardCharsets.UTF_8);
        ModelFiles.save(model, file, "0.9", Map.of(LessonFiles.LESSON_ENTRY, oldEntry));

        Lesson opened = LessonFiles.open(file);

        assertThat(opened.snapshots()).isEmpty();
        assertThat(opened.history().loss()).containsExactly(new MetricHistory.Point(4, 1.5));
        assertThat(opened.settings().batchSize()).isEqualTo(4);
        assertThat(Files.size(file)).isPositive();
    }
}
