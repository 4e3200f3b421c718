package org.echolstm.training;

/** Told about a session's progress, on the training thread: keep it quick and hand work off. */
public interface TrainingListener {
    void onStep(TrainingFigures snapshot);

    /**
     * The samples of the step just taken (for a companion that trains on the same stream). The
     * block is reused by the next step: read it here, or copy it.
     */
    default void onBatch(org.echolstm.echo.SampleBlock batch) {
    }

    default void onStateChanged(TrainingState state) {
    }

    /**
     * The held-out accuracy was measured apart from a step (after a single step, at the end of a
     * run, when a moment is marked): {@code snapshot} carries it, at the samples trained so far.
     */
    default void onHeldOut(TrainingFigures snapshot) {
    }
}
