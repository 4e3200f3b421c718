package org.echolstm.ui;

/** What the window is doing, which decides which controls are enabled. */
public enum UiState {
    /** No model yet: Train or Step creates one from the panes. */
    NO_MODEL,
    /** A model is being created (ND4J may still be loading). */
    PREPARING,
    RUNNING,
    PAUSED,
    /** A single step is being trained. */
    STEPPING,
    /** A model exists and nothing runs. */
    IDLE
}
