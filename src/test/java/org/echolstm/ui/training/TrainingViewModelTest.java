package org.echolstm.ui.training;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.echolstm.training.TrainingFigures;
import org.echolstm.training.TrainingListener;
import org.echolstm.training.TrainingSession;
import org.echolstm.training.TrainingState;
import org.echolstm.ui.DialogService;
import org.echolstm.ui.I18n;
import org.echolstm.ui.MainViewModel;
import org.echolstm.ui.ScriptedDialogs;
import org.echolstm.ui.SmallLessons;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.lesson.LessonLifecycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** The training controls, driven without a window: every run and step ends before the call returns. */
class TrainingViewModelTest {
    private static final long LIMIT = 512;
    /** One step in about twelve days: a run at this pace waits after its first step. */
    private static final double CRAWL = 1e-6;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MainViewModel vm = SmallLessons.window(dialogs, LIMIT);
    private final CurrentLesson lesson = vm.lesson();
    private final LessonLifecycle lifecycle = vm.lifecycle();
    private final TrainingViewModel training = vm.training();

    @Test
    void aNewWindowCanTrainAtOnce() {
        assertThat(lesson.idleProperty().get()).isTrue();
        assertThat(training.canTrainProperty().get()).isTrue();
        assertThat(training.canResetProperty().get()).isFalse();
        assertThat(training.canStopProperty().get()).isFalse();
    }

    @Test
    void trainRunsToTheSampleLimit() {
        training.train();

        assertThat(lesson.samplesShown()).isEqualTo(LIMIT);
        assertThat(lesson.task()).contains(SmallLessons.TASK);
        assertThat(lesson.stateProperty().get()).isEqualTo(TrainingState.FINISHED);
        assertThat(vm.status().messageProperty().get())
                .isEqualTo(I18n.t("status.finished", I18n.t("reason.SAMPLE_LIMIT")));
        assertThat(vm.status().samplesProperty().get()).isEqualTo(I18n.count(LIMIT));
        assertThat(training.canResetProperty().get()).isTrue();
        assertThat(training.canTrainProperty().get()).isTrue();
        assertThat(training.canStopProperty().get()).isFalse();
        assertThat(lesson.history().curves().loss()).hasSize((int) (LIMIT / SmallLessons.BATCH));
        assertThat(dialogs.calls()).isEmpty();
    }

    @Test
    void aLessonLeavesOneCoreToTheWindow() {
        training.step();
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = lesson.session().orElseThrow().withModel(EchoModel::threads);
        assertThat(threads).isEqualTo(Math.max(1, Math.min(cores - 1, new EchoModel(SmallLessons.TASK,
                new ModelSettings(8, Optimizer.ADAM, 0.01, 1)).threads())));
    }

    @Test
    void stepTrainsExactlyOneBatch() {
        training.step();
        assertThat(lesson.samplesShown()).isEqualTo(SmallLessons.BATCH);
        assertThat(lesson.history().curves().loss()).hasSize(1);
        TrainingFigures shown = lesson.figuresProperty().get().orElseThrow();
        double updateSize = lesson.session().orElseThrow().withModel(EchoModel::lastUpdateSize);
        assertThat(updateSize).isPositive();
        assertThat(vm.status().messageProperty().get()).isEqualTo(I18n.t("status.stepDetails",
                I18n.count(SmallLessons.BATCH), String.format(I18n.locale(), "%.4f", shown.loss()),
                String.format(I18n.locale(), "%.4f", updateSize)));

        training.step();
        assertThat(lesson.samplesShown()).isEqualTo(2L * SmallLessons.BATCH);
        assertThat(lesson.history().curves().loss()).hasSize(2);
        assertThat(lesson.busyProperty().get()).isFalse();
    }

    @Test
    void stepAfterARunAddsOneBatch() {
        training.train();
        training.step();
        assertThat(lesson.samplesShown()).isEqualTo(LIMIT + SmallLessons.BATCH);
        assertThat(lesson.session().orElseThrow().withModel(EchoModel::samplesTrained))
                .isEqualTo(LIMIT + SmallLessons.BATCH);
    }

    @Test
    void resetAnsweredYesForgetsTheModelAndItsCurves() {
        training.train();
        dialogs.answerConfirm(true);

        training.resetWeights();

        assertThat(dialogs.calls("confirm")).singleElement()
                .satisfies(call -> assertThat(call.title()).isEqualTo(I18n.t("dialog.reset.title")));
        assertThat(lesson.history().curves().totalPoints()).isZero();
        assertThat(lesson.figuresProperty().get()).isEmpty();
        assertThat(lesson.session()).isEmpty();
        assertThat(lesson.samplesShown()).isZero();
        assertThat(vm.status().messageProperty().get()).isEqualTo(I18n.t("status.noModel"));
        assertThat(training.canResetProperty().get()).isFalse();
    }

    @Test
    void resetAnsweredNoKeepsEverything() {
        training.train();
        TrainingSession before = lesson.session().orElseThrow();
        int points = lesson.history().curves().totalPoints();
        dialogs.answerConfirm(false);

        training.resetWeights();

        assertThat(dialogs.calls("confirm")).hasSize(1);
        assertThat(lesson.session()).containsSame(before);
        assertThat(lesson.samplesShown()).isEqualTo(LIMIT);
        assertThat(lesson.history().curves().totalPoints()).isEqualTo(points);
    }

    @Test
    void anInvalidFieldForbidsTrainingUntilItIsFixed() {
        vm.parameters().length.textProperty().set("0");
        assertThat(training.canTrainProperty().get()).isFalse();
        assertThat(training.canStepProperty().get()).isFalse();

        training.train();
        training.step();
        assertThat(lesson.session()).isEmpty();

        vm.parameters().length.textProperty().set("four");
        assertThat(training.canTrainProperty().get()).isFalse();
        vm.parameters().length.textProperty().set("4");
        assertThat(training.canTrainProperty().get()).isTrue();
    }

    @Test
    void anotherTaskAsksBeforeDiscardingTheModel() {
        training.train();
        TrainingSession first = lesson.session().orElseThrow();
        vm.parameters().echoIndex.textProperty().set("2");

        dialogs.answerSave(DialogService.SaveChoice.CANCEL);
        training.train();
        assertThat(lesson.session()).containsSame(first);
        assertThat(lesson.samplesShown()).isEqualTo(LIMIT);

        dialogs.answerSave(DialogService.SaveChoice.DONT_SAVE);
        training.train();
        assertThat(lesson.task()).contains(new EchoTask(4, 4, 2));
        assertThat(lesson.samplesShown()).isEqualTo(LIMIT);
        assertThat(dialogs.calls("askToSave")).hasSize(2)
                .allSatisfy(call -> assertThat(call.title()).isEqualTo(I18n.t("dialog.save.title.newModel")));
    }

    @Test
    void anotherTaskSavesTheLessonFirstWhenAskedToThenTrains(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        training.train();
        java.nio.file.Path file = dir.resolve("first.echolesson");
        vm.unsaved().saveWith(afterSaving -> {
            vm.files().saveLesson(file, afterSaving);
            return true;
        });
        vm.parameters().echoIndex.textProperty().set("2");

        dialogs.answerSave(DialogService.SaveChoice.SAVE);
        training.train();

        assertThat(file).isRegularFile();
        assertThat(lesson.task()).contains(new EchoTask(4, 4, 2));
        assertThat(lesson.samplesShown()).as("the new model trained once the lesson was written").isEqualTo(LIMIT);
        assertThat(lifecycle.fileProperty().get()).as("the new model has no file yet").isEmpty();
    }

    @Test
    void aSavedModelMakesWayForAnotherTaskWithoutAQuestion(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        training.train();
        vm.files().saveModel(dir.resolve("first.zip"));
        vm.parameters().echoIndex.textProperty().set("2");

        training.train(); // an unexpected question fails the test

        assertThat(lesson.task()).contains(new EchoTask(4, 4, 2));
        assertThat(dialogs.calls()).isEmpty();
    }

    @Test
    void anotherSampleLimitKeepsTheModelAndTrainsOn() {
        training.train();
        vm.parameters().sampleLimit.textProperty().set("1024");

        training.train();

        assertThat(lesson.samplesShown()).isEqualTo(1024);
        assertThat(lesson.session().orElseThrow().settings().stopRule().maxSamples()).isEqualTo(1024);
        assertThat(lesson.history().curves().loss()).hasSize(1024 / SmallLessons.BATCH);
        assertThat(dialogs.calls()).isEmpty();
    }

    @Test
    @Timeout(60)
    void aPaceSetBeforeTheModelExistsReachesItsSession() throws InterruptedException {
        training.paceProperty().set(CRAWL);
        training.step(); // makes the session

        assertARunWaitsAfterOneStep();
    }

    @Test
    @Timeout(60)
    void aPaceChangedLaterReachesTheSession() throws InterruptedException {
        training.step();
        training.paceProperty().set(CRAWL);

        assertARunWaitsAfterOneStep();
    }

    /**
     * Trains on another thread. At the crawling pace the run waits for its next slot after the
     * first step (at full speed it would run on to the sample limit and end); a stop then ends it
     * after exactly that one step.
     */
    private void assertARunWaitsAfterOneStep() throws InterruptedException {
        TrainingSession session = lesson.session().orElseThrow();
        long before = lesson.samplesShown();
        CountDownLatch stepped = new CountDownLatch(1);
        session.addListener(new TrainingListener() {
            @Override
            public void onStep(TrainingFigures snapshot) {
                stepped.countDown();
            }
        });
        Thread run = new Thread(training::train, "training");
        run.setDaemon(true);
        run.start();
        try {
            stepped.await();
            while (run.getState() != Thread.State.TIMED_WAITING && run.getState() != Thread.State.TERMINATED) {
                Thread.yield();
            }
            assertThat(run.getState()).as("the run waits for its next step").isEqualTo(Thread.State.TIMED_WAITING);
            assertThat(session.latest().samplesSeen()).isEqualTo(before + SmallLessons.BATCH);
        } finally {
            session.stop();
            run.join();
        }

        assertThat(lesson.samplesShown()).isEqualTo(before + SmallLessons.BATCH);
        assertThat(vm.status().messageProperty().get()).isEqualTo(I18n.t("status.stopped"));
        assertThat(lesson.stateProperty().get()).isEqualTo(TrainingState.FINISHED);
    }
}
