package org.echolstm.cli;

import org.echolstm.echo.SampleBlock;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.EchoModel;
import org.echolstm.training.Evaluation;
import org.echolstm.training.HeldOutSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure a saved model's accuracy on its held-out set (the figure the window and train show) "
                + "and, with --samples, on fresh samples it never saw.")
final class EvaluateCommand implements Callable<Integer> {
    /** Mixed into the seed so evaluation samples differ from the training stream even for the same seed. */
    static final long EVALUATION_SEED_SALT = 0x5DEECE66DL;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model;

    @Option(names = "--samples", paramLabel = "N",
            description = "Also measure on N fresh samples, 1..1000000 (default: only the held-out set).")
    Integer samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "2024",
            description = "Seed of the fresh samples (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        if (samples != null) {
            Options.requireBetween(spec.commandLine(), "--samples", "samples", samples, 1, 1_000_000);
        }
        EchoModel echoModel = model.open();
        // The figure the window and `train` show: the model's own held-out set.
        Evaluation heldOut = HeldOutSet.evaluate(echoModel);
        long correct = heldOut.correct();
        long total = heldOut.samples();
        if (samples != null) {
            SequenceGenerator generator = new SequenceGenerator(echoModel.task(), seed ^ EVALUATION_SEED_SALT);
            SampleBlock block = new SampleBlock(echoModel.task());
            correct = 0;
            for (int done = 0; done < samples; ) {
                int size = Math.min(1000, samples - done);
                generator.fill(block, size);
                correct += Evaluation.of(echoModel, block).correct();
                done += size;
            }
            total = samples;
        }
        double accuracy = (double) correct / total;
        if (json.enabled()) {
            spec.commandLine().getOut().println(Json.line(Json.object("accuracy", accuracy, "correct", correct,
                    "samples", total, "heldOutAccuracy", heldOut.accuracy(), "heldOutSamples", heldOut.samples(),
                    "task", echoModel.task().toString(), "samplesTrained", echoModel.samplesTrained())));
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "Held-out accuracy %.2f %% (%,d of %,d held-out samples) on task %s, "
                            + "model trained on %,d samples%n", heldOut.accuracy() * 100, heldOut.correct(),
                    heldOut.samples(), echoModel.task(), echoModel.samplesTrained());
            if (samples != null) {
                out.printf(Locale.ROOT, "Accuracy %.2f %% (%,d of %,d fresh samples)%n", accuracy * 100, correct, total);
            }
        }
        return 0;
    }
}
