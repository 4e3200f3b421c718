package org.echolstm.ui.status;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.echolstm.training.HeldOutSet;
import org.echolstm.training.MetricsSnapshot;
import org.echolstm.ui.I18n;
import org.echolstm.ui.lesson.CurrentLesson;

import java.util.Locale;
import java.util.Optional;

/**
 * The status bar: one sentence about what just happened (any feature may say it) and the figures
 * of the metrics on screen - samples, samples per second, elapsed training time, held-out accuracy.
 */
public final class StatusBarViewModel {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(I18n.t("status.noModel"));
    private final ReadOnlyStringWrapper samples = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper speed = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper heldOut = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper heldOutCaption = new ReadOnlyStringWrapper(
            I18n.t("status.heldOutSamples", I18n.count(HeldOutSet.DEFAULT_SAMPLES)));

    public StatusBarViewModel(CurrentLesson lesson) {
        lesson.snapshotProperty().addListener((obs, old, now) -> showFigures(now));
        // A discarded model takes what was said about it (opened, trained) along.
        lesson.sessionProperty().addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                say(I18n.t("status.noModel"));
            }
        });
        showFigures(Optional.empty());
    }

    /** Says {@code text} in the status bar. */
    public void say(String text) {
        message.set(text);
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

    /** "held-out accuracy (1,000 samples)": how the figure beside it is measured. */
    public ReadOnlyStringProperty heldOutCaptionProperty() {
        return heldOutCaption.getReadOnlyProperty();
    }

    private void showFigures(Optional<MetricsSnapshot> shown) {
        samples.set(I18n.count(shown.map(MetricsSnapshot::samplesSeen).orElse(0L)));
        speed.set(shown.filter(s -> s.samplesPerSecond() > 0)
                .map(s -> String.format(I18n.locale(), "%,.0f/s", s.samplesPerSecond())).orElse("–"));
        elapsed.set(clock(shown.map(MetricsSnapshot::elapsedNanos).orElse(0L)));
        heldOut.set(shown.flatMap(s -> s.heldOutAccuracy().isPresent()
                ? Optional.of(percent(s.heldOutAccuracy().getAsDouble())) : Optional.empty()).orElse("–"));
    }

    /** Minutes, seconds and tenths: "1:15.3". */
    public static String clock(long nanos) {
        long tenths = nanos / 100_000_000L;
        return String.format(Locale.ROOT, "%d:%02d.%d", tenths / 600, (tenths / 10) % 60, tenths % 10);
    }

    public static String percent(double share) {
        return String.format(I18n.locale(), "%.1f %%", share * 100);
    }
}
