package org.echolstm.training;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelSettings;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The parameters of a model at one moment of its training, with the held-out accuracy measured at
 * that very moment. The parameters are float32, exactly what the engine computes with, so a model
 * restored from them answers as the model did then.
 *
 * @param samples         training samples seen at that moment
 * @param heldOutAccuracy accuracy on the session's held-out set, measured on these parameters
 * @param marked          whether the user marked this moment (marked snapshots are never thinned out)
 * @param parameters      flat, in {@link EchoModel#parameters()} layout; not to be changed
 */
public record Snapshot(long samples, double heldOutAccuracy, boolean marked, float[] parameters) {
    public Snapshot {
        if (samples < 0 || !(heldOutAccuracy >= 0 && heldOutAccuracy <= 1)) {
            throw new IllegalArgumentException("a snapshot at " + samples + " samples with accuracy " + heldOutAccuracy);
        }
    }

    /** The snapshot nearest to {@code samples} trained samples (the earlier of two as near); none in an empty list. */
    public static Optional<Snapshot> nearest(List<Snapshot> snapshots, long samples) {
        return snapshots.stream().min(Comparator.comparingLong((Snapshot s) -> Math.abs(s.samples() - samples))
                .thenComparingLong(Snapshot::samples));
    }

    /**
     * A model of the task and settings with these parameters, as it was at this moment (its
     * optimizer state new): made on the engine alone, so replaying never loads ND4J.
     */
    public EchoModel restore(EchoTask task, ModelSettings settings) {
        return EchoModel.withParameters(task, settings, parameters, samples);
    }

    /** A restored model to look at from any thread (one look at a time). */
    public ModelAccess replay(EchoTask task, ModelSettings settings) {
        EchoModel model = restore(task, settings);
        return new ModelAccess() {
            @Override
            public synchronized <T> T withModel(Function<EchoModel, T> action) {
                return action.apply(model);
            }
        };
    }
}
