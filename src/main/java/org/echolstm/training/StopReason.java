package org.echolstm.training;

/** Why a run ended. */
public enum StopReason {
    SAMPLE_LIMIT("sample limit reached"),
    TARGET_REACHED("target accuracy reached"),
    STOPPED("stopped"),
    DIVERGED("training diverged");

    private final String description;

    StopReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
