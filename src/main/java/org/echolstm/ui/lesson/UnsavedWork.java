package org.echolstm.ui.lesson;

import org.echolstm.ui.DialogService;
import org.echolstm.ui.I18n;

/**
 * The one question before the lesson's work is lost (closing the window, opening a file, a new
 * model, a preset or a task that needs a new model): save it, don't save it, or cancel. Asked only
 * when something would be lost; saved work is replaced without a word.
 */
public final class UnsavedWork {
    /** Saves the lesson to a file the user chooses, then runs the continuation; false when the user cancels the choice. */
    public interface Saver {
        boolean saveLessonThen(Runnable afterSaving);
    }

    /** What became of the work that was about to be lost. */
    public enum Outcome {
        /** Nothing was unsaved, or the user chose not to save: the action went ahead. */
        PROCEEDED,
        /** The lesson is being saved; the action goes ahead once it is written. */
        SAVING,
        /** The user kept the work and cancelled the action. */
        CANCELLED
    }

    private final LessonLifecycle lifecycle;
    private final DialogService dialogs;
    private Saver saver = afterSaving -> false;

    UnsavedWork(LessonLifecycle lifecycle, DialogService dialogs) {
        this.lifecycle = lifecycle;
        this.dialogs = dialogs;
    }

    /** How the lesson is saved when the user chooses to (the window's file chooser and the files feature). */
    public void saveWith(Saver lessonSaver) {
        this.saver = lessonSaver;
    }

    /** Whether anything would be lost now. */
    public boolean exists() {
        return lifecycle.hasUnsavedWork();
    }

    /**
     * Before an action that loses the lesson's work ({@code titleKey} names it in the question):
     * runs {@code proceed} once nothing unsaved would be lost — at once when nothing is unsaved or
     * the user chooses not to save, after the lesson is written when they choose to save, never when
     * they cancel (the question or the file chooser).
     */
    public Outcome beforeLosing(String titleKey, Runnable proceed) {
        return beforeLosing(titleKey, proceed, () -> { });
    }

    /**
     * As {@link #beforeLosing(String, Runnable)}, for an action its caller finishes when it goes
     * ahead at once: when the user saves first, {@code proceed} runs once the lesson is written and
     * {@code redo} then does the action again.
     */
    public Outcome beforeLosing(String titleKey, Runnable proceed, Runnable redo) {
        if (!exists()) {
            proceed.run();
            return Outcome.PROCEEDED;
        }
        return switch (dialogs.askToSave(I18n.t(titleKey), whatWouldBeLost())) {
            case DONT_SAVE -> {
                proceed.run();
                yield Outcome.PROCEEDED;
            }
            case SAVE -> saver.saveLessonThen(() -> {
                proceed.run();
                redo.run();
            }) ? Outcome.SAVING : Outcome.CANCELLED;
            case CANCEL -> Outcome.CANCELLED;
        };
    }

    /** What would be lost, in a sentence or two: training no file holds, and marked moments no lesson file holds. */
    public String whatWouldBeLost() {
        long samples = lifecycle.lesson().samplesShown() - lifecycle.savedSamplesProperty().get();
        String training = lifecycle.hasUnsavedTraining() ? I18n.t("dialog.save.training", I18n.count(samples)) : "";
        int marks = lifecycle.unsavedMarksProperty().get();
        String marked = marks > 0 ? I18n.t("dialog.save.marks", I18n.count(marks)) : "";
        return (training + " " + marked).trim();
    }
}
