package org.echolstm.ui.confusion;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.echolstm.training.Evaluation;
import org.echolstm.training.HeldOutSet;
import org.echolstm.training.TrainingSession;
import org.echolstm.ui.lesson.CurrentLesson;

import java.util.Optional;

/**
 * The confusion matrix tab: how often each expected value was answered with each value, on the
 * lesson's held-out set (the same samples as the held-out accuracy everywhere else). It computes
 * only while its tab is visible.
 */
public final class ConfusionViewModel {
    static final long REFRESH_INTERVAL_NANOS = 250_000_000L;

    private final CurrentLesson lesson;
    private final BooleanProperty visible = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Optional<Evaluation>> evaluation = new ReadOnlyObjectWrapper<>(Optional.empty());
    private boolean inFlight;
    private boolean pending;
    private long lastRefresh;

    public ConfusionViewModel(CurrentLesson lesson) {
        this.lesson = lesson;
        lesson.sessionProperty().addListener((obs, old, now) -> {
            evaluation.set(Optional.empty());
            refresh();
        });
        lesson.snapshotProperty().addListener((obs, old, now) -> {
            if (!lesson.runningProperty().get()) {
                refresh();
            }
        });
        visible.addListener((obs, old, now) -> refresh());
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    /** The model's answers on the held-out set, once computed. */
    public ReadOnlyObjectProperty<Optional<Evaluation>> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    /** While training runs and the tab is visible, refreshes a few times a second; called once a frame. */
    public void onFrame(long now) {
        if (lesson.runningProperty().get() && now - lastRefresh >= REFRESH_INTERVAL_NANOS) {
            lastRefresh = now;
            refresh();
        }
    }

    private void refresh() {
        Optional<TrainingSession> session = lesson.session();
        if (!visible.get() || session.isEmpty()) {
            return;
        }
        if (inFlight) {
            pending = true;
            return;
        }
        inFlight = true;
        lesson.executor().background(() -> session.get().withModel(HeldOutSet::evaluate), result -> {
            inFlight = false;
            if (lesson.session().equals(session)) {
                evaluation.set(Optional.of(result));
            }
            if (pending) {
                pending = false;
                refresh();
            }
        }, error -> inFlight = false);
    }
}
