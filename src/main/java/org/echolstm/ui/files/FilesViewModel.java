package org.echolstm.ui.files;

import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;
import org.echolstm.AppInfo;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelFileException;
import org.echolstm.model.dl4j.ModelFiles;
import org.echolstm.training.Lesson;
import org.echolstm.training.Stop;
import org.echolstm.training.LessonFiles;
import org.echolstm.training.Preset;
import org.echolstm.training.TrainingSession;
import org.echolstm.training.TrainingSettings;
import org.echolstm.ui.DialogService;
import org.echolstm.ui.I18n;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.lesson.FileTasks;
import org.echolstm.ui.lesson.LessonLifecycle;
import org.echolstm.ui.lesson.UnsavedWork;
import org.echolstm.ui.parameters.ParametersViewModel;
import org.echolstm.ui.preferences.FilePreferences;
import org.echolstm.ui.status.StatusBarViewModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * New, open and save: models (DL4J zip) and lessons (model, training settings and curves), the
 * recent files, the lesson saved automatically before a crash, and closing the window without
 * losing unsaved work.
 */
public final class FilesViewModel {
    public static final String MODEL_EXTENSION = ".zip";
    public static final String LESSON_EXTENSION = ".echolesson";

    private final CurrentLesson lesson;
    private final LessonLifecycle lifecycle;
    private final ParametersViewModel parameters;
    private final DialogService dialogs;
    private final StatusBarViewModel status;
    private final FilePreferences preferences;
    private final FileTasks tasks;
    private final UnsavedWork unsaved;
    private final BooleanBinding canOpen;
    private final BooleanBinding canSave;

    public FilesViewModel(LessonLifecycle lifecycle, ParametersViewModel parameters, DialogService dialogs,
                          StatusBarViewModel status, FilePreferences preferences) {
        this.lesson = lifecycle.lesson();
        this.lifecycle = lifecycle;
        this.unsaved = lifecycle.unsaved();
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

    /** Discards the model (asking first if it has unsaved work) and starts from the panes again. */
    public void newModel() {
        if (canOpen.get()) {
            unsaved.beforeLosing(DISCARD_QUESTION, () -> {
                lifecycle.discard();
                status.say(I18n.t("status.noModel"));
            });
        }
    }

    /** Opens a model file, or the model of a lesson file, and continues from it. */
    public void openModel(Path file) {
        if (canOpen.get()) {
            unsaved.beforeLosing(DISCARD_QUESTION, () -> tasks.run(I18n.t("status.opening", file.getFileName().toString()), () -> {
                try {
                    return Optional.of(new Lesson(LessonFiles.openModel(file), null, null));
                } catch (ModelFiles.TaskUnknownException e) {
                    Optional<int[]> answer = askOnUiThread(() -> dialogs.askTask(file.getFileName().toString(), e.features()));
                    if (answer.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Lesson(ModelFiles.openWithTask(file, answer.get()[0], answer.get()[1]), null, null));
                }
            }, opened -> install(opened, Optional.of(file), I18n.t("status.opened", file.getFileName().toString(),
                    I18n.count(opened.model().samplesTrained())))));
        }
    }

    /** Opens a lesson file: model, training settings and curves. */
    public void openLesson(Path file) {
        if (canOpen.get()) {
            unsaved.beforeLosing(DISCARD_QUESTION, () -> tasks.run(I18n.t("status.opening", file.getFileName().toString()),
                    () -> Optional.of(LessonFiles.open(file)), opened -> install(opened, Optional.of(file),
                            I18n.t("status.openedLesson", file.getFileName().toString(),
                                    I18n.count(opened.model().samplesTrained())))));
        }
    }

    /** The question before opening a file or starting a new model discards unsaved work. */
    private static final String DISCARD_QUESTION = "dialog.save.title.discard";

    /**
     * After a crash: opens the lesson saved automatically, in the background, and offers to go on
     * from it, saying when it was saved and how far it was trained. Restored, it is unsaved work
     * with no file of the user's; discarded, {@code discard} deletes it.
     */
    public void offerRestore(Path autosave, Runnable discard) {
        tasks.run(I18n.t("status.openingAutosave"), () -> {
            Lesson opened = LessonFiles.open(autosave);
            Instant saved = Files.getLastModifiedTime(autosave).toInstant();
            return Optional.of(new Restorable(opened, saved));
        }, restorable -> {
            EchoModel model = restorable.lesson().model();
            String when = DateTimeFormatter.ofPattern("d MMM HH:mm", I18n.locale())
                    .format(restorable.saved().atZone(ZoneId.systemDefault()));
            String message = I18n.t("dialog.restore.message", when, I18n.count(model.samplesTrained()),
                    model.task().length() + "/" + model.task().features() + "/" + model.task().echoIndex());
            if (dialogs.choose(I18n.t("dialog.restore.title"), message, I18n.t("dialog.restore.confirm"),
                    I18n.t("dialog.restore.discard"))) {
                install(restorable.lesson(), Optional.empty(), I18n.t("status.restored", I18n.count(model.samplesTrained())));
            } else {
                discard.run();
            }
        });
    }

    private record Restorable(Lesson lesson, Instant saved) {
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
            EchoModel snapshot = session.modelCopy();
            ModelFiles.save(snapshot, file, AppInfo.VERSION);
            return Optional.of(snapshot.samplesTrained());
        }, samples -> saved(file, samples, I18n.t("status.savedModel", file.getFileName().toString()))));
    }

    public void saveLesson(Path file) {
        saveLesson(file, () -> { });
    }

    /** Saves the lesson, then runs {@code afterSaving} if it was written. */
    public void saveLesson(Path file, Runnable afterSaving) {
        int marks = lifecycle.marksMade(); // the file takes the timeline later, with these marks at least
        lesson.session().ifPresent(session -> tasks.run(I18n.t("status.saving", file.getFileName().toString()),
                () -> Optional.of(writeLesson(session, lesson, file)), samples -> {
                    saved(file, samples, I18n.t("status.savedLesson", file.getFileName().toString()));
                    lifecycle.marksSaved(marks);
                    afterSaving.run();
                }));
    }

    /** Writes the lesson as it is now; returns the samples trained in what was written. */
    static long writeLesson(TrainingSession session, CurrentLesson lesson, Path file) throws ModelFileException {
        EchoModel snapshot = session.modelCopy();
        // The stops before the snapshots: a stop is added once its snapshot is kept for good, so each is written.
        List<Stop> stops = lesson.storyline().stops();
        LessonFiles.save(new Lesson(snapshot, session.settings(), lesson.history().curves(),
                lesson.timeline().snapshots(), stops), file, AppInfo.VERSION);
        return snapshot.samplesTrained();
    }

    /** The file the lesson was last opened from or saved to, if it is a model file. */
    public Optional<Path> currentModelFile() {
        return lifecycle.fileProperty().get().filter(f -> f.getFileName().toString().endsWith(MODEL_EXTENSION));
    }

    /**
     * Closes the window ({@code close}) once nothing unsaved would be lost: asks to save, not to
     * save or to cancel. Training pauses while the user decides, so the question counts what would
     * be saved, and goes on if they cancel.
     */
    public void requestClose(Runnable close) {
        Optional<TrainingSession> running = lesson.session().filter(s -> lesson.runningProperty().get());
        running.ifPresent(session -> lesson.show(session.pauseNow()));
        if (unsaved.beforeLosing("dialog.save.title.close", close) == UnsavedWork.Outcome.CANCELLED) {
            running.ifPresent(TrainingSession::resume);
        }
    }

    /** Makes an opened lesson the window's; {@code file} is where it came from (none for a restored autosave: unsaved). */
    private void install(Lesson opened, Optional<Path> file, String message) {
        EchoModel model = opened.model();
        TrainingSettings training = Optional.ofNullable(opened.settings())
                .or(parameters::trainingSettings).orElse(Preset.DEFAULT.trainingSettings());
        parameters.show(model.task(), model.settings(), training);
        lifecycle.open(opened, training, file);
        file.ifPresent(preferences::rememberRecent);
        status.say(message);
    }

    private void saved(Path file, long samples, String message) {
        lifecycle.savedAs(file, samples);
        preferences.rememberRecent(file);
        status.say(message);
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
