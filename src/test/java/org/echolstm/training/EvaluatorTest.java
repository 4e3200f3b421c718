package org.echolstm.training;

import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SequenceGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluatorTest {
    private final EchoBatch batch = new SequenceGenerator(new EchoTask(10, 25, 7), 3).nextBatch(1000);

    @Test
    void countsCorrectPredictionsOverTheWholeBatch() {
        // Right on every fourth sample, wrong on the others: exactly 25 %.
        Evaluator.Predictor quarterRight = b -> {
            int[] targets = b.targets();
            int[] predicted = new int[targets.length];
            for (int i = 0; i < targets.length; i++) {
                predicted[i] = i % 4 == 0 ? targets[i] : (targets[i] + 1) % 25;
            }
            return predicted;
        };
        assertThat(Evaluator.accuracy(quarterRight, batch)).isEqualTo(0.25);
    }

    @Test
    void perfectAndHopelessPredictors() {
        assertThat(Evaluator.accuracy(EchoBatch::targets, batch)).isEqualTo(1.0);
        Evaluator.Predictor alwaysWrong = b -> {
            int[] predicted = b.targets();
            for (int i = 0; i < predicted.length; i++) {
                predicted[i] = (predicted[i] + 3) % 25;
            }
            return predicted;
        };
        assertThat(Evaluator.accuracy(alwaysWrong, batch)).isZero();
    }

    @Test
    void aPredictorOfTheLastValueIsRightAboutOneTimeInTwentyFive() {
        // Predicting the last value instead of the echoed one is right only by chance (1/25).
        double accuracy = Evaluator.accuracy(b -> b.sampleList().stream()
                .mapToInt(s -> s.sequence()[9]).toArray(), batch);
        assertThat(accuracy).isBetween(0.02, 0.07);
    }
}
