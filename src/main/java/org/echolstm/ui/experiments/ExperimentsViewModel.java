package org.echolstm.ui.experiments;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.echolstm.echo.Bounds;
import org.echolstm.echo.InvalidSettingException;
import org.echolstm.model.AtomicFiles;
import org.echolstm.training.StopRule;
import org.echolstm.training.experiments.Outcome;
import org.echolstm.training.experiments.RunSettings;
import org.echolstm.training.experiments.Sweep;
import org.echolstm.training.experiments.SweepPlan;
import org.echolstm.training.experiments.SweepPoint;
import org.echolstm.training.experiments.SweepSetting;
import org.echolstm.ui.DialogService;
import org.echolstm.ui.I18n;
import org.echolstm.ui.concurrent.TaskExecutor;
import org.echolstm.ui.parameters.ParametersViewModel;
import org.echolstm.ui.parameters.TypedNumber;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * The Experiments tab: what to vary over which values, how many seeds, the target and the cap;
 * runs a {@link Sweep} in the background with progress and cancel, and keeps its results for the
 * chart and for export. The settings not varied are the parameter panes'.
 */
public final class ExperimentsViewModel {
    private final Supplier<Optional<RunSettings>> baseSettings;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObjectProperty<SweepSetting> setting = new SimpleObjectProperty<>(SweepSetting.ECHO_DISTANCE);
    private final StringProperty values = new SimpleStringProperty();
    private final StringProperty seeds = new SimpleStringProperty(Integer.toString(SweepPlan.DEFAULT_SEEDS));
    private final StringProperty targetPercent = new SimpleStringProperty("99");
    private final StringProperty maxSamples = new SimpleStringProperty("50000");
    private final BooleanProperty withRnn = new SimpleBooleanProperty(true);

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<SweepPlan>> resultPlan = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<SweepPlan>> chartPlan = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<SweepPoint> results = FXCollections.observableArrayList();
    private Sweep current;

    /**
     * @param baseSettings the settings a sweep starts from (the parameter panes'), empty while they are invalid
     */
    public ExperimentsViewModel(Supplier<Optional<RunSettings>> baseSettings, TaskExecutor executor,
                                DialogService dialogs) {
        this.baseSettings = baseSettings;
        this.executor = executor;
        this.dialogs = dialogs;
        values.set(suggestedValues(SweepSetting.ECHO_DISTANCE));
        setting.addListener((obs, old, now) -> values.set(suggestedValues(now)));
    }

    /** The tab of the window: sweeps start from the parameter panes' settings. */
    public static ExperimentsViewModel of(ParametersViewModel parameters, TaskExecutor executor, DialogService dialogs) {
        return new ExperimentsViewModel(() -> parameters.task().flatMap(task -> parameters.modelSettings()
                .flatMap(model -> parameters.trainingSettings()
                        .map(training -> new RunSettings(task, model, training.batchSize())))), executor, dialogs);
    }

    /** Values that show something for each setting, inside the base task's limits. */
    String suggestedValues(SweepSetting chosen) {
        int length = baseSettings.get().map(s -> s.task().length()).orElse(10);
        return switch (chosen) {
            case ECHO_DISTANCE -> String.join(",", Arrays.stream(new int[] {0, 2, 4, 6, 8, 12, 16, 20})
                    .filter(d -> d < length).mapToObj(Integer::toString).toList());
            case LENGTH -> "5,10,15,20";
            case UNITS -> "5,10,25,50";
            case LEARNING_RATE -> "0.001,0.003,0.01,0.03";
            case BATCH -> "1,8,32,128";
            case OPTIMIZER -> "Adam,RMSProp,Nesterov,SGD";
        };
    }

    public ObjectProperty<SweepSetting> settingProperty() {
        return setting;
    }

    public StringProperty valuesProperty() {
        return values;
    }

    public StringProperty seedsProperty() {
        return seeds;
    }

    /** The held-out accuracy a run must reach, in percent. */
    public StringProperty targetPercentProperty() {
        return targetPercent;
    }

    public StringProperty maxSamplesProperty() {
        return maxSamples;
    }

    public BooleanProperty withRnnProperty() {
        return withRnn;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The share of runs done, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "run 7 of 18", what went wrong with the input, or how the last sweep ended. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The plan the results belong to (for the target and cap the chart shows). */
    public ReadOnlyObjectProperty<Optional<SweepPlan>> resultPlanProperty() {
        return resultPlan.getReadOnlyProperty();
    }

    /** The sweep the chart shows: the one running (no points yet), else the one whose results are kept; none after a cancel. */
    public ReadOnlyObjectProperty<Optional<SweepPlan>> chartPlanProperty() {
        return chartPlan.getReadOnlyProperty();
    }

    public ObservableList<SweepPoint> results() {
        return results;
    }

    /** Starts a sweep of the settings typed in; an input that does not make a sweep is explained instead. */
    public void run() {
        if (running.get()) {
            return;
        }
        Optional<SweepPlan> plan = plan();
        if (plan.isEmpty()) {
            return;
        }
        Sweep sweep = new Sweep(plan.get());
        current = sweep;
        running.set(true);
        progress.set(0);
        resultPlan.set(Optional.empty());
        results.clear();
        chartPlan.set(plan);
        int total = plan.get().runCount();
        message.set(I18n.t("experiments.progress", 0, total));
        executor.experiment(() -> sweep.run((done, all) -> executor.onUiThread(() -> {
            if (current == sweep) {
                progress.set((double) done / all);
                message.set(I18n.t("experiments.progress", Math.min(done + 1, all), all));
            }
        })), points -> finished(sweep, points), failure -> failed(sweep, failure));
    }

    /** Stops the running sweep; its results are dropped. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    private void finished(Sweep sweep, List<SweepPoint> points) {
        if (current != sweep) {
            return;
        }
        current = null;
        running.set(false);
        progress.set(1);
        resultPlan.set(Optional.of(sweep.plan()));
        results.setAll(points);
        chartPlan.set(Optional.of(sweep.plan()));
        message.set(I18n.t("experiments.done", sweep.plan().runCount()));
    }

    private void failed(Sweep sweep, Throwable failure) {
        if (current != sweep) {
            return;
        }
        current = null;
        running.set(false);
        progress.set(0);
        chartPlan.set(Optional.empty());
        if (failure instanceof CancellationException) {
            message.set(I18n.t("experiments.cancelled"));
        } else if (failure instanceof InvalidSettingException) {
            message.set(I18n.t("experiments.error.settings"));
        } else {
            message.set("");
            dialogs.showError(I18n.t("experiments.failed.title"), I18n.t("experiments.failed"), failure);
        }
    }

    /** The plan of the fields, or empty with the reason in {@link #messageProperty()}. */
    Optional<SweepPlan> plan() {
        Optional<RunSettings> base = baseSettings.get();
        if (base.isEmpty()) {
            message.set(I18n.t("experiments.fixParameters"));
            return Optional.empty();
        }
        // Each field checked here, in the window's language; the plan's own checks speak English.
        Optional<Long> seedCount = checked(TypedNumber.whole(I18n.t("experiments.seeds"), trimmed(seeds.get()),
                1, SweepPlan.MAX_SEEDS));
        Optional<Double> target = seedCount.flatMap(n -> checked(TypedNumber.decimal(I18n.t("experiments.target"),
                trimmed(targetPercent.get()).replace(',', '.'), 1, 100)));
        Optional<Long> cap = target.flatMap(t -> checked(TypedNumber.whole(I18n.t("experiments.cap"),
                trimmed(maxSamples.get()).replace(",", "").replace(".", "").replace(" ", ""), 1, StopRule.MAX_SAMPLES)));
        List<String> list = Arrays.stream(values.get() == null ? new String[0] : values.get().split("[,;\\s]+"))
                .filter(v -> !v.isBlank()).toList();
        if (cap.isEmpty() || !valuesFit(base.get(), list)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SweepPlan(base.get(), setting.get(), list, seedCount.get().intValue(),
                    target.get() / 100, cap.get(), withRnn.get()));
        } catch (InvalidSettingException e) {
            message.set(I18n.t("experiments.error.settings"));
            return Optional.empty();
        }
    }

    /** Whether every value typed can be used; otherwise the first that cannot is explained. */
    private boolean valuesFit(RunSettings base, List<String> list) {
        String label = I18n.t("experiments.values");
        if (list.isEmpty() || list.size() > SweepPlan.MAX_VALUES) {
            message.set(I18n.t("experiments.error.valueCount", label, SweepPlan.MAX_VALUES));
            return false;
        }
        SweepSetting varied = setting.get();
        for (String value : list) {
            try {
                varied.apply(base, value);
            } catch (InvalidSettingException e) {
                String allowed = varied.range(base)
                        .map(r -> I18n.t("experiments.allowed.range", TypedNumber.number(r.min()), TypedNumber.number(r.max())))
                        .orElse(I18n.t("experiments.allowed.optimizers"));
                message.set(I18n.t("experiments.error.value", label, value,
                        I18n.t("experiments.setting." + varied.name()), allowed));
                return false;
            }
        }
        return true;
    }

    /** The number typed, or empty with the field's name and range in {@link #messageProperty()}. */
    private <T> Optional<T> checked(TypedNumber<T> typed) {
        if (typed.value().isEmpty()) {
            message.set(typed.problem());
        }
        return typed.value();
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }

    /** The results as CSV: one row per value and network, the samples of each seed (empty: missed), median, min, max. */
    public String csv() {
        SweepPlan plan = resultPlan.get().orElseThrow(() -> new IllegalStateException("no results"));
        StringBuilder csv = new StringBuilder(plan.setting().key()).append(",network");
        for (int seed = 1; seed <= plan.seeds(); seed++) {
            csv.append(",seed ").append(seed);
        }
        csv.append(",median,min,max\n");
        for (SweepPoint point : results) {
            appendRow(csv, point.value(), "LSTM", point.lstm());
            point.rnn().ifPresent(rnn -> appendRow(csv, point.value(), "RNN", rnn));
        }
        return csv.toString();
    }

    private static void appendRow(StringBuilder csv, String value, String network, Outcome outcome) {
        csv.append(value).append(',').append(network);
        for (OptionalLong samples : outcome.samples()) {
            csv.append(',').append(samples.isPresent() ? Long.toString(samples.getAsLong()) : "");
        }
        OptionalDouble median = outcome.median();
        csv.append(',').append(median.isPresent() ? Bounds.format(median.getAsDouble()) : "")
                .append(',').append(text(outcome.min())).append(',').append(text(outcome.max())).append('\n');
    }

    private static String text(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "";
    }

    public boolean hasResults() {
        return resultPlan.get().isPresent();
    }

    public void exportCsv(Path file) {
        String text = csv();
        write(file, () -> AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8))));
    }

    /** Writes the chart's picture, made by the view. */
    public void exportImage(BufferedImage image, Path file) {
        write(file, () -> AtomicFiles.write(file, out -> ImageIO.write(image, "png", out)));
    }

    @FunctionalInterface
    private interface Write {
        void run() throws Exception;
    }

    private void write(Path file, Write write) {
        executor.files(() -> {
            write.run();
            return file;
        }, written -> message.set(I18n.t("status.exported", written.getFileName().toString())),
                failure -> dialogs.showError(I18n.t("experiments.failed.title"),
                        I18n.t("fileError.writeFailed", file.getFileName().toString()), failure));
    }
}
