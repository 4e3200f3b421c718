package org.echolstm.ui.lesson;

/**
 * The one sentence the window says about what just happened (the status bar's). The lesson's
 * background work speaks through it without knowing the status bar, which itself follows the lesson.
 */
public interface StatusLine {
    /** What the line says now. */
    String said();

    /** Says {@code text} on the line. */
    void say(String text);
}
