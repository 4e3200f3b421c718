package org.echolstm.training;

import java.util.ArrayList;
import java.util.List;

/**
 * The stops of a lesson's storyline, in the order the teacher tells them. Thread-safe: the window
 * edits it, a save in the background reads a copy.
 */
public final class Storyline {
    private final List<Stop> stops = new ArrayList<>();
    private long version;

    /** The stops, in order. */
    public synchronized List<Stop> stops() {
        return List.copyOf(stops);
    }

    /** Increases with every change; lets a reader skip unchanged copies. */
    public synchronized long version() {
        return version;
    }

    /** Adds {@code stop} at the end; false when the storyline has {@link LessonFiles#MAX_STOPS} already. */
    public synchronized boolean add(Stop stop) {
        if (stops.size() >= LessonFiles.MAX_STOPS) {
            return false;
        }
        stops.add(stop);
        version++;
        return true;
    }

    public synchronized void replace(int index, Stop stop) {
        stops.set(index, stop);
        version++;
    }

    /** Moves the stop at {@code from} to {@code to}, the others keeping their order. */
    public synchronized void move(int from, int to) {
        stops.add(to, stops.remove(from));
        version++;
    }

    public synchronized void remove(int index) {
        stops.remove(index);
        version++;
    }

    /** Replaces the contents (the stops of a lesson file). */
    public synchronized void restore(List<Stop> restored) {
        stops.clear();
        stops.addAll(restored);
        version++;
    }

    public void clear() {
        restore(List.of());
    }
}
