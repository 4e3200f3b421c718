package org.echolstm.training;

import org.echolstm.echo.Bounds;

import java.util.Objects;

/**
 * How a session trains: samples per step, when it stops, and how held-out accuracy is measured
 * (on {@code evalSamples} fixed fresh samples, every {@code evalEvery} training samples).
 */
public record TrainingSettings(int batchSize, StopRule stopRule, int evalSamples, int evalEvery) {
    public static final int MAX_BATCH = 4096;
    public static final int MAX_EVAL_SAMPLES = 100_000;
    public static final int DEFAULT_EVAL_SAMPLES = 1000;
    public static final int DEFAULT_EVAL_EVERY = 512;
    /** The settings' names in messages, and what {@code InvalidSettingException.field()} says is wrong. */
    public static final String BATCH_SIZE_FIELD = "batch size";
    public static final String EVAL_SAMPLES_FIELD = "held-out samples";

    public TrainingSettings {
        Bounds.require(BATCH_SIZE_FIELD, batchSize, 1, MAX_BATCH);
        Objects.requireNonNull(stopRule, "stopRule");
        Bounds.require(EVAL_SAMPLES_FIELD, evalSamples, 1, MAX_EVAL_SAMPLES);
        Bounds.require("evaluation interval", evalEvery, 1, 1_000_000);
    }

    public TrainingSettings(int batchSize, StopRule stopRule) {
        this(batchSize, stopRule, DEFAULT_EVAL_SAMPLES, DEFAULT_EVAL_EVERY);
    }

    /** The batch size, or less for the last batch before a sample limit, so that runs end exactly on it. */
    public int batchSizeAt(long samplesTrained) {
        long remaining = stopRule.maxSamples() - samplesTrained;
        return stopRule.hasSampleLimit() && remaining > 0 && remaining < batchSize ? (int) remaining : batchSize;
    }

    public TrainingSettings withStopRule(StopRule rule) {
        return new TrainingSettings(batchSize, rule, evalSamples, evalEvery);
    }
}
