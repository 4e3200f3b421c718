package org.echolstm.training;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Snapshots of a training run's parameters, to go back to any moment of it, in bounded memory.
 * A snapshot is kept whenever the session measures held-out accuracy (so each carries the figure of
 * its own moment); when {@code capacity} of them are kept, every other one is dropped and from then
 * on only every second measurement is kept, as {@link MetricHistory} merges its points. Snapshots the
 * user {@link #mark marks} are kept besides, never dropped. Thread-safe: the training thread adds,
 * the window marks and reads copies.
 */
public final class Timeline implements TrainingListener {
    /** Snapshots kept at most, besides the marked ones. */
    public static final int CAPACITY = 256;

    private final int capacity;
    private final List<Snapshot> snapshots = new ArrayList<>();
    private volatile Optional<TrainingSession> session = Optional.empty();
    /** Keep every {@code stride}-th measurement; doubles whenever the list fills up. */
    private int stride = 1;
    private long measurements;
    private long version;

    public Timeline() {
        this(CAPACITY);
    }

    public Timeline(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be at least 2");
        }
        this.capacity = capacity;
    }

    /** Keeps snapshots of {@code newSession}'s training from now on (and of no other session). */
    public void follow(TrainingSession newSession) {
        unfollow();
        newSession.addListener(this);
        session = Optional.of(newSession);
    }

    public void unfollow() {
        session.ifPresent(old -> old.removeListener(this));
        session = Optional.empty();
    }

    @Override
    public void onStep(TrainingFigures step) {
        Optional<TrainingSession> followed = session;
        if (!step.heldOutFresh() || step.heldOutAccuracy().isEmpty() || followed.isEmpty()) {
            return;
        }
        synchronized (this) {
            if (++measurements % stride != 0) {
                return;
            }
        }
        // The parameters the accuracy was measured on: skipped if a single step came in between.
        Optional<float[]> parameters = followed.get().withModel(m -> m.samplesTrained() == step.samplesSeen()
                ? Optional.of(m.parameters()) : Optional.empty());
        parameters.ifPresent(p -> add(new Snapshot(step.samplesSeen(), step.heldOutAccuracy().getAsDouble(), false, p)));
    }

    /**
     * Marks the moment the followed session is at now: a snapshot of its parameters with the held-out
     * accuracy measured on them, kept however long training goes on. Runs a held-out evaluation (a
     * few milliseconds): call it off the UI thread.
     */
    public Optional<Snapshot> mark() {
        return session.map(s -> {
            Snapshot marked = s.measured(true); // the session's held-out figure and curve take it too
            add(marked);
            return marked;
        });
    }

    /**
     * Keeps the snapshot at {@code samples} for good, as if it had been marked (a stop of the
     * storyline is there); the marked snapshot, none when no snapshot is at {@code samples}.
     */
    public synchronized Optional<Snapshot> keep(long samples) {
        Optional<Snapshot> kept = snapshots.stream().filter(s -> s.samples() == samples).findFirst();
        Optional<Snapshot> marked = kept.map(s -> s.marked() ? s : new Snapshot(s.samples(), s.heldOutAccuracy(), true,
                s.parameters()));
        marked.filter(m -> m != kept.get()).ifPresent(this::add);
        return marked;
    }

    /** The snapshot at {@code samples}, if one is kept. */
    public synchronized Optional<Snapshot> at(long samples) {
        return snapshots.stream().filter(s -> s.samples() == samples).findFirst();
    }

    private synchronized void add(Snapshot snapshot) {
        for (int i = 0; i < snapshots.size(); i++) {
            Snapshot kept = snapshots.get(i);
            if (kept.samples() == snapshot.samples()) {
                // The same moment twice (a mark where a measurement was kept): one snapshot, marked if either is.
                snapshots.set(i, snapshot.marked() ? snapshot : kept);
                version++;
                return;
            }
        }
        snapshots.add(snapshot);
        snapshots.sort(Comparator.comparingLong(Snapshot::samples));
        thin();
        version++;
    }

    /** While {@code capacity} or more unmarked snapshots are kept, drops every other one. */
    private void thin() {
        while (unmarked() >= capacity) {
            List<Snapshot> thinned = new ArrayList<>();
            int position = 0;
            for (Snapshot s : snapshots) {
                if (s.marked() || position++ % 2 == 1) {
                    thinned.add(s);
                }
            }
            snapshots.clear();
            snapshots.addAll(thinned);
            stride *= 2;
        }
    }

    private long unmarked() {
        return snapshots.stream().filter(s -> !s.marked()).count();
    }

    /** The snapshots kept, oldest first. */
    public synchronized List<Snapshot> snapshots() {
        return List.copyOf(snapshots);
    }

    /** Increases whenever a snapshot is added or the contents are replaced; lets a reader skip unchanged copies. */
    public synchronized long version() {
        return version;
    }

    /** Replaces the contents (snapshots read from a lesson file). */
    public synchronized void restore(List<Snapshot> restored) {
        snapshots.clear();
        snapshots.addAll(restored);
        snapshots.sort(Comparator.comparingLong(Snapshot::samples));
        stride = 1;
        measurements = 0;
        thin();
        version++;
    }

    public void clear() {
        restore(List.of());
    }
}
