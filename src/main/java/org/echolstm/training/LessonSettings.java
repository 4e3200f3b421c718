package org.echolstm.training;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.ModelSettings;

import java.util.Objects;

/** Everything a lesson is set up with: the task, the network, how it trains. */
public record LessonSettings(EchoTask task, ModelSettings model, TrainingSettings training) {
    public LessonSettings {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(training, "training");
    }
}
