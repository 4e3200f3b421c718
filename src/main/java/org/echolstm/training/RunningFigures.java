package org.echolstm.training;

/**
 * The figures a session keeps as it trains, beside the model's own: the last and the smoothed
 * loss, the time spent training, and the samples a second. Not thread-safe: the session updates
 * and reads it under its model lock.
 */
final class RunningFigures {
    /** Weight of one sample in the smoothed loss: an average over roughly the last 250 samples. */
    private static final double LOSS_SMOOTHING_PER_SAMPLE = 0.004;
    /** The rate is measured over stretches of at least this much training time. */
    private static final long RATE_STRETCH_NANOS = 250_000_000L;

    private final double lossSmoothing;
    private final long samplesAtStart;
    private double lastLoss = Double.NaN;
    private double smoothedLoss = Double.NaN;
    private long trainingNanos;
    private long rateMarkSamples;
    private long rateMarkNanos;
    private double samplesPerSecond;

    RunningFigures(int batchSize, long samplesTrained) {
        this.lossSmoothing = 1 - Math.pow(1 - LOSS_SMOOTHING_PER_SAMPLE, batchSize);
        this.rateMarkSamples = samplesTrained;
        this.samplesAtStart = samplesTrained;
    }

    void recordLoss(double loss) {
        lastLoss = loss;
        smoothedLoss = Double.isNaN(smoothedLoss) || !Double.isFinite(smoothedLoss)
                ? loss : smoothedLoss + lossSmoothing * (loss - smoothedLoss);
    }

    /** {@code nanos} more of training, after which the model has trained {@code samplesTrained}. */
    void trained(long nanos, long samplesTrained) {
        trainingNanos += nanos;
        long sinceMark = trainingNanos - rateMarkNanos;
        if (sinceMark >= RATE_STRETCH_NANOS || samplesPerSecond == 0) {
            if (sinceMark > 0) {
                samplesPerSecond = (samplesTrained - rateMarkSamples) * 1e9 / sinceMark;
            }
            rateMarkSamples = samplesTrained;
            rateMarkNanos = trainingNanos;
        }
    }

    double lastLoss() {
        return lastLoss;
    }

    double smoothedLoss() {
        return smoothedLoss;
    }

    long trainingNanos() {
        return trainingNanos;
    }

    double samplesPerSecond() {
        return samplesPerSecond;
    }

    /** The samples trained since the figures began (the session's start) over the time spent training. */
    double averageSamplesPerSecond(long samplesTrained) {
        return trainingNanos > 0 ? (samplesTrained - samplesAtStart) * 1e9 / trainingNanos : 0;
    }
}
