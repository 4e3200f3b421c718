package org.echolstm.cli;

import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.EchoModel;
import org.echolstm.training.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure a saved model's accuracy on fresh samples it never saw.")
final class EvaluateCommand implements Callable<Integer> {
    /** Mixed into the seed so evaluation samples differ from the training stream even for the same seed. */
    static final long EVALUATION_SEED_SALT = 0x5DEECE66DL;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "10000",
            description = "Fresh samples to evaluate on, 1..1000000 (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "2024",
            description = "Seed of the fresh samples (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        Options.requireBetween(spec.commandLine(), "--samples", "samples", samples, 1, 1_000_000);
        EchoModel echoModel = model.open();
        SequenceGenerator generator = new SequenceGenerator(echoModel.task(), seed ^ EVALUATION_SEED_SALT);
        long correct = 0;
        for (int done = 0; done < samples; ) {
            int size = Math.min(1000, samples - done);
            var batch = generator.nextBatch(size);
            correct += Math.round(Evaluator.accuracy(echoModel::predictedValues, batch) * size);
            done += size;
        }
        double accuracy = (double) correct / samples;
        if (json.enabled()) {
            spec.commandLine().getOut().println(Json.line(Json.object("accuracy", accuracy, "correct", correct,
                    "samples", samples, "task", echoModel.task().toString(),
                    "samplesTrained", echoModel.samplesTrained())));
        } else {
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "Accuracy %.2f %% (%,d of %,d fresh samples) on task %s, model trained on %,d samples%n",
                    accuracy * 100, correct, samples, echoModel.task(), echoModel.samplesTrained());
        }
        return 0;
    }
}
