package org.echolstm.training;

import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SampleBlock;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.Ablation;
import org.echolstm.model.EchoModel;

/**
 * The one held-out set of a task and seed: the first samples of a stream of its own (never trained
 * on). Every held-out figure the application shows - the status bar, the charts, the Inside tab, the
 * confusion matrix, {@code evaluate} and {@code train --json} - is measured on it, so the same model
 * gives the same figure everywhere. A smaller set is a prefix of a larger one.
 */
public final class HeldOutSet {
    /** Samples in the held-out set unless a session asks for another number. */
    public static final int DEFAULT_SAMPLES = TrainingSettings.DEFAULT_EVAL_SAMPLES;
    private static final long SEED_SALT = 0x9E3779B97F4A7C15L;

    private HeldOutSet() {
    }

    public static SampleBlock of(EchoTask task, long seed, int samples) {
        SampleBlock block = new SampleBlock(task);
        new SequenceGenerator(task, seed ^ SEED_SALT).fill(block, samples);
        return block;
    }

    /** The default-sized held-out set of a model's task and seed. */
    public static SampleBlock of(EchoModel model) {
        return of(model.task(), model.settings().seed(), DEFAULT_SAMPLES);
    }

    /** The model's accuracy and confusion matrix on its default-sized held-out set. */
    public static Evaluation evaluate(EchoModel model) {
        return Evaluation.of(model, of(model));
    }

    /** The same under {@code ablation} (a view: the model is not changed). */
    public static Evaluation evaluate(EchoModel model, Ablation ablation) {
        return Evaluation.of(model, of(model), ablation);
    }
}
