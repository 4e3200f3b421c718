package org.echolstm.ui.concurrent;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.Optional;

/**
 * The tasks that hold the lesson, counted on the UI thread: work the controls wait for, and
 * training runs whose end has not been handled yet. Only the executor changes the counts, as it
 * submits and finishes {@link BackgroundTask}s.
 */
public final class InFlight {
    private final ReadOnlyIntegerWrapper work = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper runs = new ReadOnlyIntegerWrapper();

    /** Tasks that keep the lesson busy (a step, a file, a catch-up) and have not finished. */
    public ReadOnlyIntegerProperty workProperty() {
        return work.getReadOnlyProperty();
    }

    /** Training runs whose end has not been handled yet. */
    public ReadOnlyIntegerProperty runsProperty() {
        return runs.getReadOnlyProperty();
    }

    void hold(BackgroundTask.Hold hold) {
        counter(hold).ifPresent(c -> c.set(c.get() + 1));
    }

    void release(BackgroundTask.Hold hold) {
        counter(hold).ifPresent(c -> c.set(Math.max(0, c.get() - 1)));
    }

    private Optional<ReadOnlyIntegerWrapper> counter(BackgroundTask.Hold hold) {
        return switch (hold) {
            case NOTHING -> Optional.empty();
            case WORK -> Optional.of(work);
            case RUN -> Optional.of(runs);
        };
    }
}
