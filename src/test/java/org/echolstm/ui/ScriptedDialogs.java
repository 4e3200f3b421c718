package org.echolstm.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link DialogService} for view-model tests: every call is recorded, and every question is
 * answered from the answers given beforehand. A question nobody expected fails the test.
 */
public final class ScriptedDialogs implements DialogService {

    /** One dialog that was shown: which method, its title and its text. */
    public record Call(String method, String title, String message) {
    }

    private final List<Call> calls = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final Deque<Optional<int[]>> tasks = new ArrayDeque<>();
    private final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
    private final Deque<Boolean> choices = new ArrayDeque<>();
    private final List<List<Map.Entry<String, String>>> tables = new ArrayList<>();

    /** The next {@link #confirm} answers {@code answer}. */
    public ScriptedDialogs answerConfirm(boolean answer) {
        confirmations.add(answer);
        return this;
    }

    /** The next {@link #askTask} answers {@code answer} (empty: the user cancels). */
    public ScriptedDialogs answerTask(Optional<int[]> answer) {
        tasks.add(answer);
        return this;
    }

    /** The next {@link #askToSave} answers {@code choice}. */
    public ScriptedDialogs answerSave(SaveChoice choice) {
        saveChoices.add(choice);
        return this;
    }

    /** The next {@link #choose} answers yes ({@code true}) or no. */
    public ScriptedDialogs answerChoice(boolean yes) {
        choices.add(yes);
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls of one method ("confirm", "showError"…). */
    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** The details passed to {@link #showError}, in order. */
    public List<Throwable> errors() {
        return List.copyOf(errors);
    }

    public List<List<Map.Entry<String, String>>> tables() {
        return List.copyOf(tables);
    }

    /** Whether every answer given beforehand was asked for. */
    public boolean allAnswersUsed() {
        return confirmations.isEmpty() && tasks.isEmpty() && saveChoices.isEmpty() && choices.isEmpty();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        calls.add(new Call("confirm", title, message));
        return next(confirmations, "confirm", title);
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        calls.add(new Call("showError", title, message));
        errors.add(details);
    }

    @Override
    public Optional<int[]> askTask(String fileName, int features) {
        calls.add(new Call("askTask", fileName, Integer.toString(features)));
        return next(tasks, "askTask", fileName);
    }

    @Override
    public boolean choose(String title, String message, String yesLabel, String noLabel) {
        calls.add(new Call("choose", title, message));
        return next(choices, "choose", title);
    }

    @Override
    public SaveChoice askToSave(String title, String whatWouldBeLost) {
        calls.add(new Call("askToSave", title, whatWouldBeLost));
        return next(saveChoices, "askToSave", whatWouldBeLost);
    }

    @Override
    public void showText(String title, String text) {
        calls.add(new Call("showText", title, text));
    }

    @Override
    public void showTable(String title, String header, List<Map.Entry<String, String>> rows) {
        calls.add(new Call("showTable", title, header));
        tables.add(List.copyOf(rows));
    }

    private static <T> T next(Deque<T> answers, String method, String about) {
        if (answers.isEmpty()) {
            throw new AssertionError("unexpected " + method + " dialog: " + about);
        }
        return answers.removeFirst();
    }
}
