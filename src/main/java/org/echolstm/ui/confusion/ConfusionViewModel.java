package org.echolstm.ui.confusion;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.echolstm.model.Ablation;
import org.echolstm.training.Evaluation;
import org.echolstm.training.HeldOutSet;
import org.echolstm.training.ModelAccess;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.lesson.Refresher;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The confusion matrix tab: how often each expected value was answered with each value, on the
 * lesson's held-out set (the same samples as the held-out accuracy everywhere else). It computes
 * only while its tab is visible.
 */
public final class ConfusionViewModel {
    private final CurrentLesson lesson;
    private final BooleanProperty visible = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Optional<Evaluation>> evaluation = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final Refresher<Measured> refresher;

    /** An evaluation and the model it measured (a later session or another replayed moment makes it stale). */
    private record Measured(ModelAccess model, Ablation ablation, Evaluation evaluation) {
    }

    public ConfusionViewModel(CurrentLesson lesson) {
        this.lesson = lesson;
        refresher = new Refresher<>(lesson, this::work, this::show).follow(visible);
        lesson.sessionProperty().addListener((obs, old, now) -> {
            evaluation.set(Optional.empty());
            refresh();
        });
        lesson.shownModelProperty().addListener((obs, old, now) -> refresh());
        lesson.ablationProperty().addListener((obs, old, now) -> refresh());
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
        refresher.onFrame(now);
    }

    private void refresh() {
        refresher.request();
    }

    private Optional<Callable<Measured>> work() {
        Optional<ModelAccess> model = lesson.shownModel();
        if (!visible.get() || model.isEmpty()) {
            return Optional.empty();
        }
        ModelAccess measured = model.get();
        Ablation ablation = lesson.ablationProperty().get();
        return Optional.of(() -> new Measured(measured, ablation,
                measured.withModel(m -> HeldOutSet.evaluate(m, ablation))));
    }

    private void show(Measured result) {
        if (lesson.shownModel().orElse(null) == result.model() && lesson.ablationProperty().get().equals(result.ablation())) {
            evaluation.set(Optional.of(result.evaluation()));
        }
    }
}
