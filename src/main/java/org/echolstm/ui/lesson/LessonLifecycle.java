package org.echolstm.ui.lesson;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelSettings;
import org.echolstm.training.Lesson;
import org.echolstm.training.Preset;
import org.echolstm.training.TrainingSession;
import org.echolstm.training.TrainingSettings;
import org.echolstm.ui.DialogService;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The lesson's lifecycle: which session the window works on and whether a file holds its work.
 * Sessions are made, replaced and discarded only here — a new model for other settings, the same
 * model with other training settings, an opened lesson, nothing — and each time the save state
 * follows: the file the lesson came from or was saved to, the samples it holds, the moments marked
 * since. Before a new model or a preset would lose unsaved work, {@link UnsavedWork} asks first.
 * {@link CurrentLesson} shows the session this service chose.
 */
public final class LessonLifecycle {
    private final CurrentLesson lesson;
    private final UnsavedWork unsaved;
    private final ReadOnlyObjectWrapper<Optional<Path>> file = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyLongWrapper savedSamples = new ReadOnlyLongWrapper();
    /** Moments marked on the timeline since the model was opened or made, and how many of them a lesson file holds. */
    private final ReadOnlyIntegerWrapper marksMade = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper marksSaved = new ReadOnlyIntegerWrapper();
    private final IntegerBinding unsavedMarks = Bindings.createIntegerBinding(
            () -> marksMade.get() - marksSaved.get(), marksMade, marksSaved);

    public LessonLifecycle(CurrentLesson lesson, DialogService dialogs) {
        this.lesson = lesson;
        this.unsaved = new UnsavedWork(this, dialogs);
    }

    public CurrentLesson lesson() {
        return lesson;
    }

    /** The question before unsaved work would be lost. */
    public UnsavedWork unsaved() {
        return unsaved;
    }

    // ---- sessions -------------------------------------------------------------------------------

    /**
     * Makes sure the lesson has a session for these settings: keeps the model when only the
     * training settings changed; when the task or the network changed, a new model replaces it
     * (asking first when it has unsaved work; saving first, {@code again} runs once the lesson is
     * written). False when there is no session for them yet (the user cancelled, or is saving).
     */
    public boolean prepare(EchoTask task, ModelSettings modelSettings, TrainingSettings trainingSettings, Runnable again) {
        Optional<TrainingSession> existing = lesson.session();
        if (existing.isPresent()) {
            EchoModel current = existing.get().withModel(m -> m);
            if (current.task().equals(task) && current.settings().equals(modelSettings)) {
                if (!existing.get().settings().equals(trainingSettings)) {
                    lesson.replaceKeepingModel(new TrainingSession(current, trainingSettings));
                }
                return true;
            }
            if (unsaved.beforeLosing("dialog.save.title.newModel", this::discard, again) != UnsavedWork.Outcome.PROCEEDED) {
                return false;
            }
        }
        forgetMarks();
        lesson.attach(new TrainingSession(new EchoModel(task, modelSettings), trainingSettings), Optional.empty());
        return true;
    }

    /**
     * Whether a preset the user chose may fill the panes: at once when there is no model, when it
     * keeps the model's task and network, or when nothing unsaved would be lost. A preset that needs
     * a new model for a trained one asks first; saving first, {@code chooseAgain} runs once the
     * lesson is written. While the lesson is not idle, only a window without a model takes one.
     */
    public boolean allowsPreset(Preset chosen, Runnable chooseAgain) {
        Optional<TrainingSession> session = lesson.session();
        if (session.isEmpty() || !lesson.idleProperty().get()) {
            return session.isEmpty();
        }
        EchoModel model = session.get().withModel(m -> m);
        if (model.task().equals(chosen.task()) && model.settings().equals(chosen.modelSettings(model.settings().seed()))) {
            return true;
        }
        return unsaved.beforeLosing("dialog.save.title.preset", this::discard, chooseAgain) == UnsavedWork.Outcome.PROCEEDED;
    }

    /**
     * Makes an opened lesson the window's, trained on with {@code training}; {@code from} is where
     * it came from (none for a restored autosave: then it is unsaved work).
     */
    public void open(Lesson opened, TrainingSettings training, Optional<Path> from) {
        EchoModel model = opened.model();
        TrainingSession session = new TrainingSession(model, training);
        session.evaluateHeldOut(); // the held-out figure is known from the start
        discard();
        lesson.attach(session, Optional.ofNullable(opened.history()), opened.snapshots(), opened.stops());
        from.ifPresent(f -> savedAs(f, model.samplesTrained()));
    }

    /** Forgets the model: no session, empty curves, no metrics, no file. */
    public void discard() {
        file.set(Optional.empty());
        savedSamples.set(0);
        forgetMarks();
        lesson.discard();
    }

    // ---- save state -----------------------------------------------------------------------------

    /** The file the lesson was last opened from or saved to. */
    public ReadOnlyObjectProperty<Optional<Path>> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty savedSamplesProperty() {
        return savedSamples.getReadOnlyProperty();
    }

    /** The lesson now matches {@code path} as of {@code samples} trained samples. */
    public void savedAs(Path path, long samples) {
        savedSamples.set(samples);
        file.set(Optional.of(path));
    }

    /** Whether training happened since the model was last saved or opened. */
    public boolean hasUnsavedTraining() {
        return lesson.session().isPresent() && lesson.samplesShown() > savedSamples.get();
    }

    /** Whether closing now would lose something: training, or a moment marked since the last lesson file. */
    public boolean hasUnsavedWork() {
        return hasUnsavedTraining() || (lesson.session().isPresent() && unsavedMarks.get() > 0);
    }

    /** A moment was marked on the timeline. */
    public void marked() {
        marksMade.set(marksMade.get() + 1);
    }

    /** How many moments were marked so far (to pass to {@link #marksSaved} once a lesson file holds them). */
    public int marksMade() {
        return marksMade.get();
    }

    /** A lesson file now holds the first {@code made} marks (a model file holds none). */
    public void marksSaved(int made) {
        marksSaved.set(Math.max(marksSaved.get(), Math.min(made, marksMade.get())));
    }

    /** Marked moments no file holds yet. */
    public IntegerBinding unsavedMarksProperty() {
        return unsavedMarks;
    }

    private void forgetMarks() {
        marksMade.set(0);
        marksSaved.set(0);
    }
}
