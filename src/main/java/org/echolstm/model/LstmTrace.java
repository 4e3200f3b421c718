package org.echolstm.model;

/**
 * Everything the LSTM computes for one sequence, per time step and per unit ({@code [t][unit]}):
 * the input, forget and output gates (in 0..1), the candidate cell input (in -1..1), the cell
 * state and the hidden state, plus the class probabilities after the last step.
 */
public record LstmTrace(int[] sequence, float[][] inputGate, float[][] forgetGate, float[][] outputGate,
                        float[][] candidate, float[][] cellState, float[][] hiddenState, float[] probabilities) {

    public int timesteps() {
        return sequence.length;
    }

    public int units() {
        return hiddenState.length == 0 ? 0 : hiddenState[0].length;
    }

    public int predicted() {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return best;
    }
}
