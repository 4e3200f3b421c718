package org.echolstm.training;

import org.echolstm.echo.EchoTask;
import org.echolstm.echo.InvalidSettingException;

import java.util.Locale;

/**
 * An up-front estimate of how long one training step and one held-out evaluation take, from the
 * arithmetic they need (an LSTM step is about 8·units² multiply-adds per time step forward, twice
 * that backward). Settings whose step or evaluation would block for longer than
 * {@link #MAX_BLOCKING_SECONDS} are refused before training starts: stop and pause act between
 * steps, so such a step could not be interrupted.
 */
public record TrainingCost(double secondsPerStep, double secondsPerEvaluation, double samplesPerSecond) {
    /** Conservative arithmetic speed of one core for this code (measured ≈ 2.5 GFLOP/s here). */
    static final double FLOPS_PER_SECOND = 1.0e9;
    public static final double MAX_BLOCKING_SECONDS = 5;

    public static TrainingCost estimate(EchoTask task, int units, TrainingSettings settings) {
        double forward = task.length() * (8.0 * units * units + 8.0 * units) + 2.0 * units * task.features()
                + 3.0 * task.features();
        double training = 3 * forward;
        double step = settings.batchSize() * training / FLOPS_PER_SECOND;
        double evaluation = settings.evalSamples() * forward / FLOPS_PER_SECOND;
        return new TrainingCost(step, evaluation, FLOPS_PER_SECOND / training);
    }

    /** Refuses settings whose single step or evaluation would block for too long; names what to lower. */
    public static void requireFeasible(EchoTask task, int units, TrainingSettings settings) {
        TrainingCost cost = estimate(task, units, settings);
        if (cost.secondsPerStep() > MAX_BLOCKING_SECONDS) {
            throw new InvalidSettingException(TrainingSettings.BATCH_SIZE_FIELD, "one training step would take about "
                    + duration(cost.secondsPerStep()) + " with batch size " + settings.batchSize() + ", sequence length "
                    + task.length() + " and " + units + " LSTM units; lower the batch size, the length or the units");
        }
        if (cost.secondsPerEvaluation() > MAX_BLOCKING_SECONDS) {
            throw new InvalidSettingException(TrainingSettings.EVAL_SAMPLES_FIELD, "measuring held-out accuracy would take about "
                    + duration(cost.secondsPerEvaluation()) + " each time with " + settings.evalSamples()
                    + " held-out samples; lower the held-out samples, the length or the units");
        }
    }

    /** A duration as a person says it: 40 s, 12 min, 7.2 h. */
    /** "12 s", "3 min", "1.5 h": as the command line writes it. */
    public static String duration(double seconds) {
        return duration(seconds, Locale.ROOT, " ");
    }

    /** The same in {@code locale}'s numbers, the figure and its unit held together by a no-break space (for the window). */
    public static String duration(double seconds, Locale locale) {
        return duration(seconds, locale, "\u00a0");
    }

    private static String duration(double seconds, Locale locale, String space) {
        if (seconds < 120) {
            return String.format(locale, "%.0f%ss", Math.ceil(seconds), space);
        }
        if (seconds < 7200) {
            return String.format(locale, "%.0f%smin", seconds / 60, space);
        }
        return String.format(locale, "%.1f%sh", seconds / 3600, space);
    }
}
