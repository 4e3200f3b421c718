package org.echolstm.training;

/** Told about a session's progress, on the training thread: keep it quick and hand work off. */
public interface TrainingListener {
    void onStep(MetricsSnapshot snapshot);

    default void onStateChanged(TrainingState state) {
    }
}
