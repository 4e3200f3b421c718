package org.echolstm.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Answers the window's questions as a user clicking through at random (yes or no; never a task;
 * close without saving) and keeps the error sentences it was shown: for exercising the window
 * with {@link UserActions}. The answers come from their own random source, so the actions drawn
 * from another stay replayable whatever moments the questions come at.
 */
public final class RandomAnswers implements DialogService {
    private final Random answers;
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    /** Answers drawn from a random source of {@code seed}'s own (not the one the actions use). */
    public RandomAnswers(long seed) {
        this.answers = new Random(seed ^ 0x5DEECE66DL);
    }

    /** The error sentences shown so far, oldest first (a live list). */
    public List<String> errors() {
        return errors;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return answers.nextBoolean();
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        errors.add(message);
    }

    @Override
    public Optional<int[]> askTask(String fileName, int features) {
        return Optional.empty();
    }

    @Override
    public boolean choose(String title, String message, String yesLabel, String noLabel) {
        return answers.nextBoolean();
    }

    @Override
    public SaveChoice askToSave(String title, String whatWouldBeLost) {
        return SaveChoice.DONT_SAVE;
    }

    @Override
    public void showText(String title, String text) {
        // Read and closed.
    }

    @Override
    public void showTable(String title, String header, List<Map.Entry<String, String>> rows) {
        // Read and closed.
    }
}
