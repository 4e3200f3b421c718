package org.echolstm.fuzz;

import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;

/** Settings every fuzz target shares. */
final class FuzzTargets {
    /**
     * How long one target fuzzes when {@code JAZZER_FUZZ=1} (the README says how); without it the
     * targets only replay their inputs.
     */
    static final String MAX_DURATION = "30m";
    /** An input that takes longer is a hang, and a finding. */
    static final int TIMEOUT_SECONDS = 5;

    private FuzzTargets() {
    }

    /** Loads ND4J's natives before the first input, so the first input is not timed with them. */
    static void warmUp() {
        new EchoModel(FuzzSeeds.TASK, new ModelSettings(2, Optimizer.ADAM, 0.01, 1));
    }
}
