package org.echolstm.ui.sample;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.Ablation;
import org.echolstm.model.LstmProbe;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Prediction;
import org.echolstm.training.ModelAccess;
import org.echolstm.training.Snapshot;
import org.echolstm.ui.DialogService;
import org.echolstm.ui.I18n;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.lesson.Refresher;
import org.echolstm.ui.lesson.RunErrors;
import org.echolstm.ui.lesson.Sample;
import org.echolstm.ui.parameters.ParametersViewModel;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The current sample: a sequence drawn for the task on screen, the model's answer for it (as
 * ablated, when units are silenced), and the table of recent predictions: one row per sample shown,
 * with its latest answer. The answer is computed in the background, one request at a time (a request
 * made meanwhile is sent when the answer comes).
 */
public final class SampleViewModel {
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
    private final Refresher<Answer> refresher;
    private final SequenceEntryViewModel entry;
    private final GuessFirstViewModel guessFirst;
    /** The sample the newest row is about. */
    private Sample listed;
    /** Whether the next answer also goes into the table (asked for since the last question was sent). */
    private boolean addNextToTable;

    public SampleViewModel(CurrentLesson lesson, ParametersViewModel parameters, DialogService dialogs) {
        this.lesson = lesson;
        this.dialogs = dialogs;
        this.refresher = new Refresher<>(lesson, this::question, this::answered, this::failed);
        this.parameters = parameters;
        lesson.sessionProperty().addListener((obs, old, now) -> {
            recentPredictions.clear();
            newSample();
        });
        // Without a model the sample follows the panes' task as it is typed.
        for (ParametersViewModel.Field field : parameters.fields()) {
            field.textProperty().addListener((obs, old, now) -> followPanes());
        }
        lesson.figuresProperty().addListener((obs, old, now) -> {
            if (!lesson.runningProperty().get()) {
                refresh(true); // a single step, a pause or the end of a run: the answer is final
            }
        });
        // A run's last figures may arrive before it is seen to end: its end asks once more.
        lesson.runningProperty().addListener((obs, was, now) -> {
            if (!now) {
                refresh(true);
            }
        });
        lesson.ablationProperty().addListener((obs, old, now) -> refresh(false));
        // Replaying a moment, or coming back to now, answers anew: the sample's row then says what the shown model says.
        lesson.shownModelProperty().addListener((obs, old, now) -> refresh(true));
        guessFirst = new GuessFirstViewModel(this, lesson.hasModelProperty());
        newSample();
        entry = new SequenceEntryViewModel(this);
    }

    /** The switch that hides the model's answer until the teacher reveals it. */
    public GuessFirstViewModel guessFirst() {
        return guessFirst;
    }

    /** Whether {@code row} is the answer for the sample on screen (the row guess first hides). */
    public boolean isShownSamplesRow(PredictionRow row) {
        return !recentPredictions.isEmpty() && recentPredictions.get(0) == row && listed != null
                && sample.get().orElse(null) == listed;
    }

    /** The field where a sequence is typed to become the sample on screen. */
    public SequenceEntryViewModel entry() {
        return entry;
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
        show(new Sample(task.get(), generator.nextSequence()));
    }

    /**
     * Makes {@code sequence} the sample on screen (a sequence the student typed) and asks the model
     * about it; it must fit the task on screen.
     */
    public void showSequence(int[] sequence) {
        Sample shown = sample.get().orElseThrow(() -> new IllegalStateException("no task on screen"));
        shown.task().requireValidSequence(sequence);
        show(new Sample(shown.task(), sequence.clone()));
    }

    private void show(Sample next) {
        sample.set(Optional.of(next));
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
        refresher.onFrame(now);
    }

    /** Asks the model about the sample on screen; {@code addToTable} also lists the answer. */
    public void refresh(boolean addToTable) {
        addNextToTable |= addToTable;
        refresher.request();
    }

    /** The model's answer for a sample (as ablated), how much each step drove it, and what it is for. */
    private record Answer(ModelAccess from, Sample asked, Prediction prediction, float[] influence,
                          long samplesSeen, boolean addToTable, boolean ablated) {
    }

    private Optional<Callable<Answer>> question() {
        Optional<ModelAccess> model = lesson.shownModel();
        Optional<Sample> shown = sample.get();
        boolean addToTable = addNextToTable;
        addNextToTable = false;
        if (model.isEmpty() || shown.isEmpty()) {
            return Optional.empty();
        }
        Optional<Snapshot> replayed = lesson.replayedProperty().get();
        long samplesSeen = replayed.map(Snapshot::samples).orElse(lesson.samplesShown());
        Ablation ablation = lesson.ablationProperty().get();
        int[] sequence = shown.get().sequence();
        // An ablated answer is a view of the model, not a new answer to list; a replayed one is the
        // model as it was, and its row says how far it had trained (the table kept the live answer
        // under a replayed verdict).
        boolean list = addToTable && !ablation.active();
        return Optional.of(() -> model.get().withModel(m -> new Answer(model.get(), shown.get(),
                m.predict(sequence, ablation), new LstmProbe(m).ablated(ablation).influence(sequence), samplesSeen, list,
                ablation.active())));
    }

    private void answered(Answer given) {
        if (lesson.shownModel().orElse(null) != given.from() || sample.get().orElse(null) != given.asked()) {
            return;
        }
        Prediction answer = given.prediction();
        influence.set(given.influence());
        prediction.set(Optional.of(answer));
        String said = I18n.t("verdict.prediction", Integer.toString(answer.predicted()),
                Integer.toString(answer.expected()), answer.correct() ? "✓" : "✗");
        verdict.set(given.ablated() ? I18n.t("verdict.ablated", said) : said);
        PredictionRow row = PredictionRow.of(answer, given.samplesSeen());
        // One row per sample shown: a later answer about it (a step, a pause, a run's end) replaces its row.
        if (given.addToTable() && !recentPredictions.isEmpty() && listed == given.asked()) {
            recentPredictions.set(0, row);
        } else if (given.addToTable()) {
            listed = given.asked(); // before the row is listed: its cells ask whose row it is
            recentPredictions.add(0, row);
            if (recentPredictions.size() > RECENT_PREDICTIONS) {
                recentPredictions.remove(RECENT_PREDICTIONS, recentPredictions.size());
            }
        }
    }

    private void failed(Throwable error) {
        dialogs.showError(I18n.t("dialog.error.prediction"), RunErrors.sentence(error), error);
    }
}
