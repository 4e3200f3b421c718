package org.echolstm.training.experiments;

import java.util.Objects;
import java.util.Optional;

/** The result of a sweep at one value: the LSTM's runs, and the plain RNN's when it was asked for. */
public record SweepPoint(String value, Outcome lstm, Optional<Outcome> rnn) {
    public SweepPoint {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(lstm, "lstm");
        Objects.requireNonNull(rnn, "rnn");
    }
}
