package org.echolstm.ui.internals;

import java.util.OptionalLong;

/**
 * What the gradient flow chart shows for the sample on screen: the size of the loss gradient with
 * respect to the input at every time step ({@code ‖dL/dx_t‖}) for the LSTM and for a plain RNN of
 * the same size, the echo index, and what the plain RNN is: trained beside the LSTM on
 * {@code rnnSamples} samples, or freshly initialised (empty).
 */
public record GradientFlow(double[] lstm, double[] rnn, int echoIndex, OptionalLong rnnSamples) {
    public GradientFlow {
        if (lstm.length != rnn.length) {
            throw new IllegalArgumentException("the two series differ in length");
        }
    }

    public int timesteps() {
        return lstm.length;
    }
}
