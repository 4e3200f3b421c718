package org.echolstm.model;

import org.echolstm.model.engine.ForwardChanges;
import org.echolstm.model.engine.Gate;

import java.util.Optional;

/** A gate held at one value in every unit and step, to see what the network does without it. */
public enum GateClamp {
    NONE(Optional.empty()),
    INPUT_CLOSED(Optional.of(new ForwardChanges.HeldGate(Gate.INPUT, 0f))),
    FORGET_CLOSED(Optional.of(new ForwardChanges.HeldGate(Gate.FORGET, 0f))),
    FORGET_OPEN(Optional.of(new ForwardChanges.HeldGate(Gate.FORGET, 1f))),
    OUTPUT_OPEN(Optional.of(new ForwardChanges.HeldGate(Gate.OUTPUT, 1f)));

    private final Optional<ForwardChanges.HeldGate> held;

    GateClamp(Optional<ForwardChanges.HeldGate> held) {
        this.held = held;
    }

    /** The gate and its value as the engine holds them; none for {@link #NONE}. */
    Optional<ForwardChanges.HeldGate> held() {
        return held;
    }
}
