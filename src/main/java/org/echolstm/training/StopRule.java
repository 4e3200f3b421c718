package org.echolstm.training;

import org.echolstm.echo.Bounds;

import java.util.Optional;

/**
 * When training ends by itself: after a number of samples, at a held-out accuracy, whichever comes
 * first. Zero means "no such limit"; with neither, training runs until stopped.
 */
public record StopRule(long maxSamples, double targetAccuracy) {
    public static final long MAX_SAMPLES = 1_000_000_000L;
    public static final StopRule NONE = new StopRule(0, 0);
    /** The settings' names in messages, and what {@code InvalidSettingException.field()} says is wrong. */
    public static final String SAMPLES_FIELD = "samples";
    public static final String TARGET_FIELD = "target accuracy";

    public StopRule {
        Bounds.require(SAMPLES_FIELD, maxSamples, 0, MAX_SAMPLES);
        Bounds.require(TARGET_FIELD, targetAccuracy, 0, 1);
    }

    public static StopRule samples(long maxSamples) {
        return new StopRule(maxSamples, 0);
    }

    public static StopRule accuracy(double target) {
        return new StopRule(0, target);
    }

    public boolean hasSampleLimit() {
        return maxSamples > 0;
    }

    public boolean hasTarget() {
        return targetAccuracy > 0;
    }

    /**
     * Why a run ends after a step with these metrics, if it does: a loss that is no number, the
     * target reached by a held-out figure measured at this step, or the sample limit.
     */
    public Optional<StopReason> reasonAfter(TrainingFigures step) {
        if (!Double.isFinite(step.loss())) {
            return Optional.of(StopReason.DIVERGED);
        }
        if (hasTarget() && step.heldOutFresh() && step.heldOutAccuracy().orElse(0) >= targetAccuracy) {
            return Optional.of(StopReason.TARGET_REACHED);
        }
        if (hasSampleLimit() && step.samplesSeen() >= maxSamples) {
            return Optional.of(StopReason.SAMPLE_LIMIT);
        }
        return Optional.empty();
    }
}
