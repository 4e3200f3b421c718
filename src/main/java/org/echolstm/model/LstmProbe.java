package org.echolstm.model;

import org.echolstm.model.engine.ForwardChanges;
import org.echolstm.model.engine.Gate;
import org.echolstm.model.engine.LstmKernel;
import org.echolstm.model.engine.Workspace;

import java.util.BitSet;
import java.util.Optional;

/**
 * Looks inside a model: its LSTM's gates and states for one sequence, read from the trace of the
 * engine's own forward pass, and what happens when units are silenced or a gate is clamped.
 */
public final class LstmProbe {
    private final LstmKernel kernel;
    private final GateClamp clamp;

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
    }

    /** A probe of the model's current parameters (later training does not change it). */
    public LstmProbe(EchoModel model) {
        this(model.snapshotKernel(), GateClamp.NONE);
    }

    private LstmProbe(LstmKernel kernel, GateClamp clamp) {
        this.kernel = kernel;
        this.clamp = clamp;
    }

    /** The same parameters with a gate clamped (a view: the model is not changed). */
    public LstmProbe withClamp(GateClamp newClamp) {
        return new LstmProbe(kernel, newClamp);
    }

    public GateClamp clamp() {
        return clamp;
    }

    public int units() {
        return kernel.units();
    }

    /** The full trace for {@code sequence}. */
    public LstmTrace trace(int[] sequence) {
        return run(sequence, -1, new BitSet());
    }

    /**
     * The trace with the units in {@code silenced} forced to output 0 (their hidden state), and
     * the time step {@code blanked} given no input (all-zero one-hot), or -1 for none.
     */
    public LstmTrace run(int[] sequence, int blanked, BitSet silenced) {
        Workspace work = kernel.newWorkspace();
        kernel.forward(work, sequence, ablation(silenced).blanking(blanked));
        return new LstmTrace(sequence.clone(), work.gate(Gate.INPUT), work.gate(Gate.FORGET), work.gate(Gate.OUTPUT),
                work.gate(Gate.CANDIDATE), work.cellStates(), work.hiddenStates(), work.probabilities());
    }

    /** The clamp and the silenced units as changes to the forward pass (none at all when there are none). */
    private ForwardChanges ablation(BitSet silenced) {
        return ablation(silenced, clamp);
    }

    static ForwardChanges ablation(BitSet silenced, GateClamp clamp) {
        return silenced.isEmpty() && clamp == GateClamp.NONE ? ForwardChanges.NONE
                : new ForwardChanges(-1, silenced, clamp.held);
    }

    /**
     * How much each time step drives the answer: the drop in the predicted value's probability
     * when that step's input is removed (its one-hot row all zeros). A trained model's influence
     * peaks at the echo index.
     */
    public float[] influence(int[] sequence) {
        return influence(sequence, new BitSet());
    }

    public float[] influence(int[] sequence, BitSet silenced) {
        Workspace work = kernel.newWorkspace();
        ForwardChanges ablation = ablation(silenced);
        kernel.forward(work, sequence, ablation);
        int predicted = work.predicted();
        float full = work.probability(predicted);
        float[] influence = new float[sequence.length];
        for (int t = 0; t < sequence.length; t++) {
            kernel.forward(work, sequence, ablation.blanking(t));
            influence[t] = full - work.probability(predicted);
        }
        return influence;
    }

    /**
     * The size (L2 norm) of the loss gradient with respect to the input at every time step, the
     * loss being the cross-entropy against {@code target}: how much of the error signal reaches each
     * step, with the probe's clamp and the units in {@code silenced} silenced.
     */
    public double[] gradientNorms(int[] sequence, int target) {
        return gradientNorms(sequence, target, new BitSet());
    }

    public double[] gradientNorms(int[] sequence, int target, BitSet silenced) {
        return kernel.inputGradient().with(ablation(silenced)).norms(sequence, target);
    }

    /** The units 0..units-1 as a set (to silence all). */
    public BitSet allUnits() {
        BitSet all = new BitSet(units());
        all.set(0, units());
        return all;
    }
}
