package org.echolstm.ui.lesson;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.Ablation;
import org.echolstm.model.EchoModel;
import org.echolstm.training.MetricHistory;
import org.echolstm.training.TrainingFigures;
import org.echolstm.training.ModelAccess;
import org.echolstm.training.Snapshot;
import org.echolstm.training.Stop;
import org.echolstm.training.Storyline;
import org.echolstm.training.Timeline;
import org.echolstm.training.TrainingListener;
import org.echolstm.training.TrainingSession;
import org.echolstm.training.TrainingState;
import org.echolstm.ui.concurrent.TaskExecutor;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the window shows of the lesson: the training session (model and settings) mirrored onto the
 * UI thread, its curves and timeline, the metrics on screen, the moment replayed and the ablation.
 * Every feature of the window reads the model through here. The window's state is the session's
 * own {@link TrainingState}, plus the tasks in flight that the executor counts (a single step, a
 * file being read or written, a run whose end is not handled yet). The model on screen is the
 * session's, or, while the user replays a moment of the timeline, the model of that snapshot: the
 * panels ask {@link #shownModel()}, never the session directly. Which session it shows, and
 * whether a file holds its work, is {@link LessonLifecycle}'s to say.
 */
public final class CurrentLesson {
    /** Points per curve kept for the charts (older points are merged). */
    public static final int CHART_POINTS = 500;

    private final TaskExecutor executor;
    private final MetricHistory history = new MetricHistory(CHART_POINTS);
    private final Timeline timeline = new Timeline();
    private final Storyline storyline = new Storyline();
    private final ReadOnlyObjectWrapper<Optional<Snapshot>> replayed = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<ModelAccess>> shownModel = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final AtomicReference<TrainingFigures> latest = new AtomicReference<>();
    private final ReadOnlyObjectWrapper<Optional<TrainingSession>> session = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<TrainingState> state = new ReadOnlyObjectWrapper<>(TrainingState.READY);
    private final ReadOnlyObjectWrapper<Optional<TrainingFigures>> figures = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObjectProperty<Ablation> ablation = new SimpleObjectProperty<>(Ablation.NONE);
    private final BooleanBinding hasModel = Bindings.createBooleanBinding(() -> session.get().isPresent(), session);
    private final BooleanBinding busy;
    private final BooleanBinding running = state.isEqualTo(TrainingState.RUNNING);
    private final BooleanBinding paused = state.isEqualTo(TrainingState.PAUSED);
    private final BooleanBinding idle;

    private final TrainingListener bridge = new TrainingListener() {
        @Override
        public void onStep(TrainingFigures s) {
            latest.set(s); // picked up once a frame by showLatest()
        }

        @Override
        public void onHeldOut(TrainingFigures s) {
            latest.set(s); // a held-out figure measured apart from a step: on screen at the next frame
        }

        @Override
        public void onStateChanged(TrainingState newState) {
            executor.onUiThread(() -> state.set(newState));
        }
    };

    public CurrentLesson(TaskExecutor executor) {
        this.executor = executor;
        busy = executor.inFlight().workProperty().greaterThan(0);
        // A run whose end has not been handled yet holds the window, though the session may already say it finished.
        BooleanBinding runInFlight = executor.inFlight().runsProperty().greaterThan(0);
        idle = running.not().and(paused.not()).and(busy.not()).and(runInFlight.not());
        session.addListener((obs, old, now) -> backToNow());
        // Training again means looking at the model as it is now.
        state.addListener((obs, old, now) -> {
            if (now == TrainingState.RUNNING) {
                backToNow();
            }
        });
    }

    public TaskExecutor executor() {
        return executor;
    }

    // ---- the session --------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Optional<TrainingSession>> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public Optional<TrainingSession> session() {
        return session.get();
    }

    /** Makes {@code newSession} the lesson's session; {@code curves} restores its history (a lesson file). */
    void attach(TrainingSession newSession, Optional<MetricHistory.Curves> curves) {
        attach(newSession, curves, List.of(), List.of());
    }

    /** As {@link #attach(TrainingSession, Optional)}, with the timeline's snapshots and the storyline's stops (a lesson file). */
    void attach(TrainingSession newSession, Optional<MetricHistory.Curves> curves, List<Snapshot> snapshots,
                List<Stop> stops) {
        detach();
        history.clear();
        curves.ifPresent(history::restore);
        timeline.restore(snapshots);
        storyline.restore(stops);
        listenTo(newSession);
        TrainingFigures start = newSession.latest();
        latest.set(start);
        figures.set(Optional.of(start));
        state.set(newSession.state());
        ablation.set(Ablation.NONE);
        session.set(Optional.of(newSession));
    }

    /** Replaces the session's training settings, keeping its model, curves and counts. */
    void replaceKeepingModel(TrainingSession newSession) {
        session.get().ifPresent(this::stopListening);
        listenTo(newSession);
        state.set(newSession.state());
        session.set(Optional.of(newSession));
    }

    /** Forgets the model: no session, empty curves, no metrics. */
    void discard() {
        detach();
        history.clear();
        timeline.clear();
        storyline.clear();
        latest.set(null);
        figures.set(Optional.empty());
        state.set(TrainingState.READY);
        ablation.set(Ablation.NONE);
        session.set(Optional.empty());
    }

    private void detach() {
        session.get().ifPresent(old -> {
            old.stop();
            stopListening(old);
        });
    }

    private void listenTo(TrainingSession newSession) {
        newSession.withModel(model -> {
            model.useThreads(trainingThreads(model.threads()));
            return null;
        });
        newSession.addListener(history);
        newSession.addListener(bridge);
        timeline.follow(newSession);
    }

    /**
     * Threads a lesson's training steps may use, of the {@code allowed} a model may: all cores but
     * one, which stays with the window (its FX and render threads). On two cores, training on both
     * made the frame pulse's p99 30 ms against 23 ms, for 13 % more samples a second: more than
     * anyone can follow by eye anyway.
     */
    static int trainingThreads(int allowed) {
        return Math.max(1, Math.min(allowed, Runtime.getRuntime().availableProcessors() - 1));
    }

    private void stopListening(TrainingSession old) {
        old.removeListener(history);
        old.removeListener(bridge);
        timeline.unfollow();
    }

    /** The task of the model, when there is one. */
    public Optional<EchoTask> task() {
        return session.get().map(s -> s.withModel(EchoModel::task));
    }

    public MetricHistory history() {
        return history;
    }

    /** Units silenced and gates clamped on screen; every panel shows the model as ablated. */
    public ObjectProperty<Ablation> ablationProperty() {
        return ablation;
    }

    /** Snapshots of the parameters along the training, to replay a moment of it. */
    public Timeline timeline() {
        return timeline;
    }

    /** The stops the teacher tells the lesson's story by, each at a snapshot of the timeline. */
    public Storyline storyline() {
        return storyline;
    }

    // ---- the model on screen ------------------------------------------------------------------

    /** The model the panels show: the session's, or a snapshot's while one is replayed. */
    public ReadOnlyObjectProperty<Optional<ModelAccess>> shownModelProperty() {
        return shownModel.getReadOnlyProperty();
    }

    public Optional<ModelAccess> shownModel() {
        return shownModel.get();
    }

    /** The snapshot on screen while a moment of the timeline is replayed; empty while the model is live. */
    public ReadOnlyObjectProperty<Optional<Snapshot>> replayedProperty() {
        return replayed.getReadOnlyProperty();
    }

    /** Shows the model as it was at {@code snapshot} (a snapshot of this lesson's timeline); not while training runs. */
    public void replay(Snapshot snapshot) {
        Optional<TrainingSession> current = session.get();
        if (current.isEmpty() || running.get() || replayed.get().filter(s -> s == snapshot).isPresent()) {
            return;
        }
        ModelAccess replay = snapshot.replay(current.get().withModel(EchoModel::task),
                current.get().withModel(EchoModel::settings));
        replayed.set(Optional.of(snapshot));
        shownModel.set(Optional.of(replay));
    }

    /** Shows the live model again. */
    public void backToNow() {
        replayed.set(Optional.empty());
        shownModel.set(session.get().map(ModelAccess.class::cast));
    }

    // ---- state --------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public BooleanBinding hasModelProperty() {
        return hasModel;
    }

    /** Work in flight that the controls must wait for: a single step, a file, a catch-up (tasks that keep the lesson busy). */
    public BooleanBinding busyProperty() {
        return busy;
    }

    public BooleanBinding runningProperty() {
        return running;
    }

    public BooleanBinding pausedProperty() {
        return paused;
    }

    /** Nothing runs, pauses or is in flight: the task may change, files may be opened. */
    public BooleanBinding idleProperty() {
        return idle;
    }

    // ---- metrics on screen ----------------------------------------------------------------------

    /** The metrics on screen, updated at most once a frame ({@link #showLatest()}). */
    public ReadOnlyObjectProperty<Optional<TrainingFigures>> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** Moves the training thread's latest metrics onto the screen; true when they changed. */
    public boolean showLatest() {
        TrainingFigures s = latest.get();
        if (s != null && figures.get().orElse(null) != s) {
            show(s);
            return true;
        }
        return false;
    }

    /** Shows a snapshot at once (after a single step, or when a run ends). */
    public void show(TrainingFigures s) {
        latest.set(s);
        if (s.samplesSeen() != samplesShown()) {
            backToNow(); // the model trained on: what is on screen is now
        }
        figures.set(Optional.of(s));
    }

    /** Samples trained as the screen shows them (0 without a model). */
    public long samplesShown() {
        return figures.get().map(TrainingFigures::samplesSeen).orElse(0L);
    }
}
