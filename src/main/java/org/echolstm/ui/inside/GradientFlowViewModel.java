package org.echolstm.ui.inside;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.InputGradients;
import org.echolstm.model.Ablation;
import org.echolstm.model.LstmProbe;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.PlainRnn;
import org.echolstm.training.RnnComparison;
import org.echolstm.training.ModelAccess;
import org.echolstm.training.TrainingSession;
import org.echolstm.ui.I18n;
import org.echolstm.ui.lesson.AblationWords;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.lesson.Refresher;
import org.echolstm.ui.lesson.Sample;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The gradient flow chart of the Inside tab: for the sample on screen, how large the loss gradient
 * with respect to each step's input is in the lesson's LSTM and in a plain RNN of the same size:
 * the one trained beside it when the comparison is or was on, otherwise a freshly initialised one
 * of the same seed. Computed in the background, only while the tab is visible.
 */
public final class GradientFlowViewModel {
    private final CurrentLesson lesson;
    private final ObservableValue<Optional<Sample>> sample;
    private final ObservableValue<Boolean> visible;
    private final Function<TrainingSession, Optional<RnnComparison>> comparison;
    private final ReadOnlyObjectWrapper<Optional<GradientFlow>> flow = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final Refresher<Result> refresher;
    /** The freshly initialised plain RNN's gradient for the last task and settings asked (made once each). */
    private Optional<Untrained> untrained = Optional.empty();

    private record Result(Optional<ModelAccess> model, Optional<Sample> sample, GradientFlow flow) {
    }

    private record Untrained(EchoTask task, ModelSettings settings, InputGradients gradient) {
    }

    /**
     * @param comparison the plain RNN trained beside a session's LSTM, if there is one
     */
    public GradientFlowViewModel(CurrentLesson lesson, ObservableValue<Optional<Sample>> sample,
                                 ObservableValue<Boolean> visible,
                                 Function<TrainingSession, Optional<RnnComparison>> comparison) {
        this.lesson = lesson;
        this.sample = sample;
        this.visible = visible;
        this.comparison = comparison;
        refresher = new Refresher<>(lesson, this::work, this::show).follow(visible);
        sample.addListener((obs, old, now) -> {
            flow.set(Optional.empty());
            refresher.request();
        });
        lesson.shownModelProperty().addListener((obs, old, now) -> {
            flow.set(Optional.empty());
            refresher.request();
        });
        lesson.ablationProperty().addListener((obs, old, now) -> refresher.request());
    }

    /** The two series for the sample on screen (empty while hidden, without a model or before the first answer). */
    public ReadOnlyObjectProperty<Optional<GradientFlow>> flowProperty() {
        return flow.getReadOnlyProperty();
    }

    /** Refreshes a few times a second while training runs and the tab is visible; called once a frame. */
    public void onFrame(long now) {
        refresher.onFrame(now);
    }

    private Optional<Callable<Result>> work() {
        Optional<ModelAccess> model = lesson.shownModel(); // live, or the moment being replayed
        Optional<Sample> shown = sample.getValue();
        if (!visible.getValue() || model.isEmpty() || shown.isEmpty()) {
            return Optional.empty();
        }
        Optional<RnnComparison> rnn = lesson.session().flatMap(comparison);
        return Optional.of(() -> new Result(model, shown, compute(model.get(), shown.get(), rnn)));
    }

    private void show(Result result) {
        if (lesson.shownModel().equals(result.model()) && sample.getValue().equals(result.sample())) {
            flow.set(Optional.of(result.flow()));
        }
    }

    /** Both series for the sample; runs in the background. */
    private GradientFlow compute(ModelAccess model, Sample shown, Optional<RnnComparison> rnn) {
        int[] sequence = shown.sequence();
        int target = shown.expected();
        Ablation ablation = lesson.ablationProperty().get();
        double[] lstm = model.withModel(LstmProbe::new).ablated(ablation).gradientNorms(sequence, target);
        if (rnn.isPresent()) {
            RnnComparison.TrainedGradient trained = rnn.get().inputGradient();
            return new GradientFlow(lstm, trained.gradient().norms(sequence, target), shown.task().echoIndex(),
                    OptionalLong.of(trained.samplesTrained()), lstmName(ablation));
        }
        ModelSettings settings = model.withModel(m -> m.settings());
        return new GradientFlow(lstm, untrained(shown.task(), settings).norms(sequence, target),
                shown.task().echoIndex(), OptionalLong.empty(), lstmName(ablation));
    }

    /** "LSTM", or "LSTM, 2 units silenced": the series says which model it is of. */
    private static String lstmName(Ablation ablation) {
        return ablation.active() ? I18n.t("gradient.lstmAblated", AblationWords.of(ablation)) : I18n.t("gradient.lstm");
    }

    private synchronized InputGradients untrained(EchoTask task, ModelSettings settings) {
        if (untrained.isEmpty() || !untrained.get().task().equals(task) || !untrained.get().settings().equals(settings)) {
            untrained = Optional.of(new Untrained(task, settings, new PlainRnn(task, settings).inputGradient()));
        }
        return untrained.get().gradient();
    }
}
