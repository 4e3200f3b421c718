package org.echolstm.model.engine;

/**
 * The update rules the engine computes, each as DL4J computes it (the conversion between DL4J's
 * updater configurations and {@link UpdateSettings} lives outside the engine, in {@code model.dl4j}).
 *
 * <p>Each rule is libnd4j's updater op ({@code sgd_updater}, {@code adam_updater},
 * {@code rms_prop_updater}, {@code nesterovs_updater}) for float arrays. It takes the gradient
 * summed over the batch, divides it by the batch size, turns it into the update (left in the
 * gradient array) and subtracts that from the parameters: per parameter the same float operations
 * as dividing, updating and subtracting array by array. Learning rates and momentum follow the
 * settings' schedules at the given iteration and epoch.
 */
public enum UpdateRule {
    SGD(0) {
        @Override
        void apply(UpdateSettings config, int iteration, int epoch, float divisor, float[][] value, float[][] gradient,
                   float[][][] state) {
            float lr = (float) config.learningRate().valueAt(iteration, epoch);
            for (int r = 0; r < value.length; r++) {
                sgd(lr, divisor, value[r], gradient[r]);
            }
        }
    },
    ADAM(2) {
        @Override
        void apply(UpdateSettings config, int iteration, int epoch, float divisor, float[][] value, float[][] gradient,
                   float[][][] state) {
            float lr = (float) config.learningRate().valueAt(iteration, epoch);
            float beta1 = (float) config.beta1();
            float beta2 = (float) config.beta2();
            float epsilon = (float) config.epsilon();
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
    RMSPROP(1) {
        @Override
        void apply(UpdateSettings config, int iteration, int epoch, float divisor, float[][] value, float[][] gradient,
                   float[][][] state) {
            float lr = (float) config.learningRate().valueAt(iteration, epoch);
            float decay = (float) config.decay();
            float epsilon = (float) config.epsilon();
            for (int r = 0; r < value.length; r++) {
                rmsProp(lr, decay, epsilon, divisor, value[r], gradient[r], state[0][r]);
            }
        }
    },
    NESTEROV(1) {
        @Override
        void apply(UpdateSettings config, int iteration, int epoch, float divisor, float[][] value, float[][] gradient,
                   float[][][] state) {
            float lr = (float) config.learningRate().valueAt(iteration, epoch);
            float momentum = (float) config.momentum().valueAt(iteration, epoch);
            for (int r = 0; r < value.length; r++) {
                nesterov(lr, momentum, divisor, value[r], gradient[r], state[0][r]);
            }
        }
    };

    private final int stateCopies;

    UpdateRule(int stateCopies) {
        this.stateCopies = stateCopies;
    }

    /** How many state values the rule keeps per parameter (Adam: m and v). */
    public int stateCopies() {
        return stateCopies;
    }

    /**
     * Where each of the rule's state values starts in a new network, as DL4J's updaters start
     * them: RMSProp's running mean of squares at its epsilon, every other value at 0.
     */
    float initialState(UpdateSettings config) {
        return this == RMSPROP ? (float) config.epsilon() : 0f;
    }

    /**
     * Updates one parameter array ({@code [row][column]}) from its summed gradient, which it
     * overwrites with the update; {@code state} holds the rule's state arrays for it (Adam: m, v).
     */
    abstract void apply(UpdateSettings config, int iteration, int epoch, float divisor, float[][] value,
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
