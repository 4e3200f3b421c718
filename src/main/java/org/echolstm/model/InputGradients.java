package org.echolstm.model;

import org.echolstm.model.engine.InputGradient;

/**
 * A network's loss gradient with respect to each step's input, on a copy of its weights taken when
 * this was made: how much of the error signal reaches each step of a sequence.
 */
public final class InputGradients {
    private final InputGradient gradient;

    InputGradients(InputGradient gradient) {
        this.gradient = gradient;
    }

    /** The size (L2 norm) of {@code dL/dx_t} at every step, the loss being the cross-entropy against {@code target}. */
    public double[] norms(int[] sequence, int target) {
        return gradient.norms(sequence, target);
    }

    /** The full computation (for tests that check it). */
    InputGradient gradient() {
        return gradient;
    }
}
