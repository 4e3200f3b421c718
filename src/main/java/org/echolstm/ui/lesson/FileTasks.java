package org.echolstm.ui.lesson;

import org.echolstm.ui.DialogService;
import org.echolstm.ui.I18n;
import org.echolstm.ui.concurrent.BackgroundTask;
import org.echolstm.ui.concurrent.TaskExecutor.Lane;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Reading and writing the lesson's files in the background: the status bar says what happens, the
 * controls wait while it runs, and a failure is one sentence in a dialog - nothing else changes.
 */
public final class FileTasks {
    private final CurrentLesson lesson;
    private final DialogService dialogs;
    private final StatusLine status;

    public FileTasks(CurrentLesson lesson, DialogService dialogs, StatusLine status) {
        this.lesson = lesson;
        this.dialogs = dialogs;
        this.status = status;
    }

    /**
     * Runs {@code work} in the background, saying {@code message} meanwhile; an empty result (the user
     * cancelled a question on the way) changes nothing, a value goes to {@code onSuccess}.
     */
    public <T> void run(String message, Callable<Optional<T>> work, Consumer<T> onSuccess) {
        String before = status.said();
        status.say(message);
        lesson.executor().submit(Lane.FILES, BackgroundTask.of(work).keepsBusy().onSuccess(result -> {
            if (result.isPresent()) {
                onSuccess.accept(result.get());
            } else {
                status.say(before);
            }
        }).onFailure(error -> {
            status.say(before);
            dialogs.showError(I18n.t("dialog.error.file"), FileErrors.sentence(error), error);
        }));
    }
}
