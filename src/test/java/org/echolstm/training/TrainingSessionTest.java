package org.echolstm.training;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.dl4j.ModelFiles;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(value = 5, unit = TimeUnit.MINUTES)
class TrainingSessionTest {
    static final EchoTask EASY = new EchoTask(4, 5, 2);

    static EchoModel easyModel(long seed) {
        return new EchoModel(EASY, new ModelSettings(16, Optimizer.ADAM, 0.02, seed));
    }

    @Test
    void learnsAnEasyTaskToTheTargetAccuracy() {
        TrainingSession session = new TrainingSession(easyModel(1),
                new TrainingSettings(32, new StopRule(100_000, 0.95), 500, 256));
        StopReason reason = session.run();
        assertThat(reason).isEqualTo(StopReason.TARGET_REACHED);
        assertThat(session.latest().heldOutAccuracy().getAsDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(session.evaluateHeldOut()).isGreaterThanOrEqualTo(0.95);
        assertThat(session.latest().smoothedLoss()).isLessThan(Math.log(5));
        assertThat(session.state()).isEqualTo(TrainingState.FINISHED);
    }

    @Test
    void aLossThatIsNotANumberStopsTrainingAsDiverged() {
        // The clipped cross-entropy keeps the loss finite for any learning rate allowed, so the
        // safety net is shown with weights that are not numbers.
        EchoModel healthy = easyModel(1);
        float[] parameters = healthy.parameters();
        parameters[3] = Float.NaN;
        EchoModel poisoned = EchoModel.withParameters(healthy.task(), healthy.settings(), parameters, 0);
        TrainingSession session = new TrainingSession(poisoned, new TrainingSettings(16, StopRule.samples(10_000)));
        List<TrainingFigures> snapshots = new ArrayList<>();
        session.addListener(snapshots::add);
        assertThat(session.run()).isEqualTo(StopReason.DIVERGED);
        assertThat(snapshots).hasSize(1);
        assertThat(snapshots.get(0).loss()).isNaN();
        assertThat(session.state()).isEqualTo(TrainingState.FINISHED);
    }

    @Test
    void stopsAtTheSampleLimitExactly() {
        TrainingSession session = new TrainingSession(easyModel(1), new TrainingSettings(16, StopRule.samples(64)));
        List<TrainingFigures> snapshots = new ArrayList<>();
        session.addListener(snapshots::add);
        assertThat(session.run()).isEqualTo(StopReason.SAMPLE_LIMIT);
        assertThat(snapshots).extracting(TrainingFigures::samplesSeen).containsExactly(16L, 32L, 48L, 64L);
        assertThat(snapshots).allSatisfy(s -> assertThat(s.loss()).isPositive());
    }

    @Test
    void sameSeedGivesTheSameLossCurve() {
        assertThat(lossCurve(easyModel(3), 96)).isEqualTo(lossCurve(easyModel(3), 96));
        assertThat(lossCurve(easyModel(3), 96)).isNotEqualTo(lossCurve(easyModel(4), 96));
    }

    @Test
    void savedAndContinuedTrainingMatchesUninterruptedTraining(@TempDir Path folder) throws Exception {
        List<Double> uninterrupted = lossCurve(easyModel(5), 128);

        TrainingSession first = new TrainingSession(easyModel(5), new TrainingSettings(16, StopRule.samples(64)));
        List<Double> curve = new ArrayList<>();
        first.addListener(s -> curve.add(s.loss()));
        first.run();
        Path file = folder.resolve("half.zip");
        ModelFiles.save(first.modelCopy(), file, "test");

        TrainingSession second = new TrainingSession(ModelFiles.open(file), new TrainingSettings(16, StopRule.samples(128)));
        second.addListener(s -> curve.add(s.loss()));
        second.run();
        assertThat(curve).hasSameSizeAs(uninterrupted);
        for (int i = 0; i < curve.size(); i++) {
            assertThat(curve.get(i)).isCloseTo(uninterrupted.get(i), org.assertj.core.data.Offset.offset(1e-5));
        }
    }

    @Test
    void pauseStepResumeAndStopFromAnotherThread() throws Exception {
        TrainingSession session = new TrainingSession(easyModel(1), new TrainingSettings(8, StopRule.NONE));
        CountDownLatch paused = new CountDownLatch(1);
        CountDownLatch stepping = new CountDownLatch(5);
        session.addListener(new TrainingListener() {
            @Override
            public void onStep(TrainingFigures snapshot) {
                stepping.countDown();
            }

            @Override
            public void onStateChanged(TrainingState state) {
                if (state == TrainingState.PAUSED) {
                    paused.countDown();
                }
            }
        });
        CompletableFuture<StopReason> run = CompletableFuture.supplyAsync(session::run);
        assertThat(stepping.await(1, TimeUnit.MINUTES)).isTrue();

        session.pause();
        assertThat(paused.await(1, TimeUnit.MINUTES)).isTrue();
        long atPause = session.latest().samplesSeen();
        assertThat(session.state()).isEqualTo(TrainingState.PAUSED);
        assertThat(session.step().samplesSeen()).isEqualTo(atPause + 8);
        assertThat(session.step().samplesSeen()).isEqualTo(atPause + 16);
        assertThat(session.latest().samplesSeen()).isEqualTo(atPause + 16);

        CountDownLatch moreSteps = new CountDownLatch(3);
        session.addListener(s -> moreSteps.countDown());
        session.resume();
        assertThat(moreSteps.await(1, TimeUnit.MINUTES)).isTrue();
        assertThat(session.latest().samplesSeen()).isGreaterThan(atPause + 16);

        session.stop();
        assertThat(run.get(1, TimeUnit.MINUTES)).isEqualTo(StopReason.STOPPED);
        assertThat(session.state()).isEqualTo(TrainingState.FINISHED);
    }

    @Test
    void pauseNowReturnsOnceTheRunHasPausedWithWhatItPausedAt() throws Exception {
        TrainingSession session = new TrainingSession(easyModel(1), new TrainingSettings(8, StopRule.NONE));
        CountDownLatch stepping = new CountDownLatch(5);
        session.addListener(s -> stepping.countDown());
        CompletableFuture<StopReason> run = CompletableFuture.supplyAsync(session::run);
        assertThat(stepping.await(1, TimeUnit.MINUTES)).isTrue();

        TrainingFigures pausedAt = session.pauseNow();

        assertThat(session.state()).isEqualTo(TrainingState.PAUSED);
        assertThat(session.latest().samplesSeen()).isEqualTo(pausedAt.samplesSeen());
        assertThat(session.withModel(EchoModel::samplesTrained)).isEqualTo(pausedAt.samplesSeen());
        session.stop();
        assertThat(run.get(1, TimeUnit.MINUTES)).isEqualTo(StopReason.STOPPED);
        assertThat(session.pauseNow().samplesSeen()).as("a finished run is left as it is").isEqualTo(pausedAt.samplesSeen());
        assertThat(session.state()).isEqualTo(TrainingState.FINISHED);
    }

    @Test
    void aSlowPaceSpacesTheStepsAndStopStillActsAtOnce() throws Exception {
        TrainingSession session = new TrainingSession(easyModel(1), new TrainingSettings(8, StopRule.NONE));
        session.setPace(4); // four steps a second
        List<Long> stepTimes = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch threeSteps = new CountDownLatch(3);
        session.addListener(s -> {
            stepTimes.add(System.nanoTime());
            threeSteps.countDown();
        });
        CompletableFuture<StopReason> run = CompletableFuture.supplyAsync(session::run);
        assertThat(threeSteps.await(1, TimeUnit.MINUTES)).isTrue();
        // Each step waits out its quarter second.
        for (int i = 1; i < 3; i++) {
            assertThat(stepTimes.get(i) - stepTimes.get(i - 1)).isGreaterThanOrEqualTo(240_000_000L);
        }
        // One step per 100 s now; a stop must not wait for the slot to end.
        session.setPace(0.01);
        int before = stepTimes.size();
        session.stop();
        assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(StopReason.STOPPED);
        assertThat(stepTimes.size()).isLessThanOrEqualTo(before + 1);
    }

    @Test
    void stopEndsAPausedRun() throws Exception {
        TrainingSession session = new TrainingSession(easyModel(1), new TrainingSettings(8, StopRule.NONE));
        session.pause();
        CompletableFuture<StopReason> run = CompletableFuture.supplyAsync(session::run);
        session.stop();
        assertThat(run.get(1, TimeUnit.MINUTES)).isEqualTo(StopReason.STOPPED);
    }

    @Test
    void steppingWhileRunningIsRefusedAndRunningTwiceIsRefused() throws Exception {
        TrainingSession session = new TrainingSession(easyModel(1), new TrainingSettings(8, StopRule.NONE));
        CountDownLatch started = new CountDownLatch(1);
        session.addListener(s -> started.countDown());
        CompletableFuture<StopReason> run = CompletableFuture.supplyAsync(session::run);
        assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();
        assertThatThrownBy(session::step).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(session::run).isInstanceOf(IllegalStateException.class);
        session.stop();
        run.get(1, TimeUnit.MINUTES);
    }

    @Test
    void aFinishedSessionContinuesWhenRunAgain() {
        TrainingSession session = new TrainingSession(easyModel(1), new TrainingSettings(16, StopRule.samples(32)));
        session.run();
        session.step();
        assertThat(session.latest().samplesSeen()).isEqualTo(48);
    }

    @Test
    void heldOutAccuracyIsMeasuredAtTheConfiguredInterval() {
        TrainingSession session = new TrainingSession(easyModel(1),
                new TrainingSettings(16, StopRule.samples(160), 100, 64));
        List<TrainingFigures> fresh = new ArrayList<>();
        session.addListener(s -> {
            if (s.heldOutFresh()) {
                fresh.add(s);
            }
        });
        session.run();
        assertThat(fresh).extracting(TrainingFigures::samplesSeen).containsExactly(64L, 128L);
        assertThat(fresh).allSatisfy(s -> assertThat(s.heldOutAccuracy()).isPresent());
    }

    private static List<Double> lossCurve(EchoModel model, long samples) {
        TrainingSession session = new TrainingSession(model, new TrainingSettings(16, StopRule.samples(samples)));
        List<Double> losses = new ArrayList<>();
        session.addListener(s -> losses.add(s.loss()));
        session.run();
        return losses;
    }

    @Test
    void atASlowPaceElapsedIsWallTimeAndTheRateIsReal() {
        TrainingSession session = new TrainingSession(easyModel(1), new TrainingSettings(8, StopRule.samples(8 * 12)));
        session.setPace(40); // a 25 ms slot per step
        assertThat(session.run()).isEqualTo(StopReason.SAMPLE_LIMIT);
        TrainingFigures last = session.latest();
        // Twelve steps in 25 ms slots: at least eleven slots of waiting are training time on the clock.
        assertThat(last.elapsedNanos()).isGreaterThanOrEqualTo(11 * 25_000_000L);
        // ... and the rate cannot beat the pace: 40 steps of 8 samples a second.
        assertThat(last.samplesPerSecond()).isLessThanOrEqualTo(40 * 8 * 1.05);
    }

    @Test
    void aContinuedModelDrawsNoTrainingAccuracySpikeAtItsStart() {
        EchoModel model = easyModel(3);
        new TrainingSession(model, new TrainingSettings(8, StopRule.samples(512))).run();
        MetricHistory history = new MetricHistory(1000);
        TrainingSession continued = new TrainingSession(model, new TrainingSettings(8, StopRule.samples(512 + 512)));
        continued.addListener(history);
        continued.run();
        // A fresh window of a few samples would be all right or all wrong: nothing is drawn until it holds enough.
        assertThat(history.curves().trainAccuracy()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.samples()).isGreaterThanOrEqualTo(512 + 248));
        assertThat(history.curves().loss().get(0).samples()).isEqualTo(512 + 8);
    }
}
