package org.echolstm.cli;

import org.echolstm.model.Optimizer;
import org.echolstm.training.LessonSettings;
import org.echolstm.training.Overrides;
import org.echolstm.training.Preset;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code --preset} and the flags that override it, declared once for the commands that set up a
 * lesson ({@code train}, {@code sweep}): the task's, the network's and the training's, each group
 * a mixin of its own. The merge itself is {@link Preset#with}, the window's too.
 */
final class LessonOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "Start from a preset: DEFAULT, NOTEBOOK (10/25/7, batch 1, 10,000 samples), BROWNLEE (5/10/2) "
                    + "or LONG (30/8/9, a long lag). The flags below override it (default: DEFAULT).")
    Preset preset = Preset.DEFAULT;

    @Mixin
    Task task;

    @Mixin
    Network network;

    @Mixin
    Training training;

    /** {@code --length}, {@code --features}, {@code --index}. */
    static final class Task {
        @Option(names = "--length", paramLabel = "N", description = "Sequence length (1..1000).")
        Integer length;

        @Option(names = "--features", paramLabel = "N", description = "Number of distinct values (2..1000).")
        Integer features;

        @Option(names = "--index", paramLabel = "I",
                description = "Echo index: the position to echo, counted from the start (0..length-1).")
        Integer echoIndex;
    }

    /** {@code --units}, {@code --lr}, {@code --optimizer}. */
    static final class Network {
        @Option(names = "--units", paramLabel = "N", description = "LSTM units (1..512).")
        Integer units;

        @Option(names = "--lr", paramLabel = "RATE", description = "Learning rate (1e-6..10).")
        Double learningRate;

        @Option(names = "--optimizer", paramLabel = "NAME", converter = OptimizerConverter.class,
                description = "Adam, SGD, RMSProp or Nesterov (default: Adam).")
        Optimizer optimizer;
    }

    /** {@code --batch}. */
    static final class Training {
        @Option(names = "--batch", paramLabel = "N", description = "Samples per training step (1..4096).")
        Integer batch;
    }

    /** The flags given, as overrides of the preset; {@code seed} beside them. */
    Overrides overrides(Optional<Long> seed) {
        return new Overrides(Optional.ofNullable(task.length), Optional.ofNullable(task.features),
                Optional.ofNullable(task.echoIndex), Optional.ofNullable(network.units),
                Optional.ofNullable(network.optimizer), Optional.ofNullable(network.learningRate), seed,
                Optional.ofNullable(training.batch));
    }

    /** The preset merged with the flags; a value out of range is a usage error naming its flag. */
    LessonSettings settings(Optional<Long> seed) {
        return Options.validated(command.commandLine(), () -> preset.with(overrides(seed)));
    }

    /** Whether any flag of the task or the network was given. */
    boolean setsTaskOrNetwork() {
        return Stream.of(task.length, task.features, task.echoIndex, network.units, network.learningRate,
                network.optimizer).anyMatch(flag -> flag != null);
    }

    static final class OptimizerConverter implements ITypeConverter<Optimizer> {
        @Override
        public Optimizer convert(String value) {
            return Optimizer.parse(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not an optimizer; choose Adam, SGD, RMSProp or Nesterov"));
        }
    }
}
