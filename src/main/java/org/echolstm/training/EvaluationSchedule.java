package org.echolstm.training;

/**
 * When a session measures its held-out accuracy next: every evaluation interval near the target
 * accuracy (or without a target), every 2 or 4 intervals while the accuracy is far below it. The
 * accuracy rises by a few points per interval there, so the target is not passed unseen, and
 * measuring the whole held-out set so often would cost a third of the training time. Each
 * measurement is on the whole set; only how often changes, and always on the same grid.
 */
final class EvaluationSchedule {
    private static final double FAR_BELOW_TARGET = 0.3;
    private static final double BELOW_TARGET = 0.15;

    private final TrainingSettings settings;
    private long next;

    EvaluationSchedule(TrainingSettings settings, long samplesTrained) {
        this.settings = settings;
        this.next = samplesTrained + settings.evalEvery();
    }

    boolean due(long samplesTrained) {
        return samplesTrained >= next;
    }

    /** Plans the next measurement after one of {@code accuracy} at {@code samplesTrained}. */
    void measured(long samplesTrained, double accuracy) {
        long step = (long) intervals(accuracy) * settings.evalEvery();
        while (next <= samplesTrained) {
            next += step;
        }
    }

    private int intervals(double accuracy) {
        StopRule rule = settings.stopRule();
        if (!rule.hasTarget()) {
            return 1;
        }
        double gap = rule.targetAccuracy() - accuracy;
        return gap > FAR_BELOW_TARGET ? 4 : gap > BELOW_TARGET ? 2 : 1;
    }
}
