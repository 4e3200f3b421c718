package org.echolstm.ui.sample;

import org.echolstm.model.Prediction;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A line of the recent-predictions table: the sequence written as it is typed into the sequence
 * field ("3 7 1 0"), the model's answer, the right one, and how far the model had trained.
 */
public record PredictionRow(String sequence, int predicted, int expected, long samplesSeen) {
    public static PredictionRow of(Prediction prediction, long samplesSeen) {
        String values = Arrays.stream(prediction.sequence()).mapToObj(Integer::toString)
                .collect(Collectors.joining(" "));
        return new PredictionRow(values, prediction.predicted(), prediction.expected(), samplesSeen);
    }

    public String verdict() {
        return predicted == expected ? "✓" : "✗";
    }
}
