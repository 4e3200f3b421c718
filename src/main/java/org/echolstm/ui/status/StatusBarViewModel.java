package org.echolstm.ui.status;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.echolstm.model.Ablation;
import org.echolstm.training.HeldOutSet;
import org.echolstm.training.TrainingFigures;
import org.echolstm.training.ModelAccess;
import org.echolstm.training.Snapshot;
import org.echolstm.ui.I18n;
import org.echolstm.ui.lesson.AblationWords;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.lesson.Refresher;
import org.echolstm.ui.lesson.StatusLine;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

/**
 * The status bar: one sentence about what just happened (any feature may say it) and the figures
 * of the model on screen - samples, samples per second, elapsed training time, held-out accuracy -
 * as the other panels show it: live, or the moment being replayed, with its silenced units and
 * clamped gate; the caption beside the accuracy says which.
 */
public final class StatusBarViewModel implements StatusLine {
    private final CurrentLesson lesson;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(I18n.t("status.noModel"));
    private final ReadOnlyStringWrapper samples = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper speed = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper heldOut = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper heldOutCaption = new ReadOnlyStringWrapper();
    /** The held-out accuracy of the shown model as ablated, once measured (only while an ablation is on). */
    private Optional<Ablated> ablated = Optional.empty();
    private final Refresher<Ablated> ablatedAccuracy;

    private record Ablated(ModelAccess model, Ablation ablation, double accuracy) {
    }

    public StatusBarViewModel(CurrentLesson lesson) {
        this.lesson = lesson;
        BooleanBinding ablating = Bindings.createBooleanBinding(() -> lesson.ablationProperty().get().active(),
                lesson.ablationProperty());
        ablatedAccuracy = new Refresher<>(lesson, this::measureAblated, measured -> {
            ablated = Optional.of(measured);
            showFigures();
        }).follow(ablating);
        lesson.figuresProperty().addListener((obs, old, now) -> showFigures());
        lesson.replayedProperty().addListener((obs, old, now) -> showFigures());
        lesson.runningProperty().addListener((obs, old, now) -> showFigures());
        lesson.shownModelProperty().addListener((obs, old, now) -> ablatedAccuracy.request());
        lesson.ablationProperty().addListener((obs, old, now) -> {
            showFigures();
            ablatedAccuracy.request();
        });
        // A discarded model takes what was said about it (opened, trained) along.
        lesson.sessionProperty().addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                say(I18n.t("status.noModel"));
            }
        });
        showFigures();
    }

    /** Says {@code text} in the status bar. */
    @Override
    public void say(String text) {
        message.set(text);
    }

    @Override
    public String said() {
        return message.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty samplesProperty() {
        return samples.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty heldOutProperty() {
        return heldOut.getReadOnlyProperty();
    }

    /** "held-out accuracy (1,000 samples)": how the figure beside it is measured, and of which model. */
    public ReadOnlyStringProperty heldOutCaptionProperty() {
        return heldOutCaption.getReadOnlyProperty();
    }

    /** The model on screen as ablated, measured in the background; nothing to do without an ablation. */
    private Optional<Callable<Ablated>> measureAblated() {
        Ablation ablation = lesson.ablationProperty().get();
        Optional<ModelAccess> model = lesson.shownModel();
        if (!ablation.active() || model.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(() -> new Ablated(model.get(), ablation,
                model.get().withModel(m -> HeldOutSet.evaluate(m, ablation)).accuracy()));
    }

    private void showFigures() {
        Optional<TrainingFigures> live = lesson.figuresProperty().get();
        Optional<Snapshot> replayed = lesson.replayedProperty().get();
        Ablation ablation = lesson.ablationProperty().get();
        samples.set(I18n.count(replayed.map(Snapshot::samples).orElse(live.map(TrainingFigures::samplesSeen).orElse(0L))));
        // Speed and time belong to the training as it is now; a replayed moment has neither.
        Optional<TrainingFigures> now = live.filter(s -> replayed.isEmpty());
        boolean running = lesson.runningProperty().get();
        speed.set(now.map(s -> running ? s.samplesPerSecond() : s.averageSamplesPerSecond()).filter(rate -> rate > 0)
                .map(rate -> String.format(I18n.locale(), "%,.0f/s", rate)).orElse("–"));
        elapsed.set(now.map(s -> clock(s.elapsedNanos())).orElse(replayed.isPresent() ? "–" : clock(0)));
        OptionalDouble accuracy;
        if (ablation.active()) {
            accuracy = ablated.filter(a -> a.ablation().equals(ablation) && lesson.shownModel().equals(Optional.of(a.model())))
                    .map(a -> OptionalDouble.of(a.accuracy())).orElse(OptionalDouble.empty());
        } else {
            accuracy = replayed.map(s -> OptionalDouble.of(s.heldOutAccuracy()))
                    .orElse(live.map(TrainingFigures::heldOutAccuracy).orElse(OptionalDouble.empty()));
        }
        heldOut.set(accuracy.isPresent() ? percent(accuracy.getAsDouble()) : "–");
        heldOutCaption.set(caption(replayed.isPresent(), ablation));
    }

    /** What the held-out figure is of: the live model, a replayed moment, an ablated one. */
    private static String caption(boolean replaying, Ablation ablation) {
        String held = I18n.count(HeldOutSet.DEFAULT_SAMPLES);
        if (ablation.active()) {
            return I18n.t("status.heldOutAblated", held, AblationWords.brief(ablation));
        }
        return replaying ? I18n.t("status.heldOutReplayed", held) : I18n.t("status.heldOutSamples", held);
    }

    /** Minutes, seconds and tenths, the tenths after the language's decimal separator: "1:15.3", "1:15,3". */
    public static String clock(long nanos) {
        long tenths = nanos / 100_000_000L;
        char separator = DecimalFormatSymbols.getInstance(I18n.locale()).getDecimalSeparator();
        return String.format(Locale.ROOT, "%d:%02d%c%d", tenths / 600, (tenths / 10) % 60, separator, tenths % 10);
    }

    /** "99.7 %", the figure and its unit held together by a no-break space. */
    public static String percent(double share) {
        return String.format(I18n.locale(), "%.1f\u00a0%%", share * 100);
    }
}
