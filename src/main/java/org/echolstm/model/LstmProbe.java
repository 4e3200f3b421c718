package org.echolstm.model;

import org.echolstm.model.engine.ForwardChanges;
import org.echolstm.model.engine.Gate;
import org.echolstm.model.engine.LstmKernel;
import org.echolstm.model.engine.Workspace;


/**
 * Looks inside a model: its LSTM's gates and states for one sequence, read from the trace of the
 * engine's own forward pass, and what happens when units are silenced or a gate is clamped.
 */
public final class LstmProbe {
    private final LstmKernel kernel;
    private final Ablation ablation;

    /** A probe of the model's current parameters (later training does not change it). */
    public LstmProbe(EchoModel model) {
        this(model.copyKernel(), Ablation.NONE);
    }

    private LstmProbe(LstmKernel kernel, Ablation ablation) {
        this.kernel = kernel;
        this.ablation = ablation;
    }

    /**
     * The same parameters with {@code newAblation}'s units silenced and gate clamped: traces,
     * influence and gradients then show the network without them (a view: the model is not changed).
     */
    public LstmProbe ablated(Ablation newAblation) {
        return new LstmProbe(kernel, newAblation);
    }

    public Ablation ablation() {
        return ablation;
    }

    public int units() {
        return kernel.units();
    }

    /** The full trace for {@code sequence}, under the probe's ablation. */
    public LstmTrace trace(int[] sequence) {
        Workspace work = kernel.newWorkspace();
        kernel.forward(work, sequence, ablation.forwardChanges());
        return new LstmTrace(sequence.clone(), work.gate(Gate.INPUT), work.gate(Gate.FORGET), work.gate(Gate.OUTPUT),
                work.gate(Gate.CANDIDATE), work.cellStates(), work.hiddenStates(), work.probabilities());
    }

    /**
     * How much each time step drives the answer: the drop in the predicted value's probability
     * when that step's input is removed (its one-hot row all zeros), under the probe's ablation. A
     * trained model's influence peaks at the echo index.
     */
    public float[] influence(int[] sequence) {
        Workspace work = kernel.newWorkspace();
        ForwardChanges changes = ablation.forwardChanges();
        kernel.forward(work, sequence, changes);
        int predicted = work.predicted();
        float full = work.probability(predicted);
        float[] influence = new float[sequence.length];
        for (int t = 0; t < sequence.length; t++) {
            kernel.forward(work, sequence, changes.blanking(t));
            influence[t] = full - work.probability(predicted);
        }
        return influence;
    }

    /**
     * The size (L2 norm) of the loss gradient with respect to the input at every time step, the
     * loss being the cross-entropy against {@code target}: how much of the error signal reaches each
     * step, under the probe's ablation.
     */
    public double[] gradientNorms(int[] sequence, int target) {
        return kernel.inputGradient().with(ablation.forwardChanges()).norms(sequence, target);
    }
}
