package org.echolstm.training;

import org.echolstm.model.EchoModel;

import java.util.List;

/** The state of a lesson: the model, how it is trained, its curves so far and the snapshots of its timeline. */
public record Lesson(EchoModel model, TrainingSettings settings, MetricHistory.Curves history, List<Snapshot> snapshots) {
    public Lesson {
        snapshots = snapshots == null ? List.of() : List.copyOf(snapshots);
    }

    /** A lesson without snapshots. */
    public Lesson(EchoModel model, TrainingSettings settings, MetricHistory.Curves history) {
        this(model, settings, history, List.of());
    }
}
