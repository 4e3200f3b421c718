package org.echolstm.training.experiments;

import org.echolstm.echo.Bounds;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.InvalidSettingException;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.echolstm.training.TrainingSettings;

import java.util.Locale;
import java.util.Optional;

/**
 * The one setting a sweep varies. Each turns a typed value into run settings, or explains in one
 * sentence why it cannot ({@link InvalidSettingException}).
 */
public enum SweepSetting {
    /** The echo's distance from the end of the sequence (0 = the last value); the length stays. */
    ECHO_DISTANCE("index") {
        @Override
        RunSettings applyTo(RunSettings base, String value) {
            EchoTask task = base.task();
            int distance = Bounds.require("echo distance from the end", whole(value), 0, task.length() - 1);
            return base.withTask(new EchoTask(task.length(), task.features(), task.length() - 1 - distance));
        }
    },
    /** The sequence length; the echo index (counted from the start) stays, moved inside a shorter sequence. */
    LENGTH("length") {
        @Override
        RunSettings applyTo(RunSettings base, String value) {
            int length = Bounds.require(EchoTask.LENGTH_FIELD, whole(value), EchoTask.MIN_LENGTH, EchoTask.MAX_LENGTH);
            EchoTask task = base.task();
            return base.withTask(new EchoTask(length, task.features(), Math.min(task.echoIndex(), length - 1)));
        }
    },
    UNITS("units") {
        @Override
        RunSettings applyTo(RunSettings base, String value) {
            ModelSettings m = base.model();
            return base.withModel(new ModelSettings(whole(value), m.optimizer(), m.learningRate(), m.seed()));
        }
    },
    LEARNING_RATE("lr") {
        @Override
        RunSettings applyTo(RunSettings base, String value) {
            ModelSettings m = base.model();
            return base.withModel(new ModelSettings(m.units(), m.optimizer(), decimal(value), m.seed()));
        }
    },
    BATCH("batch") {
        @Override
        RunSettings applyTo(RunSettings base, String value) {
            return base.withBatchSize(Bounds.require(TrainingSettings.BATCH_SIZE_FIELD, whole(value), 1, TrainingSettings.MAX_BATCH));
        }
    },
    OPTIMIZER("optimizer") {
        @Override
        RunSettings applyTo(RunSettings base, String value) {
            Optimizer optimizer = Optimizer.parse(value).orElseThrow(() -> new InvalidSettingException(SweepPlan.VALUES_FIELD,
                    "'" + value.trim() + "' is not an optimizer; choose Adam, SGD, RMSProp or Nesterov"));
            ModelSettings m = base.model();
            return base.withModel(new ModelSettings(m.units(), optimizer, m.learningRate(), m.seed()));
        }
    };

    private final String key;

    SweepSetting(String key) {
        this.key = key;
    }

    /** The short name the command line uses ({@code --vary index}). */
    public String key() {
        return key;
    }

    /** The setting with this short name or enum name, any case. */
    public static Optional<SweepSetting> parse(String text) {
        for (SweepSetting setting : values()) {
            if (setting.key.equalsIgnoreCase(text.trim()) || setting.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code base} with this setting at {@code value}.
     *
     * @throws InvalidSettingException if the value is not a number of the right kind or out of range
     */
    public RunSettings apply(RunSettings base, String value) {
        return applyTo(base, value.trim());
    }

    abstract RunSettings applyTo(RunSettings base, String value);

    /** The smallest and largest value allowed with {@code base}; empty for the optimizer, which is a name. */
    public Optional<Range> range(RunSettings base) {
        return switch (this) {
            case ECHO_DISTANCE -> Optional.of(new Range(0, base.task().length() - 1));
            case LENGTH -> Optional.of(new Range(EchoTask.MIN_LENGTH, EchoTask.MAX_LENGTH));
            case UNITS -> Optional.of(new Range(ModelSettings.MIN_UNITS, ModelSettings.MAX_UNITS));
            case LEARNING_RATE -> Optional.of(new Range(ModelSettings.MIN_LEARNING_RATE, ModelSettings.MAX_LEARNING_RATE));
            case BATCH -> Optional.of(new Range(1, TrainingSettings.MAX_BATCH));
            case OPTIMIZER -> Optional.empty();
        };
    }

    /** The allowed values of a numeric setting, both ends included. */
    public record Range(double min, double max) {
    }

    private static int whole(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(SweepPlan.VALUES_FIELD, "'" + value.trim() + "' is not a whole number");
        }
    }

    private static double decimal(String value) {
        try {
            return Double.parseDouble(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(SweepPlan.VALUES_FIELD, "'" + value.trim() + "' is not a number");
        }
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}
