package org.echolstm.ui.sample;

import org.echolstm.model.Prediction;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A line of the recent-predictions table, as the notebook's {@code get_predictions} shows it. */
public record PredictionRow(String sequence, int predicted, int expected, long samplesSeen) {
    public static PredictionRow of(Prediction prediction, long samplesSeen) {
        String values = Arrays.stream(prediction.sequence()).mapToObj(Integer::toString)
                .collect(Collectors.joining(", ", "[", "]"));
        return new PredictionRow(values, prediction.predicted(), prediction.expected(), samplesSeen);
    }

    public String verdict() {
        return predicted == expected ? "✓" : "✗";
    }
}
