package org.echolstm.model.engine;

import org.echolstm.echo.Bounds;

import java.util.Objects;
import java.util.Optional;

/**
 * The engine's own optimizer settings: which {@link UpdateRule} and with which values. Settings a
 * rule does not use are 0 (and the momentum a constant 0). DL4J's updater configurations are
 * converted to and from these outside the engine ({@code model.dl4j}); the defaults here are DL4J's.
 *
 * @param rule         the update rule
 * @param learningRate the learning rate, constant or following a schedule over iterations and epochs
 * @param beta1        Adam's decay of the mean of the gradients
 * @param beta2        Adam's decay of the mean of the squared gradients
 * @param epsilon      Adam's and RMSProp's term that keeps the division finite
 * @param decay        RMSProp's decay of the mean of the squared gradients
 * @param momentum     Nesterov's momentum, constant or following a schedule
 */
public record UpdateSettings(UpdateRule rule, Schedule learningRate, double beta1, double beta2, double epsilon,
                             double decay, Schedule momentum) {
    public static final double ADAM_BETA1 = 0.9;
    public static final double ADAM_BETA2 = 0.999;
    public static final double ADAM_EPSILON = 1e-8;
    public static final double RMSPROP_DECAY = 0.95;
    public static final double RMSPROP_EPSILON = 1e-8;
    public static final double NESTEROV_MOMENTUM = 0.9;
    private static final Schedule NONE = new Constant(0);

    /** A value at each iteration and epoch of training: constant, or a schedule. */
    @FunctionalInterface
    public interface Schedule {
        double valueAt(int iteration, int epoch);
    }

    /** A value that stays the same all through training. */
    public record Constant(double value) implements Schedule {
        @Override
        public double valueAt(int iteration, int epoch) {
            return value;
        }
    }

    public UpdateSettings {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(learningRate, "learningRate");
        Objects.requireNonNull(momentum, "momentum");
    }

    public static UpdateSettings sgd(Schedule learningRate) {
        return new UpdateSettings(UpdateRule.SGD, learningRate, 0, 0, 0, 0, NONE);
    }

    public static UpdateSettings adam(Schedule learningRate, double beta1, double beta2, double epsilon) {
        return new UpdateSettings(UpdateRule.ADAM, learningRate, beta1, beta2, epsilon, 0, NONE);
    }

    public static UpdateSettings rmsProp(Schedule learningRate, double decay, double epsilon) {
        return new UpdateSettings(UpdateRule.RMSPROP, learningRate, 0, 0, epsilon, decay, NONE);
    }

    public static UpdateSettings nesterov(Schedule learningRate, Schedule momentum) {
        return new UpdateSettings(UpdateRule.NESTEROV, learningRate, 0, 0, 0, 0, momentum);
    }

    /** The rule with a constant learning rate and its other settings at their defaults (DL4J's). */
    public static UpdateSettings defaults(UpdateRule rule, double learningRate) {
        Schedule rate = new Constant(learningRate);
        return switch (rule) {
            case SGD -> sgd(rate);
            case ADAM -> adam(rate, ADAM_BETA1, ADAM_BETA2, ADAM_EPSILON);
            case RMSPROP -> rmsProp(rate, RMSPROP_DECAY, RMSPROP_EPSILON);
            case NESTEROV -> nesterov(rate, new Constant(NESTEROV_MOMENTUM));
        };
    }

    /** The learning rate at the start of training. */
    public double initialLearningRate() {
        return learningRate.valueAt(0, 0);
    }

    /**
     * What makes these settings unfit to train with, if anything: a learning rate (at the start, if
     * it follows a schedule) that is not a positive number, or another setting out of the range
     * where the rule is defined (Adam's betas, RMSProp's decay, the momentum below 1, epsilons
     * above 0).
     */
    public Optional<String> problem() {
        double rate = initialLearningRate();
        if (!(rate > 0 && rate < Double.POSITIVE_INFINITY)) {
            return Optional.of("the learning rate must be a positive number (was " + Bounds.format(rate) + ")");
        }
        return switch (rule) {
            case SGD -> Optional.empty();
            case ADAM -> fraction("Adam's beta1", beta1).or(() -> fraction("Adam's beta2", beta2))
                    .or(() -> positive("Adam's epsilon", epsilon));
            case RMSPROP -> fraction("RMSProp's decay", decay).or(() -> positive("RMSProp's epsilon", epsilon));
            case NESTEROV -> fraction("the momentum", momentum.valueAt(0, 0));
        };
    }

    private static Optional<String> fraction(String name, double value) {
        return value >= 0 && value < 1 ? Optional.empty()
                : Optional.of(name + " must be at least 0 and below 1 (was " + Bounds.format(value) + ")");
    }

    private static Optional<String> positive(String name, double value) {
        return value > 0 && value < Double.POSITIVE_INFINITY ? Optional.empty()
                : Optional.of(name + " must be a positive number (was " + Bounds.format(value) + ")");
    }
}
