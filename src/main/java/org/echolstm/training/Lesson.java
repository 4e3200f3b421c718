package org.echolstm.training;

import org.echolstm.model.EchoModel;

import java.util.List;

/**
 * The state of a lesson: the model, how it is trained, its curves so far, the snapshots of its
 * timeline and the stops of its storyline (each at one of those snapshots).
 */
public record Lesson(EchoModel model, TrainingSettings settings, MetricHistory.Curves history, List<Snapshot> snapshots,
                     List<Stop> stops) {
    public Lesson {
        snapshots = snapshots == null ? List.of() : List.copyOf(snapshots);
        stops = stops == null ? List.of() : List.copyOf(stops);
    }

    /** A lesson without a storyline. */
    public Lesson(EchoModel model, TrainingSettings settings, MetricHistory.Curves history, List<Snapshot> snapshots) {
        this(model, settings, history, snapshots, List.of());
    }

    /** A lesson without snapshots. */
    public Lesson(EchoModel model, TrainingSettings settings, MetricHistory.Curves history) {
        this(model, settings, history, List.of(), List.of());
    }
}
