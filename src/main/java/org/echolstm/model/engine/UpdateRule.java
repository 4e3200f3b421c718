package org.echolstm.model.engine;

import org.echolstm.echo.Bounds;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

import java.util.Optional;

/**
 * The update rules the engine computes, each paired with the DL4J updater it reproduces: the one
 * place that maps between DL4J's updater configurations and the rules.
 *
 * <p>Each rule is libnd4j's updater op ({@code sgd_updater}, {@code adam_updater},
 * {@code rms_prop_updater}, {@code nesterovs_updater}) for float arrays. It takes the gradient
 * summed over the batch, divides it by the batch size, turns it into the update (left in the
 * gradient array) and subtracts that from the parameters: per parameter the same float operations
 * as dividing, updating and subtracting array by array. Learning rates and momentum follow the
 * configuration's schedules at the given iteration and epoch.
 */
public enum UpdateRule {
    SGD(Sgd.class) {
        @Override
        public IUpdater dl4jUpdater(double learningRate) {
            return new Sgd(learningRate);
        }

        @Override
        void apply(IUpdater config, int iteration, int epoch, float divisor, float[][] value, float[][] gradient,
                   float[][][] state) {
            float lr = (float) config.getLearningRate(iteration, epoch);
            for (int r = 0; r < value.length; r++) {
                sgd(lr, divisor, value[r], gradient[r]);
            }
        }
    },
    ADAM(Adam.class) {
        @Override
        public IUpdater dl4jUpdater(double learningRate) {
            return new Adam(learningRate);
        }

        @Override
        void apply(IUpdater config, int iteration, int epoch, float divisor, float[][] value, float[][] gradient,
                   float[][][] state) {
            Adam adam = (Adam) config;
            float lr = (float) adam.getLearningRate(iteration, epoch);
            float beta1 = (float) adam.getBeta1();
            float beta2 = (float) adam.getBeta2();
            float epsilon = (float) adam.getEpsilon();
            float step = (float) iteration + 1f;
            float beta1T = (float) Math.pow(beta1, step);
            float beta2T = (float) Math.pow(beta2, step);
            float root = (float) Math.sqrt((float) (1.0 - beta2T));
            float scale = (float) ((double) (lr * root) / (1.0 - beta1T));
            if (Float.isNaN(scale) || Float.isInfinite(scale) || scale == 0f) {
                scale = epsilon;
            }
            for (int r = 0; r < value.length; r++) {
                adam(beta1, beta2, epsilon, scale, divisor, value[r], gradient[r], state[0][r], state[1][r]);
            }
        }
    },
    RMSPROP(RmsProp.class) {
        @Override
        public IUpdater dl4jUpdater(double learningRate) {
            return new RmsProp(learningRate);
        }

        @Override
        void apply(IUpdater config, int iteration, int epoch, float divisor, float[][] value, float[][] gradient,
                   float[][][] state) {
            RmsProp rmsProp = (RmsProp) config;
            float lr = (float) rmsProp.getLearningRate(iteration, epoch);
            float decay = (float) rmsProp.getRmsDecay();
            float epsilon = (float) rmsProp.getEpsilon();
            for (int r = 0; r < value.length; r++) {
                rmsProp(lr, decay, epsilon, divisor, value[r], gradient[r], state[0][r]);
            }
        }
    },
    NESTEROV(Nesterovs.class) {
        @Override
        public IUpdater dl4jUpdater(double learningRate) {
            return new Nesterovs(learningRate, 0.9);
        }

        @Override
        void apply(IUpdater config, int iteration, int epoch, float divisor, float[][] value, float[][] gradient,
                   float[][][] state) {
            Nesterovs nesterovs = (Nesterovs) config;
            float lr = (float) nesterovs.getLearningRate(iteration, epoch);
            float momentum = (float) nesterovs.currentMomentum(iteration, epoch);
            for (int r = 0; r < value.length; r++) {
                nesterov(lr, momentum, divisor, value[r], gradient[r], state[0][r]);
            }
        }
    };

    private final Class<? extends IUpdater> dl4jType;

    UpdateRule(Class<? extends IUpdater> dl4jType) {
        this.dl4jType = dl4jType;
    }

    /**
     * The rule a DL4J updater configuration computes; empty for any other updater, subclasses of
     * these four included, since they may compute something else.
     */
    public static Optional<UpdateRule> of(IUpdater config) {
        for (UpdateRule rule : values()) {
            if (config != null && config.getClass() == rule.dl4jType) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /**
     * What makes a DL4J configuration of this rule unfit to train with, if anything: a learning rate
     * (at the start, if it follows a schedule) that is not a positive number, or another setting
     * out of the range where the rule is defined (Adam's betas, RMSProp's decay, the momentum
     * below 1, epsilons above 0).
     */
    public Optional<String> settingsProblem(IUpdater config) {
        double learningRate = config.getLearningRate(0, 0);
        if (!(learningRate > 0 && learningRate < Double.POSITIVE_INFINITY)) {
            return Optional.of("the learning rate must be a positive number (was " + Bounds.format(learningRate) + ")");
        }
        return switch (this) {
            case SGD -> Optional.empty();
            case ADAM -> fraction("Adam's beta1", ((Adam) config).getBeta1())
                    .or(() -> fraction("Adam's beta2", ((Adam) config).getBeta2()))
                    .or(() -> positive("Adam's epsilon", ((Adam) config).getEpsilon()));
            case RMSPROP -> fraction("RMSProp's decay", ((RmsProp) config).getRmsDecay())
                    .or(() -> positive("RMSProp's epsilon", ((RmsProp) config).getEpsilon()));
            case NESTEROV -> fraction("the momentum", ((Nesterovs) config).currentMomentum(0, 0));
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

    /** DL4J's configuration of this rule with default settings and the given learning rate. */
    public abstract IUpdater dl4jUpdater(double learningRate);

    /**
     * Updates one parameter array ({@code [row][column]}) from its summed gradient, which it
     * overwrites with the update; {@code state} holds the rule's state arrays for it (Adam: m, v).
     */
    abstract void apply(IUpdater config, int iteration, int epoch, float divisor, float[][] value,
                        float[][] gradient, float[][][] state);

    // Each kernel below works on one row of a parameter array.

    private static void sgd(float lr, float divisor, float[] p, float[] g) {
        for (int i = 0; i < p.length; i++) {
            float update = lr * (g[i] / divisor);
            g[i] = update;
            p[i] -= update;
        }
    }

    /** Adam with the step's bias correction folded into {@code scale} ({@code lr * sqrt(1 - beta2^t) / (1 - beta1^t)}). */
    private static void adam(float beta1, float beta2, float epsilon, float scale, float divisor, float[] p, float[] g,
                             float[] m, float[] v) {
        final float oneMinusBeta1 = 1f - beta1;
        final float oneMinusBeta2 = 1f - beta2;
        for (int i = 0; i < p.length; i++) {
            float grad = g[i] / divisor;
            float mean = beta1 * m[i] + grad * oneMinusBeta1;
            float variance = beta2 * v[i] + grad * grad * oneMinusBeta2;
            m[i] = mean;
            v[i] = variance;
            float update = (mean * scale) / ((float) Math.sqrt(variance) + epsilon);
            g[i] = update;
            p[i] -= update;
        }
    }

    private static void rmsProp(float lr, float decay, float epsilon, float divisor, float[] p, float[] g,
                                float[] mean) {
        final float oneMinusDecay = 1f - decay;
        for (int i = 0; i < p.length; i++) {
            float grad = g[i] / divisor;
            float squares = mean[i] * decay + grad * grad * oneMinusDecay;
            mean[i] = squares;
            float update = (lr * grad) / ((float) Math.sqrt(squares) + epsilon);
            g[i] = update;
            p[i] -= update;
        }
    }

    private static void nesterov(float lr, float momentum, float divisor, float[] p, float[] g, float[] velocities) {
        final float momentumT = -momentum - 1f;
        for (int i = 0; i < p.length; i++) {
            float previous = momentum * velocities[i];
            float velocity = previous - lr * (g[i] / divisor);
            velocities[i] = velocity;
            float update = previous + momentumT * velocity;
            g[i] = update;
            p[i] -= update;
        }
    }
}
