package org.echolstm.fuzz;

import org.echolstm.model.EchoModel;
import org.echolstm.training.Lesson;
import org.echolstm.training.LessonFiles;
import org.echolstm.training.MetricHistory;
import org.echolstm.training.StopRule;
import org.echolstm.training.TrainingSettings;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Settings every fuzz target shares. An input that takes over 5 s is a hang: libFuzzer's
 * {@code -timeout=5} ({@code .ci/fuzz}), or JUnit's default timeout when fuzzing through Maven (see
 * the README). The replay in every build has no per-input limit: there the first input also pays
 * for loading the natives and the instrumentation, several seconds on a busy machine.
 */
final class FuzzTargets {
    /**
     * How long one target fuzzes when {@code JAZZER_FUZZ=1} (the README says how); without it the
     * targets only replay their inputs.
     */
    static final String MAX_DURATION = "30m";
    /**
     * The tokens of the file formats (field names, DL4J class names, ND4J's headers, the entry
     * separator, values of the wrong shape): the file targets' libFuzzer dictionary, beside their
     * inputs; {@code .ci/fuzz} passes it too.
     */
    static final String FILE_DICTIONARY = "files.dict";

    private FuzzTargets() {
    }

    /**
     * Loads ND4J's natives and every class an open needs (and instruments them) before the first
     * input, so that the first input is neither timed nor weighed with them.
     */
    static void warmUp() {
        try {
            EchoModel model = new EchoModel(FuzzSeeds.TASK, new ModelSettings(2, Optimizer.ADAM, 0.01, 1));
            Path file = Files.createTempFile("echo-lstm-warm-up", ".zip");
            LessonFiles.save(new Lesson(model, new TrainingSettings(1, StopRule.samples(1)), new MetricHistory().curves()),
                    file, "warm-up");
            LessonFiles.open(file);
            LessonFiles.openModel(file);
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
