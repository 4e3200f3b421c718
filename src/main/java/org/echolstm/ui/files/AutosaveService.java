package org.echolstm.ui.files;

import org.echolstm.ui.lesson.CurrentLesson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * While the lesson has unsaved training, writes it every interval to one file in the background,
 * so a crash loses at most that much work. A clean close deletes the file; after a crash the next
 * start offers to continue from it.
 */
public final class AutosaveService {
    private static final Logger LOG = LoggerFactory.getLogger(AutosaveService.class);

    private final CurrentLesson lesson;
    private Optional<Path> file = Optional.empty();
    private long intervalNanos;
    private long lastSave;
    private boolean inFlight;
    private long savedSamples = -1;
    /** Marks made when the last autosave began (it holds them). */
    private int savedMarks;

    public AutosaveService(CurrentLesson lesson) {
        this.lesson = lesson;
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
        if (file.isEmpty() || inFlight || lesson.session().isEmpty() || !lesson.hasUnsavedWork()
                || (lesson.samplesShown() == savedSamples && lesson.marksMade() == savedMarks)) {
            return;
        }
        if (lastSave == 0) {
            lastSave = now; // the first save one interval after training began, not at its first frame
        }
        if (now - lastSave < intervalNanos) {
            return;
        }
        lastSave = now;
        inFlight = true;
        Path target = file.get();
        var session = lesson.session().get();
        int marks = lesson.marksMade();
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

    /** Removes the autosaved lesson (after a clean close: nothing to recover). */
    public void delete() {
        file.ifPresent(target -> {
            try {
                Files.deleteIfExists(target);
            } catch (IOException e) {
                LOG.warn("Cannot delete {}", target, e);
            }
        });
    }
}
