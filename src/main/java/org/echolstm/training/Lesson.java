package org.echolstm.training;

import org.echolstm.model.EchoModel;

/** The state of a lesson: the model, how it is trained, and its curves so far. */
public record Lesson(EchoModel model, TrainingSettings settings, MetricHistory.Curves history) {
}
