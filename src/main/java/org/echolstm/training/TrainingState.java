package org.echolstm.training;

/** Where a session is in its life. */
public enum TrainingState {
    /** Created, never trained (single steps are allowed). */
    READY,
    RUNNING,
    PAUSED,
    /** Ended; see {@link StopReason}. A finished session can be run again to continue. */
    FINISHED
}
