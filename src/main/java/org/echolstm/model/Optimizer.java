package org.echolstm.model;

import org.echolstm.model.engine.UpdateRule;
import org.echolstm.model.engine.UpdateSettings;

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

    /** The engine's settings for this optimizer at {@code learningRate}, the others at their defaults. */
    public UpdateSettings settings(double learningRate) {
        return UpdateSettings.defaults(rule, learningRate);
    }

    /** The optimizer whose rule {@code settings} use (whatever their other values). */
    public static Optional<Optimizer> of(UpdateSettings settings) {
        for (Optimizer optimizer : values()) {
            if (optimizer.rule == settings.rule()) {
                return Optional.of(optimizer);
            }
        }
        return Optional.empty();
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
