package org.echolstm.model;

import org.echolstm.model.engine.UpdateRule;
import org.nd4j.linalg.learning.config.IUpdater;

import java.util.Optional;

/** The gradient-descent rules a user can pick: each is one of the engine's {@link UpdateRule}s. */
public enum Optimizer {
    ADAM("Adam", UpdateRule.ADAM),
    SGD("SGD", UpdateRule.SGD),
    RMSPROP("RMSProp", UpdateRule.RMSPROP),
    NESTEROV("Nesterov momentum", UpdateRule.NESTEROV);

    private final String displayName;
    private final UpdateRule rule;

    Optimizer(String displayName, UpdateRule rule) {
        this.displayName = displayName;
        this.rule = rule;
    }

    public String displayName() {
        return displayName;
    }

    /** DL4J's updater for this optimizer at {@code learningRate}. */
    IUpdater updater(double learningRate) {
        return rule.dl4jUpdater(learningRate);
    }

    /** The optimizer a DL4J updater configuration is, if it is one of ours. */
    static Optional<Optimizer> of(IUpdater updater) {
        return UpdateRule.of(updater).flatMap(rule -> {
            for (Optimizer optimizer : values()) {
                if (optimizer.rule == rule) {
                    return Optional.of(optimizer);
                }
            }
            return Optional.empty();
        });
    }

    /** Accepts the enum name or the display name, any case ("adam", "RMSProp", "rmsprop"). */
    public static Optional<Optimizer> parse(String text) {
        for (Optimizer optimizer : values()) {
            if (optimizer.name().equalsIgnoreCase(text.trim()) || optimizer.displayName.equalsIgnoreCase(text.trim())) {
                return Optional.of(optimizer);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return displayName;
    }
}
