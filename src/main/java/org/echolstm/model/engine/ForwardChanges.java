package org.echolstm.model.engine;

import java.util.BitSet;
import java.util.Optional;

/**
 * Changes to a forward pass that show what the network does without a part of itself: one time
 * step given no input (an all-zero one-hot), units whose hidden state is forced to 0, and a gate
 * held at one value in every unit and step. The parameters are not changed. This is the engine's
 * own form of the model's {@code Ablation} (the engine knows nothing above it), with the blanked
 * step the influence measure adds.
 *
 * @param blankedStep    the time step whose input is removed, or -1 for none
 * @param silencedUnits  the units whose hidden state (their output to the next step and the
 *                       dense layer) is 0
 * @param heldGate       a gate held at a value, if any
 */
public record ForwardChanges(int blankedStep, BitSet silencedUnits, Optional<HeldGate> heldGate) {
    /** A forward pass as it is. */
    public static final ForwardChanges NONE = new ForwardChanges(-1, new BitSet(), Optional.empty());

    /** A gate whose activation is {@code value} in every unit and step. */
    public record HeldGate(Gate gate, float value) {
    }

    public ForwardChanges {
        silencedUnits = (BitSet) silencedUnits.clone();
    }

    @Override
    public BitSet silencedUnits() {
        return (BitSet) silencedUnits.clone();
    }

    /** The same changes with the input of step {@code step} removed as well. */
    public ForwardChanges blanking(int step) {
        return step == blankedStep ? this : new ForwardChanges(step, silencedUnits, heldGate);
    }
}
