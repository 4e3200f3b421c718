package org.echolstm.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The window's questions answered with nobody at the screen: yes or no as {@code yes} says, never a
 * task for a foreign model, close without saving; texts are read and closed, and the error
 * sentences are kept so the run can say what went wrong. For runs of the window that no person
 * clicks through (the start-up cache's training run, exercising the window).
 */
public class UnattendedAnswers implements DialogService {
    private final BooleanSupplier yes;
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    /** Answers every yes-or-no question with what {@code yes} gives at that moment. */
    public UnattendedAnswers(BooleanSupplier yes) {
        this.yes = yes;
    }

    /** The error sentences shown so far, oldest first (a live list). */
    public final List<String> errors() {
        return errors;
    }

    @Override
    public final boolean confirm(String title, String message, String confirmLabel) {
        return yes.getAsBoolean();
    }

    @Override
    public final void showError(String title, String message, Throwable details) {
        errors.add(message);
    }

    @Override
    public final Optional<int[]> askTask(String fileName, int features) {
        return Optional.empty();
    }

    @Override
    public final boolean choose(String title, String message, String yesLabel, String noLabel) {
        return yes.getAsBoolean();
    }

    @Override
    public final SaveChoice askToSave(String title, String whatWouldBeLost) {
        return SaveChoice.DONT_SAVE;
    }

    @Override
    public final void showText(String title, String text) {
        // Read and closed.
    }

    @Override
    public final void showTable(String title, String header, List<Map.Entry<String, String>> rows) {
        // Read and closed.
    }
}
