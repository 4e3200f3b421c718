package org.echolstm.model.engine;

/**
 * The four blocks of an LSTM unit's pre-activations, in the order DL4J packs them along the last
 * axis of the input weights, recurrent weights and bias (block {@code b} of unit {@code u} is
 * column {@code b * units + u}): the candidate cell input (tanh), then the forget, output and
 * input gates (sigmoid). DL4J's own source calls the candidate "input activations" and the input
 * gate "input modulation gate"; everything here uses the names below.
 */
public enum Gate {
    CANDIDATE, FORGET, OUTPUT, INPUT;

    /** The first column of this block in a packed row of {@code 4 * units} values. */
    public int offset(int units) {
        return ordinal() * units;
    }
}
