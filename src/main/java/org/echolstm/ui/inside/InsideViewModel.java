package org.echolstm.ui.inside;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.echolstm.model.Ablation;
import org.echolstm.model.GateClamp;
import org.echolstm.model.LstmProbe;
import org.echolstm.training.Evaluation;
import org.echolstm.training.HeldOutSet;
import org.echolstm.training.ModelAccess;
import org.echolstm.training.TrainingSession;
import org.echolstm.training.RnnComparison;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.lesson.Refresher;
import org.echolstm.ui.lesson.Sample;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The Inside the LSTM tab: gates, cell and hidden state of every unit at every time step for the
 * sample on screen, each step's influence on the answer, and held-out accuracy with and without the
 * silenced units. It computes only while its tab is visible.
 */
public final class InsideViewModel {
    private final CurrentLesson lesson;
    private final ObservableValue<Optional<Sample>> sample;
    private final BooleanProperty visible = new SimpleBooleanProperty();
    private final ObjectProperty<GateClamp> clamp = new SimpleObjectProperty<>(GateClamp.NONE);
    private final ReadOnlyObjectWrapper<Optional<Inside>> inside = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final Refresher<Look> refresher;
    private final GradientFlowViewModel gradientFlow;

    /** The internals computed for a model and a sample (either may have changed since). */
    private record Look(Optional<ModelAccess> model, Optional<Sample> sample, Inside inside) {
    }

    /** Without a plain RNN trained beside the LSTM: the gradient flow compares with an untrained one. */
    public InsideViewModel(CurrentLesson lesson, ObservableValue<Optional<Sample>> sample) {
        this(lesson, sample, session -> Optional.empty());
    }

    /** @param comparison the plain RNN trained beside a session's LSTM, if there is one */
    public InsideViewModel(CurrentLesson lesson, ObservableValue<Optional<Sample>> sample,
                           Function<TrainingSession, Optional<RnnComparison>> comparison) {
        this.lesson = lesson;
        this.gradientFlow = new GradientFlowViewModel(lesson, sample, visible, comparison);
        this.sample = sample;
        refresher = new Refresher<>(lesson, this::work, this::show).follow(visible);
        clamp.addListener((obs, old, now) -> lesson.ablationProperty().set(lesson.ablationProperty().get().withClamp(now)));
        lesson.ablationProperty().addListener((obs, old, now) -> {
            clamp.set(now.clamp());
            refresh();
        });
        sample.addListener((obs, old, now) -> {
            inside.set(Optional.empty());
            refresh();
        });
        lesson.sessionProperty().addListener((obs, old, now) -> inside.set(Optional.empty()));
        lesson.shownModelProperty().addListener((obs, old, now) -> refresh());
    }

    /** Whether the tab is on screen; nothing is computed while it is not. */
    public BooleanProperty visibleProperty() {
        return visible;
    }

    public ReadOnlyObjectProperty<Optional<Inside>> insideProperty() {
        return inside.getReadOnlyProperty();
    }

    /** The size of the loss gradient at each step's input, the LSTM's beside a plain RNN's. */
    public ReadOnlyObjectProperty<Optional<GradientFlow>> gradientFlowProperty() {
        return gradientFlow.flowProperty();
    }

    /** A gate held fixed in every unit (a view of the model, which is not changed). */
    public ObjectProperty<GateClamp> clampProperty() {
        return clamp;
    }

    /** Silences a unit (or brings it back). */
    public void toggleUnit(int unit) {
        lesson.ablationProperty().set(lesson.ablationProperty().get().toggle(unit));
    }

    /** Brings every silenced unit back and releases a clamped gate. */
    public void restoreAll() {
        lesson.ablationProperty().set(Ablation.NONE);
    }

    /** While training runs and the tab is visible, refreshes a few times a second; called once a frame. */
    public void onFrame(long now) {
        refresher.onFrame(now);
        gradientFlow.onFrame(now);
    }

    private void refresh() {
        refresher.request();
    }

    private Optional<Callable<Look>> work() {
        Optional<ModelAccess> model = lesson.shownModel();
        Optional<Sample> shown = sample.getValue();
        if (!visible.get() || model.isEmpty() || shown.isEmpty()) {
            return Optional.empty();
        }
        Ablation ablation = lesson.ablationProperty().get();
        return Optional.of(() -> new Look(model, shown, look(model.get(), shown.get(), ablation)));
    }

    private void show(Look look) {
        if (lesson.shownModel().equals(look.model()) && sample.getValue().equals(look.sample())) {
            inside.set(Optional.of(look.inside()));
        }
    }

    /** The internals of the model on screen for the sample; runs in the background. */
    private static Inside look(ModelAccess model, Sample sample, Ablation ablation) {
        // Copy the weights under the lock, compute outside it.
        LstmProbe probe = model.withModel(LstmProbe::new).ablated(ablation);
        Evaluation plain = model.withModel(HeldOutSet::evaluate);
        double ablated = ablation.active()
                ? model.withModel(m -> HeldOutSet.evaluate(m, ablation)).accuracy()
                : plain.accuracy();
        return new Inside(probe.trace(sample.sequence()),
                probe.influence(sample.sequence()), sample.task().echoIndex(),
                ablation.silenced(), ablation.clamp(), plain.accuracy(), ablated);
    }
}
