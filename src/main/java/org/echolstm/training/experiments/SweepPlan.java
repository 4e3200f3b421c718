package org.echolstm.training.experiments;

import org.echolstm.echo.Bounds;
import org.echolstm.echo.InvalidSettingException;
import org.echolstm.training.StopRule;

import java.util.List;
import java.util.Objects;

/**
 * A sweep: {@code setting} at each of {@code values} on top of {@code base}, each trained from
 * seeds 1..{@code seeds} until {@code target} held-out accuracy or {@code maxSamples}, the LSTM and,
 * if asked, the plain RNN. Every value is checked when the plan is made.
 */
public record SweepPlan(RunSettings base, SweepSetting setting, List<String> values, int seeds, double target,
                        long maxSamples, boolean withRnn) {
    public static final int DEFAULT_SEEDS = 3;
    public static final int MAX_SEEDS = 50;
    public static final int MAX_VALUES = 50;
    public static final double DEFAULT_TARGET = 0.99;
    public static final long DEFAULT_MAX_SAMPLES = 200_000;
    /** The settings' names in messages, and what {@code InvalidSettingException.field()} says is wrong. */
    public static final String VALUES_FIELD = "values";
    public static final String SEEDS_FIELD = "seeds";
    public static final String TARGET_FIELD = "target accuracy";
    public static final String MAX_SAMPLES_FIELD = "samples";

    public SweepPlan {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(setting, "setting");
        values = values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
        if (values.isEmpty()) {
            throw new InvalidSettingException(VALUES_FIELD, "give at least one value");
        }
        Bounds.require("number of values", values.size(), 1, MAX_VALUES);
        Bounds.require(SEEDS_FIELD, seeds, 1, MAX_SEEDS);
        Bounds.require(TARGET_FIELD, target, 0.01, 1);
        Bounds.require(MAX_SAMPLES_FIELD, maxSamples, 1, StopRule.MAX_SAMPLES);
        for (String value : values) {
            setting.apply(base, value);
        }
    }

    /** The settings of the run at {@code value} from {@code seed}. */
    public RunSettings runAt(String value, long seed) {
        RunSettings settings = setting.apply(base, value);
        return settings.withModel(settings.model().withSeed(seed));
    }

    /** Runs in all: one per value and seed, twice with the plain RNN. */
    public int runCount() {
        return values.size() * seeds * (withRnn ? 2 : 1);
    }
}
