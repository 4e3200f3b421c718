package org.echolstm.ui.inside;

import org.echolstm.ui.I18n;

import java.util.OptionalLong;

/**
 * What the gradient flow chart shows for the sample on screen: the size of the loss gradient with
 * respect to the input at every time step ({@code ‖dL/dx_t‖}) for the LSTM and for a plain RNN of
 * the same size, the echo index, and what the plain RNN is: trained beside the LSTM on
 * {@code rnnSamples} samples, or freshly initialised (empty); {@code lstmName} names the LSTM's
 * series, with its silenced units and clamped gate.
 */
public record GradientFlow(double[] lstm, double[] rnn, int echoIndex, OptionalLong rnnSamples, String lstmName) {
    /** The LSTM as it is (nothing silenced or clamped). */
    public GradientFlow(double[] lstm, double[] rnn, int echoIndex, OptionalLong rnnSamples) {
        this(lstm, rnn, echoIndex, rnnSamples, I18n.t("gradient.lstm"));
    }

    public GradientFlow {
        if (lstm.length != rnn.length) {
            throw new IllegalArgumentException("the two series differ in length");
        }
    }

    public int timesteps() {
        return lstm.length;
    }
}
