package org.echolstm.ui.training;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.training.TrainingFigures;
import org.echolstm.training.StopReason;
import org.echolstm.training.StopRule;
import org.echolstm.training.TrainingSession;
import org.echolstm.training.TrainingState;
import org.echolstm.ui.DialogService;
import org.echolstm.ui.I18n;
import org.echolstm.ui.concurrent.BackgroundTask;
import org.echolstm.ui.concurrent.TaskExecutor.Lane;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.lesson.LessonLifecycle;
import org.echolstm.ui.lesson.RunErrors;
import org.echolstm.ui.parameters.ParametersViewModel;
import org.echolstm.ui.status.StatusBarViewModel;

import java.util.Arrays;
import java.util.Optional;

/**
 * Train, pause, resume, step, stop and reset: the training controls. A run goes to the training
 * lane, a single step to the background lane. Which control may act follows the session's own
 * state ({@link CurrentLesson#stateProperty()}).
 */
public final class TrainingViewModel {
    private final CurrentLesson lesson;
    private final LessonLifecycle lifecycle;
    private final ParametersViewModel parameters;
    private final DialogService dialogs;
    private final StatusBarViewModel status;
    /** Steps per second while training (0: full speed). */
    private final DoubleProperty pace = new SimpleDoubleProperty(0);
    private final BooleanBinding canTrain;
    private final BooleanBinding canPause;
    private final BooleanBinding canResume;
    private final BooleanBinding canStep;
    private final BooleanBinding canStop;
    private final BooleanBinding canReset;

    public TrainingViewModel(LessonLifecycle lifecycle, ParametersViewModel parameters, DialogService dialogs,
                             StatusBarViewModel status) {
        this.lesson = lifecycle.lesson();
        this.lifecycle = lifecycle;
        this.parameters = parameters;
        this.dialogs = dialogs;
        this.status = status;
        canTrain = lesson.idleProperty().and(parameters.validProperty());
        canPause = lesson.runningProperty();
        canResume = lesson.pausedProperty().and(lesson.busyProperty().not());
        canStep = canTrain.or(canResume);
        canStop = lesson.runningProperty().or(lesson.pausedProperty());
        canReset = lesson.idleProperty().and(lesson.hasModelProperty());
        pace.addListener((obs, old, now) -> lesson.session().ifPresent(s -> s.setPace(now.doubleValue())));
        lesson.sessionProperty().addListener((obs, old, now) -> now.ifPresent(s -> s.setPace(pace.get())));
        parameters.validProperty().addListener((obs, old, now) -> sayWhyTrainIsOff());
        for (ParametersViewModel.Field field : parameters.fields()) {
            field.errorProperty().addListener((obs, old, now) -> sayWhyTrainIsOff());
        }
        // A preset that needs a new model for a trained one asks first; saving first, it is chosen again once written.
        parameters.setPresetGuard(chosen -> lifecycle.allowsPreset(chosen, () -> parameters.presetProperty().set(chosen)));
        lesson.stateProperty().addListener((obs, old, now) -> {
            if (now == TrainingState.PAUSED) {
                lesson.showLatest();
                status.say(I18n.t("status.pausedAt", I18n.count(lesson.samplesShown())));
                measurePaused();
            }
        });
    }

    public DoubleProperty paceProperty() {
        return pace;
    }

    public BooleanBinding canTrainProperty() {
        return canTrain;
    }

    public BooleanBinding canPauseProperty() {
        return canPause;
    }

    public BooleanBinding canResumeProperty() {
        return canResume;
    }

    /** Pause while running, resume while paused. */
    public BooleanBinding canTogglePauseProperty() {
        return canPause.or(canResume);
    }

    public BooleanBinding canStepProperty() {
        return canStep;
    }

    public BooleanBinding canStopProperty() {
        return canStop;
    }

    public BooleanBinding canResetProperty() {
        return canReset;
    }

    /** "Pause" or "Resume", whichever the pause control does now. */
    public StringBinding pauseTextProperty() {
        return Bindings.when(canResume).then(I18n.t("button.resume")).otherwise(I18n.t("button.pause"));
    }

    /** While a field is wrong, the status bar says which and why (Train is off until it is fixed). */
    private void sayWhyTrainIsOff() {
        if (!lesson.idleProperty().get()) {
            return;
        }
        parameters.fields().stream().filter(f -> !f.errorProperty().get().isEmpty()).findFirst().ifPresentOrElse(
                field -> status.say(I18n.t("status.fixToTrain", field.label(), field.errorProperty().get())),
                () -> status.say(lesson.hasModelProperty().get() ? I18n.t("status.ready") : I18n.t("status.noModel")));
    }

    // ---- commands ---------------------------------------------------------------------------

    /** Starts training (creating the model if needed); asks first if that discards a model. */
    public void train() {
        if (canTrain.get()) {
            startTraining();
        }
    }

    private void startTraining() {
        if (!canTrain.get() || !prepareSession(this::startTraining) || !stopRuleLeavesWork()) {
            return;
        }
        TrainingSession session = lesson.session().orElseThrow();
        session.begin();
        EchoTask task = session.withModel(EchoModel::task);
        // A long lag takes long: say what to expect instead of a bare "Training…" while nothing seems to happen.
        status.say(task.length() - 1 - task.echoIndex() >= LONG_LAG ? I18n.t("status.trainingLongLag")
                : I18n.t("status.training"));
        lesson.executor().submit(Lane.TRAINING, BackgroundTask.of(() -> {
            StopReason reason = session.run();
            measureHeldOut(session);
            return reason;
        }).isRun()
                .onSuccess(reason -> finished(session, reason))
                .onFailure(error -> failed(I18n.t("dialog.error.training"), error)));
    }

    public void pause() {
        if (canPause.get()) {
            lesson.session().orElseThrow().pause();
            status.say(I18n.t("status.pausing"));
        }
    }

    public void resume() {
        if (canResume.get()) {
            lesson.session().orElseThrow().resume();
            status.say(I18n.t("status.training"));
        }
    }

    public void togglePause() {
        if (canPause.get()) {
            pause();
        } else {
            resume();
        }
    }

    /** Trains one batch in the background, then shows its loss and the size of the weight update. */
    public void step() {
        if (canStep.get()) {
            startStep();
        }
    }

    private void startStep() {
        boolean paused = canResume.get();
        if (!canStep.get() || (!paused && !prepareSession(this::startStep))) {
            return;
        }
        TrainingSession session = lesson.session().orElseThrow();
        double[] updateSize = new double[1];
        lesson.executor().submit(Lane.BACKGROUND, BackgroundTask.of(() -> {
            session.step();
            updateSize[0] = session.withModel(EchoModel::lastUpdateSize);
            return measureHeldOut(session);
        }).keepsBusy().onSuccess(stepped -> {
            status.say(I18n.t("status.stepDetails", I18n.count(stepped.samplesSeen()),
                    String.format(I18n.locale(), "%.4f", stepped.loss()),
                    String.format(I18n.locale(), "%.4f", updateSize[0])));
            lesson.show(stepped);
        }).onFailure(error -> failed(I18n.t("dialog.error.step"), error)));
    }

    public void stop() {
        if (canStop.get()) {
            TrainingSession session = lesson.session().orElseThrow();
            session.resume();
            session.stop();
            status.say(I18n.t("status.stopping"));
        }
    }

    /** Discards the weights (asking first) and starts again from fresh ones: empty charts, no figures. */
    public void resetWeights() {
        if (canReset.get() && dialogs.confirm(I18n.t("dialog.reset.title"),
                I18n.t("dialog.reset.message", I18n.count(lesson.samplesShown())), I18n.t("dialog.reset.confirm"))) {
            lifecycle.discard();
            status.say(I18n.t("status.noModel"));
        }
    }

    /** Steps between the echoed value and the answer from which training takes tens of thousands of samples. */
    static final int LONG_LAG = 15;

    /** Targets offered when the current one is reached: each a step closer to every answer right. */
    private static final double[] TARGETS = {0.5, 0.75, 0.9, 0.95, 0.99, 0.995, 0.999, 1.0};

    /**
     * A model that already meets its stop rule would train a moment and stop again without a word:
     * say so, and offer to continue to the next target (or another as many samples).
     */
    private boolean stopRuleLeavesWork() {
        TrainingSession session = lesson.session().orElseThrow();
        StopRule rule = session.settings().stopRule();
        TrainingFigures now = session.latest();
        if (rule.hasTarget() && now.heldOutAccuracy().isPresent()
                && now.heldOutAccuracy().getAsDouble() >= rule.targetAccuracy()) {
            double reached = now.heldOutAccuracy().getAsDouble();
            double next = Arrays.stream(TARGETS).filter(t -> t > reached).findFirst().orElse(Double.NaN);
            if (Double.isNaN(next)) {
                status.say(I18n.t("status.perfect"));
                return false;
            }
            String nextText = StatusBarViewModel.percent(next);
            if (!dialogs.confirm(I18n.t("dialog.target.title"), I18n.t("dialog.target.message",
                    StatusBarViewModel.percent(reached), StatusBarViewModel.percent(rule.targetAccuracy()), nextText),
                    I18n.t("dialog.target.confirm", nextText))) {
                return false;
            }
            parameters.stopAtAccuracy(next);
        } else if (rule.hasSampleLimit() && now.samplesSeen() >= rule.maxSamples()) {
            long more = rule.maxSamples();
            long to = now.samplesSeen() + more;
            if (!dialogs.confirm(I18n.t("dialog.limit.title"), I18n.t("dialog.limit.message", I18n.count(more),
                    I18n.count(to)), I18n.t("dialog.limit.confirm", I18n.count(to)))) {
                return false;
            }
            parameters.stopAfterSamples(to);
        } else {
            return true;
        }
        return prepareSession(this::startTraining);
    }

    // ---- internals --------------------------------------------------------------------------

    /**
     * Makes sure a session exists for the panes' settings (see {@link LessonLifecycle#prepare}):
     * saving first, {@code again} runs once the lesson is written.
     */
    private boolean prepareSession(Runnable again) {
        return lifecycle.prepare(parameters.task().orElseThrow(), parameters.modelSettings().orElseThrow(),
                parameters.trainingSettings().orElseThrow(), again);
    }

    /**
     * The session's latest metrics with the held-out accuracy of the model as it is now: training
     * measures it only every few hundred samples, and once training stops the status bar must show
     * the figure of the model that the other panels show.
     */
    private static TrainingFigures measureHeldOut(TrainingSession session) {
        if (!session.latest().heldOutFresh()) {
            session.evaluateHeldOut();
        }
        return session.latest();
    }

    /**
     * Paused between two of the run's measurements, the held-out figure on screen would be that of
     * an earlier model than the one the panels show: measured now, as at the end of a run.
     */
    private void measurePaused() {
        Optional<TrainingSession> paused = lesson.session().filter(s -> !s.latest().heldOutFresh());
        paused.ifPresent(session -> {
            lesson.executor().submit(Lane.BACKGROUND, BackgroundTask.of(() -> measureHeldOut(session)).keepsBusy()
                    .onSuccess(measured -> {
                        if (lesson.session().orElse(null) == session && lesson.pausedProperty().get()) {
                            lesson.show(measured);
                        }
                    }));
        });
    }

    private void finished(TrainingSession session, StopReason reason) {
        TrainingFigures last = session.latest();
        if (lesson.session().orElse(null) == session) {
            lesson.show(last);
        }
        status.say(switch (reason) {
            case STOPPED -> I18n.t("status.stopped");
            case DIVERGED -> I18n.t("status.diverged", I18n.count(last.samplesSeen()));
            default -> I18n.t("status.finished", I18n.t("reason." + reason.name()));
        });
    }

    private void failed(String title, Throwable error) {
        status.say(title);
        dialogs.showError(title, RunErrors.sentence(error), error);
    }
}
