package org.echolstm.fuzz;

import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;

/**
 * Settings every fuzz target shares. An input that takes over 5 s is a hang: libFuzzer's
 * {@code -timeout=5} ({@code .ci/fuzz}), or JUnit's default timeout when fuzzing through Maven (see
 * the README). The replay in every build has no per-input limit: there the first input also pays
 * for loading the natives and the instrumentation, several seconds on a busy machine.
 */
final class FuzzTargets {
    /**
     * How long one target fuzzes when {@code JAZZER_FUZZ=1} (the README says how); without it the
     * targets only replay their inputs.
     */
    static final String MAX_DURATION = "30m";

    private FuzzTargets() {
    }

    /** Loads ND4J's natives before the first input, so the first input is not timed with them. */
    static void warmUp() {
        new EchoModel(FuzzSeeds.TASK, new ModelSettings(2, Optimizer.ADAM, 0.01, 1));
    }
}
