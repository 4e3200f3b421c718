package org.echolstm.ui.timeline;

import org.echolstm.model.EchoModel;
import org.echolstm.model.LstmProbe;
import org.echolstm.model.LstmTrace;
import org.echolstm.model.Prediction;
import org.echolstm.training.Evaluation;
import org.echolstm.training.HeldOutSet;
import org.echolstm.training.Snapshot;
import org.echolstm.ui.MainViewModel;
import org.echolstm.ui.ScriptedDialogs;
import org.echolstm.ui.SmallLessons;
import org.echolstm.ui.inside.Inside;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.sample.PredictionRow;
import org.echolstm.ui.status.StatusBarViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Replaying a moment of the training, without a window: every panel shows the model as it was then. */
class TimelineViewModelTest {
    private static final long LIMIT = 4096;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MainViewModel vm = SmallLessons.trained(dialogs, LIMIT);
    private final CurrentLesson lesson = vm.lesson();
    private final TimelineViewModel timeline = vm.timeline();

    private EchoModel restored(Snapshot snapshot) {
        EchoModel live = lesson.session().orElseThrow().modelCopy();
        return snapshot.restore(live.task(), live.settings());
    }

    private int[] sequenceOnScreen() {
        return vm.sample().sampleProperty().get().orElseThrow().sequence();
    }

    @Test
    void aMomentIsKeptAtEveryHeldOutMeasurementAndTheCursorStartsAtNow() {
        timeline.onFrame(0);

        assertThat(timeline.snapshots()).hasSize(8); // every 512 samples up to 4,096
        assertThat(timeline.snapshots().get(0).samples()).isEqualTo(512);
        assertThat(timeline.positionProperty().get()).isEqualTo(timeline.nowPosition()).isEqualTo(8);
        assertThat(timeline.replayingProperty().get()).isFalse();
        assertThat(timeline.textProperty().get()).isEqualTo("Live. 8\u00a0moments kept: ← goes back");
    }

    @Test
    void replayedInternalsEqualThoseOfAModelRestoredFromThatSnapshot() {
        timeline.onFrame(0);
        vm.inside().visibleProperty().set(true);
        vm.confusion().visibleProperty().set(true);
        Snapshot then = timeline.snapshots().get(1);

        timeline.moveTo(1);

        EchoModel expected = restored(then);
        LstmTrace trace = new LstmProbe(expected).trace(sequenceOnScreen());
        Inside look = vm.inside().insideProperty().get().orElseThrow();
        assertThat(look.trace().inputGate()).isDeepEqualTo(trace.inputGate());
        assertThat(look.trace().forgetGate()).isDeepEqualTo(trace.forgetGate());
        assertThat(look.trace().outputGate()).isDeepEqualTo(trace.outputGate());
        assertThat(look.trace().cellState()).isDeepEqualTo(trace.cellState());
        assertThat(look.trace().hiddenState()).isDeepEqualTo(trace.hiddenState());
        assertThat(look.influence()).isEqualTo(new LstmProbe(expected).influence(sequenceOnScreen()));
        // The held-out figure of the Inside tab is the one recorded at that moment.
        assertThat(look.accuracy()).isEqualTo(then.heldOutAccuracy());

        Prediction answer = vm.sample().predictionProperty().get().orElseThrow();
        assertThat(answer.probabilities()).isEqualTo(expected.predict(sequenceOnScreen()).probabilities());
        Evaluation confusion = vm.confusion().evaluationProperty().get().orElseThrow();
        assertThat(confusion.confusion().counts()).isDeepEqualTo(HeldOutSet.evaluate(expected).confusion().counts());
        assertThat(confusion.accuracy()).isEqualTo(then.heldOutAccuracy());

        assertThat(timeline.replayingProperty().get()).isTrue();
        assertThat(timeline.textProperty().get()).isEqualTo("Replaying: 1,024\u00a0samples, held-out "
                + StatusBarViewModel.percent(then.heldOutAccuracy()));
    }

    @Test
    void theSamplesRowSaysWhatTheReplayedModelSaysAndBackToNowWhatTheLiveOneSays() {
        timeline.onFrame(0);
        int rows = vm.sample().recentPredictions().size();
        Snapshot then = timeline.snapshots().get(0);

        timeline.moveTo(0);

        Prediction replayed = vm.sample().predictionProperty().get().orElseThrow();
        PredictionRow top = vm.sample().recentPredictions().get(0);
        assertThat(top.samplesSeen()).isEqualTo(then.samples());
        assertThat(top.predicted()).isEqualTo(replayed.predicted());
        assertThat(vm.sample().recentPredictions()).as("one row per sample shown").hasSize(rows);

        timeline.backToNow();

        Prediction live = vm.sample().predictionProperty().get().orElseThrow();
        top = vm.sample().recentPredictions().get(0);
        assertThat(top.samplesSeen()).isEqualTo(LIMIT);
        assertThat(top.predicted()).isEqualTo(live.predicted());
        assertThat(vm.sample().recentPredictions()).hasSize(rows);
    }

    @Test
    void theLiveModelDiffersFromAnEarlyMomentAndBackToNowShowsItAgain() {
        timeline.onFrame(0);
        vm.inside().visibleProperty().set(true);
        double live = vm.inside().insideProperty().get().orElseThrow().accuracy();

        timeline.moveTo(0);
        double early = vm.inside().insideProperty().get().orElseThrow().accuracy();
        timeline.backToNow();

        assertThat(early).isLessThan(live);
        assertThat(vm.inside().insideProperty().get().orElseThrow().accuracy()).isEqualTo(live);
        assertThat(timeline.positionProperty().get()).isEqualTo(timeline.nowPosition());
        assertThat(lesson.shownModel()).containsSame(lesson.session().orElseThrow());
    }

    @Test
    void earlierAndLaterStepThroughTheMomentsAndPastTheLastIsNow() {
        timeline.onFrame(0);

        // The last moment, at 4,096 samples, is the model as it is now: ← goes to the one before.
        assertThat(timeline.snapshots().get(7).samples()).isEqualTo(lesson.samplesShown());
        timeline.earlier();
        assertThat(lesson.replayedProperty().get()).containsSame(timeline.snapshots().get(6));
        timeline.earlier();
        assertThat(lesson.replayedProperty().get()).containsSame(timeline.snapshots().get(5));
        timeline.later();
        timeline.later();
        assertThat(lesson.replayedProperty().get()).containsSame(timeline.snapshots().get(7));
        timeline.later();

        assertThat(lesson.replayedProperty().get()).isEmpty();
        assertThat(timeline.canLaterProperty().get()).isFalse();
    }

    @Test
    void trainingOnReturnsToTheLiveModel() {
        timeline.onFrame(0);
        timeline.moveTo(2);
        assertThat(timeline.replayingProperty().get()).isTrue();

        vm.training().step();

        assertThat(timeline.replayingProperty().get()).isFalse();
        assertThat(lesson.shownModel()).containsSame(lesson.session().orElseThrow());
        assertThat(vm.sample().recentPredictions().get(0).samplesSeen()).isEqualTo(LIMIT + SmallLessons.BATCH);
    }

    @Test
    void aMarkedMomentIsKeptWithTheAccuracyMeasuredOnIt() {
        timeline.mark();

        Snapshot marked = timeline.snapshots().stream().filter(Snapshot::marked).findFirst().orElseThrow();
        assertThat(marked.samples()).isEqualTo(LIMIT);
        assertThat(marked.heldOutAccuracy()).isEqualTo(HeldOutSet.evaluate(restored(marked)).accuracy());
        assertThat(marked.parameters()).isEqualTo(lesson.session().orElseThrow().withModel(EchoModel::parameters));
        assertThat(vm.status().messageProperty().get()).startsWith("Marked the moment at 4,096\u00a0samples");

        timeline.moveTo(timeline.snapshots().indexOf(marked));
        assertThat(timeline.textProperty().get()).startsWith("Replaying (marked): 4,096\u00a0samples");
    }

    @Test
    void aSavedLessonReplaysWithoutTraining(@TempDir Path folder) {
        timeline.onFrame(0);
        timeline.mark();
        Path file = folder.resolve("lesson.echolesson");
        vm.files().saveLesson(file);

        MainViewModel classroom = SmallLessons.window(dialogs, LIMIT);
        classroom.files().openLesson(file);
        TimelineViewModel replay = classroom.timeline();
        classroom.inside().visibleProperty().set(true);

        assertThat(replay.snapshots()).hasSameSizeAs(timeline.snapshots());
        replay.moveTo(3);
        Snapshot then = replay.snapshots().get(3);
        assertThat(then.parameters()).isEqualTo(timeline.snapshots().get(3).parameters());
        assertThat(classroom.inside().insideProperty().get().orElseThrow().accuracy()).isEqualTo(then.heldOutAccuracy());
        assertThat(classroom.lesson().samplesShown()).isEqualTo(LIMIT);
    }
}
