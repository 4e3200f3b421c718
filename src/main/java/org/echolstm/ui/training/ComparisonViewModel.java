package org.echolstm.ui.training;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.echolstm.training.MetricHistory;
import org.echolstm.training.RnnComparison;
import org.echolstm.training.TrainingSession;
import org.echolstm.ui.lesson.CurrentLesson;

import java.util.Optional;

/**
 * View ▸ Compare with a plain RNN: while on, a plain RNN trains beside the lesson's LSTM on the
 * very same batches, and its curves are drawn over the LSTM's.
 */
public final class ComparisonViewModel {
    private final CurrentLesson lesson;
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private Optional<RnnComparison> comparison = Optional.empty();
    private Optional<TrainingSession> comparedSession = Optional.empty();
    /** The last plain RNN trained, and the session it was trained beside (kept when the comparison is turned off). */
    private Optional<RnnComparison> lastComparison = Optional.empty();
    private Optional<TrainingSession> lastSession = Optional.empty();

    public ComparisonViewModel(CurrentLesson lesson) {
        this.lesson = lesson;
        enabled.addListener((obs, old, now) -> restart());
        lesson.sessionProperty().addListener((obs, old, now) -> restart());
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** The plain RNN's curves while a comparison runs. */
    public Optional<MetricHistory> history() {
        return comparison.map(RnnComparison::history);
    }

    /** The plain RNN trained beside {@code session}'s LSTM: running now, or until the comparison was turned off. */
    public Optional<RnnComparison> trainedBeside(TrainingSession session) {
        return lastSession.filter(s -> s == session).flatMap(s -> lastComparison);
    }

    private void restart() {
        comparedSession.ifPresent(s -> comparison.ifPresent(s::removeListener));
        comparison = Optional.empty();
        comparedSession = Optional.empty();
        if (enabled.get()) {
            lesson.session().ifPresent(session -> {
                RnnComparison rnn = session.withModel(m -> new RnnComparison(m.task(), m.settings(),
                        session.settings(), m.samplesTrained()));
                session.addListener(rnn);
                comparison = Optional.of(rnn);
                comparedSession = Optional.of(session);
                lastComparison = comparison;
                lastSession = comparedSession;
            });
        }
    }
}
