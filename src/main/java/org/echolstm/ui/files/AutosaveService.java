package org.echolstm.ui.files;

import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.lesson.LessonLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * While the lesson has unsaved work, writes it in the background to one file: every interval
 * while training runs, and soon after training comes to rest (paused, stopped, finished, a single
 * step), so a crash loses at most an interval of training and nothing that stood still. A clean
 * close deletes the file; after a crash the next start offers to continue from it.
 */
public final class AutosaveService {
    private static final Logger LOG = LoggerFactory.getLogger(AutosaveService.class);
    /** At rest, saves follow each other at most this often (stepping by hand changes the lesson often). */
    static final long AT_REST_GAP_NANOS = 2_000_000_000L;

    private final CurrentLesson lesson;
    private final LessonLifecycle lifecycle;
    private Optional<Path> file = Optional.empty();
    private long intervalNanos;
    private long lastSave;
    private boolean inFlight;
    private long savedSamples = -1;
    /** Marks made when the last autosave began (it holds them). */
    private int savedMarks;

    public AutosaveService(LessonLifecycle lifecycle) {
        this.lesson = lifecycle.lesson();
        this.lifecycle = lifecycle;
    }

    public void enable(Path target, long everyNanos) {
        file = Optional.of(target);
        intervalNanos = everyNanos;
    }

    public void disable() {
        file = Optional.empty();
    }

    public Optional<Path> file() {
        return file;
    }

    /** Saves when due; called once a frame. */
    public void onFrame(long now) {
        if (file.isEmpty() || inFlight || lesson.session().isEmpty() || !lifecycle.hasUnsavedWork()
                || (lesson.samplesShown() == savedSamples && lifecycle.marksMade() == savedMarks)) {
            return;
        }
        boolean running = lesson.runningProperty().get();
        if (lastSave == 0 && running) {
            lastSave = now; // the first save one interval after training began, not at its first frame
        }
        if (now - lastSave < (running ? intervalNanos : AT_REST_GAP_NANOS) && lastSave != 0) {
            return;
        }
        lastSave = now;
        inFlight = true;
        Path target = file.get();
        var session = lesson.session().get();
        int marks = lifecycle.marksMade();
        lesson.executor().files(() -> {
            Files.createDirectories(target.toAbsolutePath().getParent());
            return FilesViewModel.writeLesson(session, lesson, target);
        }, written -> {
            inFlight = false;
            savedSamples = written;
            savedMarks = marks;
        }, error -> {
            inFlight = false;
            LOG.warn("Autosave to {} failed", target, error);
        });
    }

    /** Removes the autosaved lesson (after a clean close, or when the user discards it: nothing to recover). */
    public void delete() {
        file.ifPresent(AutosaveService::delete);
    }

    /** Removes an autosaved lesson. */
    public static void delete(Path autosave) {
        try {
            Files.deleteIfExists(autosave);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}", autosave, e);
        }
    }
}
