package org.echolstm.ui.files;

import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;
import org.echolstm.AppInfo;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelFileException;
import org.echolstm.model.ModelFiles;
import org.echolstm.training.Lesson;
import org.echolstm.training.LessonFiles;
import org.echolstm.training.Preset;
import org.echolstm.training.TrainingSession;
import org.echolstm.training.TrainingSettings;
import org.echolstm.ui.DialogService;
import org.echolstm.ui.I18n;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.lesson.FileTasks;
import org.echolstm.ui.parameters.ParametersViewModel;
import org.echolstm.ui.preferences.FilePreferences;
import org.echolstm.ui.status.StatusBarViewModel;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * New, open and save: models (DL4J zip) and lessons (model, training settings and curves), the
 * recent files, and the question about unsaved training before the work is discarded or the
 * window closes.
 */
public final class FilesViewModel {
    public static final String MODEL_EXTENSION = ".zip";
    public static final String LESSON_EXTENSION = ".echolesson";

    private final CurrentLesson lesson;
    private final ParametersViewModel parameters;
    private final DialogService dialogs;
    private final StatusBarViewModel status;
    private final FilePreferences preferences;
    private final FileTasks tasks;
    private final BooleanBinding canOpen;
    private final BooleanBinding canSave;

    public FilesViewModel(CurrentLesson lesson, ParametersViewModel parameters, DialogService dialogs,
                          StatusBarViewModel status, FilePreferences preferences) {
        this.lesson = lesson;
        this.parameters = parameters;
        this.dialogs = dialogs;
        this.status = status;
        this.preferences = preferences;
        this.tasks = new FileTasks(lesson, dialogs, status);
        canOpen = lesson.idleProperty();
        canSave = lesson.hasModelProperty().and(lesson.busyProperty().not());
    }

    /** True when a file may be opened or a new model started (nothing runs). */
    public BooleanBinding canOpenProperty() {
        return canOpen;
    }

    /** True when there is a model to save (also while training: a consistent copy is saved). */
    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ObservableList<Path> recentFiles() {
        return preferences.recentFiles();
    }

    public FilePreferences preferences() {
        return preferences;
    }

    /** Discards the model (asking first if it has unsaved training) and starts from the panes again. */
    public void newModel() {
        if (canOpen.get() && confirmDiscardUnsaved()) {
            lesson.discard();
            lesson.forgetFile();
            status.say(I18n.t("status.noModel"));
        }
    }

    /** Opens a model file, or the model of a lesson file, and continues from it. */
    public void openModel(Path file) {
        if (!canOpen.get() || !confirmDiscardUnsaved()) {
            return;
        }
        tasks.run(I18n.t("status.opening", file.getFileName().toString()), () -> {
            try {
                return Optional.of(new Lesson(LessonFiles.openModel(file), null, null));
            } catch (ModelFiles.TaskUnknownException e) {
                Optional<int[]> answer = askOnUiThread(() -> dialogs.askTask(file.getFileName().toString(), e.features()));
                if (answer.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Lesson(ModelFiles.openWithTask(file, answer.get()[0], answer.get()[1]), null, null));
            }
        }, opened -> install(opened, file, "status.opened"));
    }

    /** Opens a lesson file: model, training settings and curves. */
    public void openLesson(Path file) {
        if (canOpen.get() && confirmDiscardUnsaved()) {
            tasks.run(I18n.t("status.opening", file.getFileName().toString()),
                    () -> Optional.of(LessonFiles.open(file)), opened -> install(opened, file, "status.openedLesson"));
        }
    }

    /** Opens a recent file: a lesson or a model, by its extension. */
    public void openRecent(Path file) {
        if (file.getFileName().toString().endsWith(LESSON_EXTENSION)) {
            openLesson(file);
        } else {
            openModel(file);
        }
    }

    /** Saves the model: a consistent copy, taken between two steps, even while training. */
    public void saveModel(Path file) {
        lesson.session().ifPresent(session -> tasks.run(I18n.t("status.saving", file.getFileName().toString()), () -> {
            EchoModel snapshot = session.modelSnapshot();
            ModelFiles.save(snapshot, file, AppInfo.VERSION);
            return Optional.of(snapshot.samplesTrained());
        }, samples -> saved(file, samples, I18n.t("status.savedModel", file.getFileName().toString()))));
    }

    public void saveLesson(Path file) {
        saveLesson(file, () -> { });
    }

    /** Saves the lesson, then runs {@code afterSaving} if it was written. */
    public void saveLesson(Path file, Runnable afterSaving) {
        int marks = lesson.marksMade(); // the file takes the timeline later, with these marks at least
        lesson.session().ifPresent(session -> tasks.run(I18n.t("status.saving", file.getFileName().toString()),
                () -> Optional.of(writeLesson(session, lesson, file)), samples -> {
                    saved(file, samples, I18n.t("status.savedLesson", file.getFileName().toString()));
                    lesson.marksSaved(marks);
                    afterSaving.run();
                }));
    }

    /** Writes the lesson as it is now; returns the samples trained in what was written. */
    static long writeLesson(TrainingSession session, CurrentLesson lesson, Path file) throws ModelFileException {
        EchoModel snapshot = session.modelSnapshot();
        LessonFiles.save(new Lesson(snapshot, session.settings(), lesson.history().curves(),
                lesson.timeline().snapshots()), file, AppInfo.VERSION);
        return snapshot.samplesTrained();
    }

    /** The file the lesson was last opened from or saved to, if it is a model file. */
    public Optional<Path> currentModelFile() {
        return lesson.fileProperty().get().filter(f -> f.getFileName().toString().endsWith(MODEL_EXTENSION));
    }

    /**
     * Whether the window may close now. With unsaved training it asks: save (the lesson goes to the
     * file {@code chooseLessonFile} gives, then {@code close} runs), close without saving, or cancel.
     */
    public boolean requestClose(Supplier<Optional<Path>> chooseLessonFile, Runnable close, Runnable cleanClose) {
        if (!lesson.hasUnsavedWork()) {
            cleanClose.run();
            return true;
        }
        switch (dialogs.askBeforeClose(unsaved("dialog.close.message",
                lesson.samplesShown() - lesson.savedSamplesProperty().get()))) {
            case DISCARD -> {
                cleanClose.run();
                return true;
            }
            case SAVE -> chooseLessonFile.get().ifPresent(file -> saveLesson(file, () -> {
                cleanClose.run();
                close.run();
            }));
            default -> {
                // Cancel: keep the window.
            }
        }
        return false;
    }

    private void install(Lesson opened, Path file, String messageKey) {
        EchoModel model = opened.model();
        TrainingSettings training = Optional.ofNullable(opened.settings())
                .or(parameters::trainingSettings).orElse(Preset.DEFAULT.trainingSettings());
        parameters.show(model.task(), model.settings(), training);
        TrainingSession session = new TrainingSession(model, training);
        session.evaluateHeldOut(); // the held-out figure is known from the start
        lesson.discard();
        lesson.attach(session, Optional.ofNullable(opened.history()), opened.snapshots());
        lesson.savedAs(file, model.samplesTrained());
        preferences.rememberRecent(file);
        status.say(I18n.t(messageKey, file.getFileName().toString(), I18n.count(model.samplesTrained())));
    }

    private void saved(Path file, long samples, String message) {
        lesson.savedAs(file, samples);
        preferences.rememberRecent(file);
        status.say(message);
    }

    private boolean confirmDiscardUnsaved() {
        return !lesson.hasUnsavedWork() || dialogs.confirm(I18n.t("dialog.unsaved.title"),
                unsaved("dialog.unsaved.message", lesson.samplesShown()), I18n.t("dialog.unsaved.confirm"));
    }

    /** What would be lost: {@code samples} of training ({@code trainingKey}) and the marks no file holds. */
    private String unsaved(String trainingKey, long samples) {
        String training = lesson.hasUnsavedTraining() ? I18n.t(trainingKey, I18n.count(samples)) : "";
        int marks = lesson.unsavedMarksProperty().get();
        String marked = marks > 0 ? I18n.t("dialog.unsaved.marks", I18n.count(marks)) : "";
        return (training + " " + marked).trim();
    }

    /** Asks a question from the background lane on the UI thread and waits for the answer. */
    private <T> T askOnUiThread(Supplier<T> question) throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        lesson.executor().onUiThread(() -> {
            try {
                answer.complete(question.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.get();
    }
}
