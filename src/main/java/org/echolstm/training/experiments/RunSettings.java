package org.echolstm.training.experiments;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.ModelSettings;
import org.echolstm.training.StopRule;
import org.echolstm.training.TrainingSettings;

import java.util.Objects;

/** What one run of a sweep trains: the task, the network (its seed is the run's) and the batch size. */
public record RunSettings(EchoTask task, ModelSettings model, int batchSize) {
    public RunSettings {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(model, "model");
        new TrainingSettings(batchSize, StopRule.NONE);
    }

    public RunSettings withTask(EchoTask newTask) {
        return new RunSettings(newTask, model, batchSize);
    }

    public RunSettings withModel(ModelSettings newModel) {
        return new RunSettings(task, newModel, batchSize);
    }

    public RunSettings withBatchSize(int newBatchSize) {
        return new RunSettings(task, model, newBatchSize);
    }
}
