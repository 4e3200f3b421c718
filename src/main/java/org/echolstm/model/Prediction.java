package org.echolstm.model;

/**
 * What the model says about one sequence: the notebook's {@code get_predictions}, plus the class
 * probabilities.
 */
public record Prediction(int[] sequence, int predicted, int expected, float[] probabilities) {
    public boolean correct() {
        return predicted == expected;
    }
}
