package org.echolstm.ui.sample;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Prediction;
import org.echolstm.training.TrainingSession;
import org.echolstm.ui.DialogService;
import org.echolstm.ui.I18n;
import org.echolstm.ui.lesson.Ablation;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.lesson.Sample;
import org.echolstm.ui.parameters.ParametersViewModel;

import java.util.Optional;

/**
 * The current sample: a sequence drawn for the task on screen, the model's answer for it (as
 * ablated, when units are silenced), and the table of recent predictions. The answer is computed
 * in the background, one request at a time (a request made meanwhile is sent when the answer comes).
 */
public final class SampleViewModel {
    static final long REFRESH_INTERVAL_NANOS = 250_000_000L;
    public static final int RECENT_PREDICTIONS = 20;
    private static final long SAMPLE_SEED_SALT = 0x2545F4914F6CDD1DL;

    private final CurrentLesson lesson;
    private final ParametersViewModel parameters;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<Optional<Sample>> sample = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Prediction>> prediction = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<float[]> influence = new ReadOnlyObjectWrapper<>(new float[0]);
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ObservableList<PredictionRow> recentPredictions = FXCollections.observableArrayList();
    private SequenceGenerator generator;
    private boolean inFlight;
    private boolean pending;
    private boolean pendingAddsToTable;
    private long lastRefresh;

    public SampleViewModel(CurrentLesson lesson, ParametersViewModel parameters, DialogService dialogs) {
        this.lesson = lesson;
        this.dialogs = dialogs;
        this.parameters = parameters;
        lesson.sessionProperty().addListener((obs, old, now) -> {
            recentPredictions.clear();
            newSample();
        });
        // Without a model the sample follows the panes' task as it is typed.
        for (ParametersViewModel.Field field : parameters.fields()) {
            field.textProperty().addListener((obs, old, now) -> followPanes());
        }
        lesson.snapshotProperty().addListener((obs, old, now) -> {
            if (!lesson.runningProperty().get()) {
                refresh(true); // a single step, a pause or the end of a run: the answer is final
            }
        });
        lesson.ablationProperty().addListener((obs, old, now) -> refresh(false));
        newSample();
    }

    public ReadOnlyObjectProperty<Optional<Sample>> sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Prediction>> predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    /** How much each time step drives the answer (empty until the model has answered). */
    public ReadOnlyObjectProperty<float[]> influenceProperty() {
        return influence.getReadOnlyProperty();
    }

    /** "predicted 14, expected 14 ✓" for the sample on screen, or what to do to get one. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ObservableList<PredictionRow> recentPredictions() {
        return recentPredictions;
    }

    /** Draws a fresh sample of the task on screen and asks the model about it. */
    public void newSample() {
        Optional<EchoTask> task = lesson.task().or(parameters::task);
        if (task.isEmpty()) {
            return;
        }
        if (generator == null || !generator.task().equals(task.get())) {
            long seed = parameters.modelSettings().map(ModelSettings::seed).orElse(1L);
            generator = new SequenceGenerator(task.get(), seed ^ SAMPLE_SEED_SALT);
        }
        sample.set(Optional.of(new Sample(task.get(), generator.nextSequence())));
        prediction.set(Optional.empty());
        influence.set(new float[0]);
        verdict.set(lesson.hasModelProperty().get() ? "" : I18n.t("verdict.noModel"));
        refresh(true);
    }

    private void followPanes() {
        if (lesson.hasModelProperty().get()) {
            return;
        }
        Optional<EchoTask> task = parameters.task();
        if (task.isPresent() && !task.equals(sample.get().map(Sample::task))) {
            newSample();
        }
    }

    /** While training runs, the answer is refreshed a few times a second; called once a frame. */
    public void onFrame(long now) {
        if (lesson.runningProperty().get() && now - lastRefresh >= REFRESH_INTERVAL_NANOS) {
            lastRefresh = now;
            refresh(false);
        }
    }

    /** Asks the model about the sample on screen; {@code addToTable} also lists the answer. */
    public void refresh(boolean addToTable) {
        Optional<TrainingSession> session = lesson.session();
        Optional<Sample> shown = sample.get();
        if (session.isEmpty() || shown.isEmpty()) {
            return;
        }
        if (inFlight) {
            pending = true;
            pendingAddsToTable |= addToTable;
            return;
        }
        inFlight = true;
        long samplesSeen = lesson.samplesShown();
        Ablation ablation = lesson.ablationProperty().get();
        int[] sequence = shown.get().sequence();
        lesson.executor().background(() -> session.get().withModel(m -> new Answer(ablation.predict(m, sequence),
                        ablation.influence(m, sequence))),
                answer -> answered(session.get(), shown.get(), answer, samplesSeen, addToTable && !ablation.active(),
                        ablation.active()),
                error -> {
                    inFlight = false;
                    dialogs.showError(I18n.t("dialog.error.prediction"),
                            I18n.t("dialog.error.something", String.valueOf(error.getMessage())), error);
                });
    }

    /** The model's answer for the sample, and how much each step drove it. */
    private record Answer(Prediction prediction, float[] influence) {
    }

    private void answered(TrainingSession from, Sample asked, Answer given, long samplesSeen,
                          boolean addToTable, boolean ablated) {
        inFlight = false;
        Prediction answer = given.prediction();
        if (lesson.session().orElse(null) == from && sample.get().orElse(null) == asked) {
            influence.set(given.influence());
            prediction.set(Optional.of(answer));
            String said = I18n.t("verdict.prediction", Integer.toString(answer.predicted()),
                    Integer.toString(answer.expected()), answer.correct() ? "✓" : "✗");
            verdict.set(ablated ? I18n.t("verdict.ablated", said) : said);
            if (addToTable) {
                recentPredictions.add(0, PredictionRow.of(answer, samplesSeen));
                if (recentPredictions.size() > RECENT_PREDICTIONS) {
                    recentPredictions.remove(RECENT_PREDICTIONS, recentPredictions.size());
                }
            }
        }
        if (pending) {
            boolean add = pendingAddsToTable;
            pending = false;
            pendingAddsToTable = false;
            refresh(add);
        }
    }
}
