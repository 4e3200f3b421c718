package org.echolstm.ui;

import org.echolstm.model.EchoModel;
import org.echolstm.training.HeldOutSet;
import org.echolstm.training.TrainingFigures;
import org.echolstm.training.TrainingListener;
import org.echolstm.training.TrainingSession;
import org.echolstm.training.TrainingState;
import org.echolstm.ui.concurrent.DirectTaskExecutor;
import org.echolstm.ui.status.StatusBarViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One held-out accuracy everywhere: for the same model the status bar, the confusion matrix, the
 * Inside tab and {@link HeldOutSet#evaluate} give the very same number.
 */
class HeldOutAccuracyTest {

    /** 1024 ends on a held-out measurement (every 512 samples), 1000 between two. */
    @ParameterizedTest
    @ValueSource(longs = {1024, 1000})
    void afterARunEveryPanelShowsTheSameHeldOutAccuracy(long limit) {
        MainViewModel vm = SmallLessons.trained(new ScriptedDialogs(), limit);

        assertSameFigureEverywhere(vm);
    }

    @Test
    void afterASingleStepEveryPanelShowsTheSteppedModelsHeldOutAccuracy() {
        MainViewModel vm = SmallLessons.trained(new ScriptedDialogs(), 1024);
        vm.training().step();

        assertThat(vm.lesson().samplesShown()).isEqualTo(1024 + SmallLessons.BATCH);
        assertSameFigureEverywhere(vm);
    }

    @Test
    void anOpenedModelShowsTheSameHeldOutAccuracyEverywhere(@TempDir Path dir) {
        MainViewModel trained = SmallLessons.trained(new ScriptedDialogs(), 1000);
        Path file = dir.resolve("model.zip");
        trained.files().saveModel(file);

        MainViewModel opened = new MainViewModel(new ScriptedDialogs(), new DirectTaskExecutor());
        opened.files().openModel(file);

        assertThat(opened.lesson().samplesShown()).isEqualTo(1000);
        assertSameFigureEverywhere(opened);
    }

    /** Paused between two measurements (every 512 samples), the status bar shows the paused model's figure. */
    @Test
    void whilePausedEveryPanelShowsThePausedModelsHeldOutAccuracy() throws Exception {
        QueuedExecutor lanes = new QueuedExecutor();
        MainViewModel vm = new MainViewModel(new ScriptedDialogs(), lanes);
        SmallLessons.typeInto(vm.parameters(), 100_000);
        vm.training().train();
        TrainingSession session = vm.lesson().session().orElseThrow();
        // The run may be past 600 samples by the time the listener is added (a busy machine): the
        // first step from 600 on that is not a measurement's pauses it.
        java.util.concurrent.atomic.AtomicLong pausedAt = new java.util.concurrent.atomic.AtomicLong();
        session.addListener(new TrainingListener() {
            @Override
            public void onStep(TrainingFigures step) {
                if (step.samplesSeen() >= 600 && step.samplesSeen() % 512 != 0 && pausedAt.compareAndSet(0, step.samplesSeen())) {
                    session.pause();
                }
            }

            @Override
            public void onStateChanged(TrainingState newState) {
            }
        });
        try {
            lanes.runUntil(() -> vm.lesson().pausedProperty().get() && !vm.lesson().busyProperty().get(), 60);
            vm.confusion().visibleProperty().set(true);
            vm.inside().visibleProperty().set(true);
            lanes.runUntil(() -> vm.confusion().evaluationProperty().get().isPresent()
                    && vm.inside().insideProperty().get().isPresent(), 30);

            assertThat(vm.lesson().samplesShown()).isEqualTo(pausedAt.get());
            assertSameFigureEverywhere(vm);
        } finally {
            vm.training().stop();
            lanes.runUntil(() -> !vm.lesson().runningProperty().get() && !vm.lesson().pausedProperty().get(), 30);
        }
    }

    private static void assertSameFigureEverywhere(MainViewModel vm) {
        vm.confusion().visibleProperty().set(true);
        vm.inside().visibleProperty().set(true);
        EchoModel model = vm.lesson().session().orElseThrow().modelCopy();
        double accuracy = HeldOutSet.evaluate(model).accuracy();

        TrainingFigures shown = vm.lesson().figuresProperty().get().orElseThrow();
        assertThat(shown.samplesSeen()).isEqualTo(model.samplesTrained());
        assertThat(shown.heldOutAccuracy()).as("held-out accuracy of the metrics on screen").hasValue(accuracy);
        assertThat(vm.status().heldOutProperty().get()).isEqualTo(StatusBarViewModel.percent(accuracy));
        assertThat(vm.confusion().evaluationProperty().get().orElseThrow().accuracy()).isEqualTo(accuracy);
        assertThat(vm.inside().insideProperty().get().orElseThrow().accuracy()).isEqualTo(accuracy);
        assertThat(vm.lesson().session().orElseThrow().evaluateHeldOut()).isEqualTo(accuracy);
    }
}
