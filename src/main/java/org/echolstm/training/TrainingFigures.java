package org.echolstm.training;

import java.util.OptionalDouble;

/**
 * The metrics after one training step, immutable so it can cross threads.
 *
 * @param samplesSeen      training samples so far (including those of an opened model)
 * @param loss             mean cross-entropy of the last batch, before its update
 * @param smoothedLoss     exponential moving average of the loss
 * @param trainAccuracy    share of correct predictions over the recent training samples
 * @param heldOutAccuracy  accuracy on the fixed held-out set, when it has been measured
 * @param heldOutFresh     whether this snapshot's step measured the held-out accuracy
 * @param samplesPerSecond recent training speed (over the last quarter second or so of training)
 * @param averageSamplesPerSecond the samples this session trained divided by {@code elapsedNanos}
 * @param elapsedNanos     time spent training in this session (pauses excluded)
 */
public record TrainingFigures(TrainingState state, long samplesSeen, long steps, double loss, double smoothedLoss,
                              double trainAccuracy, OptionalDouble heldOutAccuracy, boolean heldOutFresh,
                              double samplesPerSecond, double averageSamplesPerSecond, long elapsedNanos) {

    public double elapsedSeconds() {
        return elapsedNanos / 1e9;
    }
}
