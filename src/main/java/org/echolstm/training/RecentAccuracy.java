package org.echolstm.training;

import org.echolstm.model.StepResult;

/**
 * The training accuracy over the last {@code window} training samples, a ring of right and wrong
 * answers. A model that continues from a file starts with an empty ring: its first few samples
 * would draw a spike (all right or all wrong), so its figure waits until part of the ring is full;
 * a new model's figure starts at once.
 */
final class RecentAccuracy {
    private final boolean[] correct;
    private final int minimumBeforeShown;
    private int next;
    private int count;
    private int correctCount;

    /** @param continued whether the model trained before this window began (then it waits to be shown) */
    RecentAccuracy(int window, boolean continued, int minimumWhenContinued) {
        this.correct = new boolean[window];
        this.minimumBeforeShown = continued ? minimumWhenContinued : 1;
    }

    void record(StepResult result) {
        // The step reports a count; spread it over the batch's slots in the ring.
        for (int i = 0; i < result.size(); i++) {
            boolean right = i < result.correct();
            if (count == correct.length) {
                if (correct[next]) {
                    correctCount--;
                }
            } else {
                count++;
            }
            correct[next] = right;
            if (right) {
                correctCount++;
            }
            next = (next + 1) % correct.length;
        }
    }

    /** The share of right answers in the ring, or NaN while it holds too few to mean something. */
    double accuracy() {
        return count >= minimumBeforeShown ? (double) correctCount / count : Double.NaN;
    }
}
