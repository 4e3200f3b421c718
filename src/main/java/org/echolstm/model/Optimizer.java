package org.echolstm.model;

import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

/** The gradient-descent rules a user can pick. */
public enum Optimizer {
    ADAM("Adam"),
    SGD("SGD"),
    RMSPROP("RMSProp"),
    NESTEROV("Nesterov momentum");

    private final String displayName;

    Optimizer(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    IUpdater updater(double learningRate) {
        return switch (this) {
            case ADAM -> new Adam(learningRate);
            case SGD -> new Sgd(learningRate);
            case RMSPROP -> new RmsProp(learningRate);
            case NESTEROV -> new Nesterovs(learningRate, 0.9);
        };
    }

    /** Accepts the enum name or the display name, any case ("adam", "RMSProp", "rmsprop"). */
    public static java.util.Optional<Optimizer> parse(String text) {
        for (Optimizer optimizer : values()) {
            if (optimizer.name().equalsIgnoreCase(text.trim()) || optimizer.displayName.equalsIgnoreCase(text.trim())) {
                return java.util.Optional.of(optimizer);
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return displayName;
    }
}
