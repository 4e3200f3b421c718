package org.echolstm.model;

import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SequenceGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class UpdateSizeTest {

    @Test
    void theUpdateSizeIsHowFarTheStepMovedTheWeights() {
        EchoTask task = new EchoTask(5, 6, 2);
        EchoModel model = new EchoModel(task, new ModelSettings(4, Optimizer.ADAM, 0.01, 2));
        assertThat(model.lastUpdateSize()).isZero();
        float[] before = model.parameters();
        model.fit(EchoBatch.next(new SequenceGenerator(task, 2), 8).block());
        float[] after = model.parameters();
        double sum = 0;
        for (int i = 0; i < before.length; i++) {
            sum += Math.pow(after[i] - before[i], 2);
        }
        assertThat(model.lastUpdateSize()).isPositive().isCloseTo(Math.sqrt(sum), within(1e-5));
    }
}
