package org.echolstm.training;

import org.echolstm.echo.SampleBlock;
import org.echolstm.model.EchoModel;

/** A model's answers on a set of samples: how many were right, and the confusion matrix. */
public record Evaluation(long samplesTrained, ConfusionMatrix confusion) {

    public static Evaluation of(EchoModel model, SampleBlock samples) {
        int[] predicted = model.predictedValues(samples.toBatch());
        return new Evaluation(model.samplesTrained(),
                ConfusionMatrix.of(model.task().features(), predicted, samples.targets()));
    }

    public int samples() {
        return confusion.total();
    }

    public int correct() {
        int correct = 0;
        for (int v = 0; v < confusion.features(); v++) {
            correct += confusion.counts()[v][v];
        }
        return correct;
    }

    public double accuracy() {
        return confusion.accuracy();
    }
}
