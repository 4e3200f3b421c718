package org.echolstm.training;

import org.echolstm.model.Optimizer;

import java.util.Objects;
import java.util.Optional;

/**
 * Settings given beside a preset, on the command line or in the window: each one present takes
 * the preset's place ({@link Preset#with}).
 */
public record Overrides(Optional<Integer> length, Optional<Integer> features, Optional<Integer> echoIndex,
                        Optional<Integer> units, Optional<Optimizer> optimizer, Optional<Double> learningRate,
                        Optional<Long> seed, Optional<Integer> batchSize) {
    /** The preset as it is. */
    public static final Overrides NONE = new Overrides(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Overrides {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(echoIndex, "echoIndex");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(learningRate, "learningRate");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(batchSize, "batchSize");
    }

    /** These overrides with the seed given as well. */
    public Overrides withSeed(long newSeed) {
        return new Overrides(length, features, echoIndex, units, optimizer, learningRate, Optional.of(newSeed),
                batchSize);
    }
}
