package org.echolstm.training;

import org.echolstm.echo.SampleBlock;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RnnComparisonTest {

    private static List<Integer> contents(SampleBlock block) {
        return java.util.Arrays.stream(block.sequences(), 0, block.size() * block.task().length()).boxed().toList();
    }

    @Test
    void thePlainNetworkTrainsOnTheSameSamplesAndTheLstmRemembersBetter() {
        // A long gap between the echoed value and the end: the plain network's memory fades.
        EchoTask task = new EchoTask(12, 8, 1);
        ModelSettings settings = new ModelSettings(16, Optimizer.ADAM, 0.02, 3);
        TrainingSettings training = new TrainingSettings(32, StopRule.samples(8_000), 500, 512);
        TrainingSession session = new TrainingSession(new EchoModel(task, settings), training);
        RnnComparison comparison = new RnnComparison(task, settings, training, 0);
        List<List<Integer>> lstmBatches = new ArrayList<>();
        List<List<Integer>> rnnBatches = new ArrayList<>();
        session.addListener(new TrainingListener() {
            @Override
            public void onStep(TrainingFigures snapshot) {
            }

            @Override
            public void onBatch(SampleBlock batch) {
                lstmBatches.add(contents(batch));
            }
        });
        session.addListener(comparison);
        session.addListener(new TrainingListener() {
            @Override
            public void onStep(TrainingFigures snapshot) {
            }

            @Override
            public void onBatch(SampleBlock batch) {
                rnnBatches.add(contents(batch));
            }
        });
        session.run();

        assertThat(comparison.batchesSeen()).isEqualTo(lstmBatches.size());
        assertThat(rnnBatches).containsExactlyElementsOf(lstmBatches);
        assertThat(comparison.history().curves().heldOutAccuracy()).isNotEmpty();
        double lstm = session.evaluateHeldOut();
        double rnn = comparison.evaluateHeldOut();
        assertThat(lstm).isGreaterThan(rnn);
    }
}
