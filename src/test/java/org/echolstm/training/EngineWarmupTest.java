package org.echolstm.training;

import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SampleBlock;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EngineWarmupTest {

    @AfterEach
    void endWarmup() throws InterruptedException {
        EngineWarmup.stop();
        Thread thread = EngineWarmup.thread();
        if (thread != null) {
            thread.join(10_000);
        }
    }

    @Test
    void theFirstTrainingStepEndsTheWarmup() throws InterruptedException {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "the warm-up needs a spare core");
        EngineWarmup.start();
        Thread warmup = EngineWarmup.thread();
        assertThat(warmup.isAlive()).isTrue();

        new TrainingSession(new EchoModel(new EchoTask(4, 5, 1), new ModelSettings(8, Optimizer.ADAM, 0.01, 1)),
                new TrainingSettings(8, StopRule.samples(8))).step();

        warmup.join(10_000);
        assertThat(warmup.isAlive()).as("warm-up still running after a training step").isFalse();
    }

    @Test
    void aModelTrainsTheSameWhileTheWarmupRuns() {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "the warm-up needs a spare core");
        List<Double> alone = losses();
        EngineWarmup.start();
        assertThat(EngineWarmup.thread().isAlive()).as("the warm-up runs alongside").isTrue();
        List<Double> beside = losses();
        assertThat(beside).isEqualTo(alone);
    }

    /** Losses of 40 steps of a fresh default model, trained without a session (which would stop the warm-up). */
    private static List<Double> losses() {
        EchoTask task = EchoTask.NOTEBOOK;
        EchoModel model = new EchoModel(task, new ModelSettings(25, Optimizer.ADAM, 0.01, 7));
        SequenceGenerator generator = new SequenceGenerator(task, 7);
        SampleBlock batch = new SampleBlock(task);
        List<Double> losses = new ArrayList<>();
        for (int step = 0; step < 40; step++) {
            generator.fill(batch, step % 2 == 0 ? 32 : 1);
            losses.add(model.fit(batch).loss());
        }
        return losses;
    }
}
