package org.echolstm.ui.parameters;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.echolstm.echo.Bounds;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.echolstm.training.LessonSettings;
import org.echolstm.training.Overrides;
import org.echolstm.training.Preset;
import org.echolstm.training.StopRule;
import org.echolstm.training.TrainingCost;
import org.echolstm.training.TrainingSettings;
import org.echolstm.ui.I18n;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The parameter panes' state: every field as text (what the user typed) with its own error message
 * (empty when valid). The values are read as records only when everything is valid.
 */
public final class ParametersViewModel {

    /** A text field with its validation message. */
    public static final class Field {
        private final String key;
        private final StringProperty text = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

        Field(String key) {
            this.key = key;
        }

        /** The field's name in messages ("sequence length"), in the window's language. */
        public String name() {
            return I18n.t("name." + key);
        }

        /** The field's label as the panes show it ("Stop after samples"). */
        public String label() {
            return I18n.t("field." + key);
        }

        /** The stable identifier of the field (for preferences): "length", "echoIndex"… */
        public String key() {
            return key;
        }

        public StringProperty textProperty() {
            return text;
        }

        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }

        String text() {
            return text.get() == null ? "" : text.get().trim();
        }
    }

    public final Field length = new Field("length");
    public final Field features = new Field("features");
    public final Field echoIndex = new Field("echoIndex");
    public final Field units = new Field("units");
    public final Field batchSize = new Field("batchSize");
    public final Field learningRate = new Field("learningRate");
    public final Field seed = new Field("seed");
    public final Field sampleLimit = new Field("sampleLimit");
    public final Field targetAccuracy = new Field("targetAccuracy");
    private final ObjectProperty<Optimizer> optimizer = new SimpleObjectProperty<>(Optimizer.ADAM);
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>();
    /** The largest allowed echo index for the current length (for the slider), at least 0. */
    private final ReadOnlyIntegerWrapper maxEchoIndex = new ReadOnlyIntegerWrapper(0);
    private final BooleanBinding valid;
    private Predicate<Preset> presetGuard = chosen -> true;
    private boolean applying;
    private boolean reverting;

    public ParametersViewModel() {
        for (Field field : fields()) {
            field.text.addListener((obs, old, now) -> validate());
        }
        optimizer.addListener((obs, old, now) -> validate());
        valid = Bindings.createBooleanBinding(() -> fields().stream().allMatch(f -> f.error.get().isEmpty()),
                fields().stream().map(f -> (ObservableValue<?>) f.error).toArray(ObservableValue[]::new));
        preset.addListener((obs, old, now) -> {
            if (now == null || reverting) {
                return;
            }
            if (!presetGuard.test(now)) {
                // Refused (the user kept the trained model): the panes stay as they were.
                reverting = true;
                preset.set(old);
                reverting = false;
                return;
            }
            applying = true;
            apply(now, seedValue().orElse(Preset.DEFAULT_SEED));
            applying = false;
        });
        for (Field field : fields()) {
            field.text.addListener((obs, old, now) -> recognisePreset());
        }
        optimizer.addListener((obs, old, now) -> recognisePreset());
        preset.set(Preset.DEFAULT);
    }

    /**
     * Asked before a chosen preset fills the panes (e.g. whether to discard a trained model); a
     * refusal keeps the panes as they are.
     */
    public void setPresetGuard(Predicate<Preset> guard) {
        this.presetGuard = guard;
    }

    /**
     * The box names the preset whose settings the fields hold, whichever way they got there
     * (typed, restored from the last run), and "Custom" when they hold no preset's.
     */
    private void recognisePreset() {
        if (applying) {
            return;
        }
        long seedNow = seedValue().orElse(Preset.DEFAULT_SEED);
        Preset held = null;
        for (Preset candidate : Preset.values()) {
            if (task().equals(Optional.of(candidate.task()))
                    && modelSettings().equals(Optional.of(candidate.modelSettings(seedNow)))
                    && trainingSettings().equals(Optional.of(candidate.trainingSettings()))) {
                held = candidate;
                break;
            }
        }
        if (preset.get() != held) {
            reverting = true;
            preset.set(held);
            reverting = false;
        }
    }

    public List<Field> fields() {
        return List.of(length, features, echoIndex, units, batchSize, learningRate, seed, sampleLimit, targetAccuracy);
    }

    public ObjectProperty<Optimizer> optimizerProperty() {
        return optimizer;
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public ReadOnlyIntegerProperty maxEchoIndexProperty() {
        return maxEchoIndex.getReadOnlyProperty();
    }

    /** True while every field holds an allowed value. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** Fills every field from a preset. */
    public void apply(Preset chosen, long seedValue) {
        LessonSettings settings = chosen.with(Overrides.NONE.withSeed(seedValue));
        show(settings.task(), settings.model(), settings.training());
    }

    /** Shows existing settings (of an opened model, of saved preferences). */
    public void show(EchoTask task, ModelSettings model, TrainingSettings training) {
        length.text.set(Integer.toString(task.length()));
        features.text.set(Integer.toString(task.features()));
        echoIndex.text.set(Integer.toString(task.echoIndex()));
        units.text.set(Integer.toString(model.units()));
        learningRate.text.set(Bounds.format(model.learningRate()));
        optimizer.set(model.optimizer());
        seed.text.set(Long.toString(model.seed()));
        batchSize.text.set(Integer.toString(training.batchSize()));
        StopRule rule = training.stopRule();
        sampleLimit.text.set(rule.hasSampleLimit() ? Long.toString(rule.maxSamples()) : "");
        targetAccuracy.text.set(rule.hasTarget() ? Bounds.format(Math.round(rule.targetAccuracy() * 10000) / 100.0) : "");
    }

    /** Training stops once the held-out accuracy reaches {@code fraction} (0.9: 90 %), shown to a tenth of a percent. */
    public void stopAtAccuracy(double fraction) {
        targetAccuracy.text.set(Bounds.format(Math.round(fraction * 1000) / 10.0));
    }

    /** Training stops once the model has trained on {@code samples} samples in all. */
    public void stopAfterSamples(long samples) {
        sampleLimit.text.set(Long.toString(samples));
    }

    private void validate() {
        Optional<Integer> lengthValue = parseInt(length, EchoTask.MIN_LENGTH, EchoTask.MAX_LENGTH);
        Optional<Integer> featuresValue = parseInt(features, EchoTask.MIN_FEATURES, EchoTask.MAX_FEATURES);
        int maxIndex = lengthValue.map(l -> l - 1).orElse(Math.max(0, maxEchoIndex.get()));
        maxEchoIndex.set(maxIndex);
        parseInt(echoIndex, 0, maxIndex);
        Optional<Integer> unitsValue = parseInt(units, ModelSettings.MIN_UNITS, ModelSettings.MAX_UNITS);
        Optional<Integer> batchValue = parseInt(batchSize, 1, TrainingSettings.MAX_BATCH);
        if (lengthValue.isPresent() && featuresValue.isPresent() && unitsValue.isPresent() && batchValue.isPresent()) {
            // Settings too slow to train are refused here, with the estimate, before Train is pressed.
            TrainingCost cost = TrainingCost.estimate(new EchoTask(lengthValue.get(), featuresValue.get(), 0),
                    unitsValue.get(), new TrainingSettings(batchValue.get(), StopRule.NONE));
            if (cost.secondsPerStep() > TrainingCost.MAX_BLOCKING_SECONDS) {
                batchSize.error.set(I18n.t("error.tooSlow", TrainingCost.duration(cost.secondsPerStep(), I18n.locale())));
            } else if (cost.secondsPerEvaluation() > TrainingCost.MAX_BLOCKING_SECONDS) {
                batchSize.error.set(I18n.t("error.tooSlowEvaluation", TrainingCost.duration(cost.secondsPerEvaluation(), I18n.locale())));
            }
        }
        parseDouble(learningRate, ModelSettings.MIN_LEARNING_RATE, ModelSettings.MAX_LEARNING_RATE);
        parseLong(seed, Long.MIN_VALUE, Long.MAX_VALUE);
        if (sampleLimit.text().isEmpty()) {
            sampleLimit.error.set("");
        } else {
            parseLong(sampleLimit, 1, StopRule.MAX_SAMPLES);
        }
        if (targetAccuracy.text().isEmpty()) {
            targetAccuracy.error.set("");
        } else {
            parseDouble(targetAccuracy, 1, 100);
        }
    }

    private static Optional<Integer> parseInt(Field field, int min, int max) {
        return parseLong(field, min, max).map(Long::intValue);
    }

    private static Optional<Long> parseLong(Field field, long min, long max) {
        TypedNumber<Long> typed = TypedNumber.whole(field.name(), field.text(), min, max);
        // Any whole number is a seed: only "not a number" can be wrong with it.
        field.error.set(min == Long.MIN_VALUE && typed.value().isEmpty() ? I18n.t("error.seed") : typed.problem());
        return typed.value();
    }

    private static Optional<Double> parseDouble(Field field, double min, double max) {
        TypedNumber<Double> typed = TypedNumber.decimal(field.name(), field.text(), min, max);
        field.error.set(typed.problem());
        return typed.value();
    }

    private Optional<Long> seedValue() {
        try {
            return Optional.of(Long.parseLong(seed.text()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The task, when its three fields are valid. */
    public Optional<EchoTask> task() {
        return build(() -> new EchoTask(Integer.parseInt(length.text()), Integer.parseInt(features.text()),
                Integer.parseInt(echoIndex.text())), length, features, echoIndex);
    }

    public Optional<ModelSettings> modelSettings() {
        return build(() -> new ModelSettings(Integer.parseInt(units.text()), optimizer.get(),
                TypedNumber.parseDecimal(learningRate.text()), Long.parseLong(seed.text())), units, learningRate, seed);
    }

    public Optional<TrainingSettings> trainingSettings() {
        return build(() -> {
            long samples = sampleLimit.text().isEmpty() ? 0 : Long.parseLong(sampleLimit.text());
            double target = targetAccuracy.text().isEmpty() ? 0 : TypedNumber.parseDecimal(targetAccuracy.text()) / 100;
            return new TrainingSettings(Integer.parseInt(batchSize.text()), new StopRule(samples, target));
        }, batchSize, sampleLimit, targetAccuracy);
    }

    /**
     * Builds a value from fields that show no error. Listeners may ask while a change is still being
     * validated (one field's message updated, the next not yet), so a value that does not parse or
     * is out of range also counts as "not available", never as an exception.
     */
    private static <T> Optional<T> build(Supplier<T> factory, Field... sources) {
        if (Stream.of(sources).anyMatch(f -> !f.error.get().isEmpty())) {
            return Optional.empty();
        }
        try {
            return Optional.of(factory.get());
        } catch (IllegalArgumentException e) { // NumberFormatException and InvalidSettingException
            return Optional.empty();
        }
    }
}
