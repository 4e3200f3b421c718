package org.echolstm.training;

import org.echolstm.echo.EchoBatch;

/** Accuracy of a predictor on a batch: correct predictions counted over the whole batch. */
public final class Evaluator {
    private Evaluator() {
    }

    /** Anything that maps a batch to one predicted value per sample (the model, or a test double). */
    @FunctionalInterface
    public interface Predictor {
        int[] predictedValues(EchoBatch batch);
    }

    public static double accuracy(Predictor predictor, EchoBatch batch) {
        return accuracy(predictor.predictedValues(batch), batch.targets());
    }

    public static double accuracy(int[] predicted, int[] expected) {
        if (predicted.length != expected.length || expected.length == 0) {
            throw new IllegalArgumentException("need one prediction per sample, at least one sample");
        }
        int correct = 0;
        for (int i = 0; i < expected.length; i++) {
            if (predicted[i] == expected[i]) {
                correct++;
            }
        }
        return (double) correct / expected.length;
    }
}
