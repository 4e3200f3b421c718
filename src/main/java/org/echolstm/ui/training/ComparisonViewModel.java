package org.echolstm.ui.training;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.echolstm.model.EchoModel;
import org.echolstm.training.MetricHistory;
import org.echolstm.training.RnnComparison;
import org.echolstm.training.TrainingSession;
import org.echolstm.ui.I18n;
import org.echolstm.ui.concurrent.BackgroundTask;
import org.echolstm.ui.concurrent.TaskExecutor.Lane;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.status.StatusBarViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * View ▸ Compare with a plain RNN: while on, a plain RNN trains beside the lesson's LSTM on the
 * very same batches, and its curves are drawn over the LSTM's.
 *
 * <p>Switched on for an LSTM that has already trained, the plain RNN first catches up: it trains
 * on the samples the LSTM has seen, from the first, while the status bar says how far it got and
 * the LSTM waits (a run pauses and goes on afterwards). A teacher turns the comparison on after
 * showing the LSTM learn; retraining the LSTM from scratch to see the contrast would lose the
 * lesson, and a note that it will work "from the next Train" would leave the chart that should
 * show the difference without it. On the engine the plain RNN takes about a second for 20,000
 * samples.
 */
public final class ComparisonViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ComparisonViewModel.class);
    private final CurrentLesson lesson;
    private final StatusBarViewModel status;
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private Optional<RnnComparison> comparison = Optional.empty();
    private Optional<TrainingSession> comparedSession = Optional.empty();
    /** The last plain RNN trained, and the session it was trained beside (kept when the comparison is turned off). */
    private Optional<RnnComparison> lastComparison = Optional.empty();
    private Optional<TrainingSession> lastSession = Optional.empty();
    /** The catch-up under way, if any; cancelled when the comparison is turned off or the lesson changes. */
    private Optional<BackgroundTask<Long>> catchUp = Optional.empty();


    public ComparisonViewModel(CurrentLesson lesson, StatusBarViewModel status) {
        this.lesson = lesson;
        this.status = status;
        enabled.addListener((obs, old, now) -> restart());
        lesson.sessionProperty().addListener((obs, old, now) -> restart());
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** The plain RNN's curves while a comparison runs (growing while it catches up). */
    public Optional<MetricHistory> history() {
        return comparison.map(RnnComparison::history);
    }

    /** The plain RNN trained beside {@code session}'s LSTM: running now, or until the comparison was turned off. */
    public Optional<RnnComparison> trainedBeside(TrainingSession session) {
        return lastSession.filter(s -> s == session).flatMap(s -> lastComparison);
    }

    private void restart() {
        comparedSession.ifPresent(s -> comparison.ifPresent(s::removeListener));
        catchUp.ifPresent(BackgroundTask::cancel);
        catchUp = Optional.empty();
        comparison = Optional.empty();
        comparedSession = Optional.empty();
        if (enabled.get()) {
            lesson.session().ifPresent(session -> {
                RnnComparison rnn = session.withModel(m -> new RnnComparison(m.task(), m.settings(),
                        session.settings(), 0));
                comparison = Optional.of(rnn);
                comparedSession = Optional.of(session);
                lastComparison = comparison;
                lastSession = comparedSession;
                if (session.latest().samplesSeen() == 0 && !lesson.runningProperty().get()) {
                    session.addListener(rnn);
                } else {
                    catchUp(session, rnn);
                }
            });
        }
    }

    /**
     * Trains {@code rnn} on what the LSTM has seen (a run pauses first), then lets it train beside
     * the LSTM and lets a paused run go on. Train, Step and Resume wait for it.
     */
    private void catchUp(TrainingSession session, RnnComparison rnn) {
        boolean wasRunning = lesson.runningProperty().get();
        if (wasRunning) {
            session.pause();
        }
        status.say(I18n.t("status.rnnCatchingUp", I18n.count(0), I18n.count(session.latest().samplesSeen())));
        BackgroundTask<Long> task = BackgroundTask.<Long>reporting(self -> {
            session.pauseNow();
            long target = session.withModel(EchoModel::samplesTrained);
            BooleanSupplier stop = () -> self.isCancelled() || Thread.currentThread().isInterrupted();
            rnn.catchUp(target, session.settings().batchSize(), stop, done -> self.updateProgress(done, target));
            return target;
        }).keepsBusy();
        catchUp = Optional.of(task);
        task.onProgress((done, target) -> status.say(I18n.t("status.rnnCatchingUp", I18n.count(done), I18n.count(target))))
                .onSuccess(target -> {
                    session.addListener(rnn); // before the run goes on, or it would train batches the RNN misses
                    status.say(I18n.t("status.rnnCaughtUp", I18n.count(target)));
                }).onFailure(error -> {
                    LOG.error("The plain RNN could not catch up", error);
                    status.say(I18n.t("status.rnnFailed"));
                }).onFinished(() -> caughtUp(task, session, wasRunning));
        lesson.executor().submit(Lane.EXPERIMENT, task);
    }

    private void caughtUp(BackgroundTask<Long> task, TrainingSession session, boolean wasRunning) {
        if (catchUp.orElse(null) == task) {
            catchUp = Optional.empty();
        }
        if (wasRunning && lesson.session().orElse(null) == session) {
            session.resume();
        }
    }
}
