package org.echolstm.ui;

import java.util.Random;

/**
 * Answers the window's questions as a user clicking through at random (yes or no; never a task;
 * close without saving) and keeps the error sentences it was shown: for exercising the window
 * with {@link UserActions}. The answers come from their own random source, so the actions drawn
 * from another stay replayable whatever moments the questions come at.
 */
public final class RandomAnswers extends UnattendedAnswers {

    /** Answers drawn from a random source of {@code seed}'s own (not the one the actions use). */
    public RandomAnswers(long seed) {
        super(new Random(seed ^ 0x5DEECE66DL)::nextBoolean);
    }
}
