package org.echolstm.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The one way the application asks and tells the user things in dialogs. */
public interface DialogService {
    /** Asks a yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Shows an error in plain words; the details (a stack trace) are logged and can be copied. */
    void showError(String title, String message, Throwable details);

    /**
     * Asks for the sequence length and echo index of a model made elsewhere whose feature count is
     * known; empty when the user cancels. Returns {length, echoIndex}.
     */
    Optional<int[]> askTask(String fileName, int features);

    /** Asks a question with two answers and no way round them; true when the user chose {@code yesLabel}. */
    boolean choose(String title, String message, String yesLabel, String noLabel);

    /** What to do with unsaved work before it would be lost. */
    enum SaveChoice { SAVE, DONT_SAVE, CANCEL }

    /** Asks whether to save first ({@code title}); {@code whatWouldBeLost} says it in a sentence or two. */
    SaveChoice askToSave(String title, String whatWouldBeLost);

    /** Shows a text to read (About); the dialog can be resized. */
    void showText(String title, String text);

    /** Shows rows of two columns (a key and what it does) under a header; resizable, scrolls. */
    void showTable(String title, String header, List<Map.Entry<String, String>> rows);
}
