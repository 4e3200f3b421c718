package org.echolstm.training;

import org.echolstm.echo.SampleBlock;
import org.echolstm.model.EchoModel;
import org.echolstm.model.Ablation;
import org.echolstm.model.PlainRnn;

import java.util.Arrays;

/**
 * A network's answers on a set of samples, and what follows from them: how many were right, the
 * accuracy, the confusion matrix. The one computation of every accuracy the application shows:
 * the held-out figures of the session, the window, {@code evaluate} and {@code train --json}, the
 * plain RNN's beside it and the sweeps', and the accuracy on fresh samples.
 *
 * @param samplesTrained what the network had been trained on when it answered
 * @param features       the task's number of values (the confusion matrix is this size)
 * @param predicted      the answer to each sample
 * @param expected       the right answer to each sample
 */
public record Evaluation(long samplesTrained, int features, int[] predicted, int[] expected) {
    public Evaluation {
        if (predicted.length != expected.length) {
            throw new IllegalArgumentException("need one prediction per sample");
        }
    }

    /** Anything that answers each sample of a block: the LSTM (as it is, or ablated) or the plain RNN. */
    @FunctionalInterface
    public interface Predictor {
        int[] predictedValues(SampleBlock samples);
    }

    /** The predictor's answers on {@code samples}, after {@code samplesTrained} training samples. */
    public static Evaluation of(Predictor predictor, SampleBlock samples, long samplesTrained) {
        return new Evaluation(samplesTrained, samples.task().features(), predictor.predictedValues(samples),
                Arrays.copyOf(samples.targets(), samples.size()));
    }

    /** The model's answers on {@code samples}. */
    public static Evaluation of(EchoModel model, SampleBlock samples) {
        return new Evaluation(model.samplesTrained(), samples.task().features(), model.predictedValues(samples),
                Arrays.copyOf(samples.targets(), samples.size()));
    }

    /** The model's answers under {@code ablation} (a view: the model is not changed). */
    public static Evaluation of(EchoModel model, SampleBlock samples, Ablation ablation) {
        return of(block -> model.predictedValues(block, ablation), samples, model.samplesTrained());
    }

    /** The plain RNN's answers on {@code samples}. */
    public static Evaluation of(PlainRnn rnn, SampleBlock samples) {
        return of(rnn::predictedValues, samples, rnn.samplesTrained());
    }

    public int samples() {
        return expected.length;
    }

    public int correct() {
        int correct = 0;
        for (int i = 0; i < expected.length; i++) {
            if (predicted[i] == expected[i]) {
                correct++;
            }
        }
        return correct;
    }

    /** The share of the samples answered right (NaN for none). */
    public double accuracy() {
        return (double) correct() / samples();
    }

    /** How often each expected value was answered with each value. */
    public ConfusionMatrix confusion() {
        return ConfusionMatrix.of(features, predicted, expected);
    }
}
