package org.echolstm.training.experiments;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.LongStream;

/**
 * The runs of one network at one value, one per seed: the samples each needed to reach the target
 * (empty where it hit the cap first) and the seconds each took.
 */
public record Outcome(List<OptionalLong> samples, List<Double> seconds) {
    public Outcome {
        samples = List.copyOf(samples);
        seconds = List.copyOf(seconds);
        if (samples.size() != seconds.size()) {
            throw new IllegalArgumentException("one time per run");
        }
    }

    public int runs() {
        return samples.size();
    }

    /** Runs that reached the target. */
    public int reached() {
        return (int) samples.stream().filter(OptionalLong::isPresent).count();
    }

    /**
     * The median of the samples to target, a run that missed counting as more than any that
     * reached it: empty when half or more of the runs missed (the median lies beyond the cap).
     */
    public OptionalDouble median() {
        long[] sorted = samples.stream().mapToLong(s -> s.orElse(Long.MAX_VALUE)).sorted().toArray();
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        long low = sorted[(sorted.length - 1) / 2];
        long high = sorted[sorted.length / 2];
        return low == Long.MAX_VALUE || high == Long.MAX_VALUE ? OptionalDouble.empty()
                : OptionalDouble.of((low + high) / 2.0);
    }

    /** The fewest samples a run needed; empty if none reached the target. */
    public OptionalLong min() {
        return reachedSamples().min();
    }

    /** The most samples a run that reached the target needed; empty if none did. */
    public OptionalLong max() {
        return reachedSamples().max();
    }

    private LongStream reachedSamples() {
        return samples.stream().filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong);
    }

    @Override
    public String toString() {
        return Arrays.toString(samples.toArray());
    }
}
