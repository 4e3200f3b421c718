package org.echolstm.model;

import org.echolstm.model.engine.ForwardChanges;

import java.util.BitSet;

/**
 * Units silenced (their hidden state forced to 0) and a gate clamped: what the network does
 * without a part of itself. A view of a model, which is never changed: the probe's traces, influence
 * and gradients ({@link LstmProbe#ablated}), the model's answers ({@link EchoModel#predict(int[], Ablation)})
 * and so the held-out evaluation all take it.
 */
public record Ablation(BitSet silenced, GateClamp clamp) {
    /** The network as it is. */
    public static final Ablation NONE = new Ablation(new BitSet(), GateClamp.NONE);

    public Ablation {
        silenced = (BitSet) silenced.clone();
    }

    @Override
    public BitSet silenced() {
        return (BitSet) silenced.clone();
    }

    /** Whether anything is silenced or clamped. */
    public boolean active() {
        return !silenced.isEmpty() || clamp != GateClamp.NONE;
    }

    /** The same with {@code unit} silenced if it was not, or brought back if it was. */
    public Ablation toggle(int unit) {
        BitSet changed = silenced();
        changed.flip(unit);
        return new Ablation(changed, clamp);
    }

    public Ablation withClamp(GateClamp newClamp) {
        return new Ablation(silenced, newClamp);
    }

    /** The same as changes to the engine's forward pass (none at all when nothing is ablated, its fast path). */
    ForwardChanges forwardChanges() {
        return active() ? new ForwardChanges(-1, silenced, clamp.held()) : ForwardChanges.NONE;
    }
}
