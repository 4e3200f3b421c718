package org.echolstm.model;

import org.echolstm.echo.Bounds;

import java.util.Objects;

/** How the network is built and updated: LSTM units, the optimizer and its learning rate, the init seed. */
public record ModelSettings(int units, Optimizer optimizer, double learningRate, long seed) {
    public static final int MIN_UNITS = 1;
    public static final int MAX_UNITS = 512;
    public static final double MIN_LEARNING_RATE = 1e-6;
    public static final double MAX_LEARNING_RATE = 10;
    /** The settings' names in messages, and what {@code InvalidSettingException.field()} says is wrong. */
    public static final String UNITS_FIELD = "LSTM units";
    public static final String LEARNING_RATE_FIELD = "learning rate";

    /** The notebook's network: 25 units, Adam at Keras' default rate. */
    public static final ModelSettings NOTEBOOK = new ModelSettings(25, Optimizer.ADAM, 0.001, 1);

    public ModelSettings {
        Bounds.require(UNITS_FIELD, units, MIN_UNITS, MAX_UNITS);
        Objects.requireNonNull(optimizer, "optimizer");
        Bounds.require(LEARNING_RATE_FIELD, learningRate, MIN_LEARNING_RATE, MAX_LEARNING_RATE);
    }

    public ModelSettings withSeed(long newSeed) {
        return new ModelSettings(units, optimizer, learningRate, newSeed);
    }
}
