package org.echolstm.ui.timeline;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.echolstm.training.Snapshot;
import org.echolstm.ui.I18n;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.lesson.LessonLifecycle;
import org.echolstm.ui.status.StatusBarViewModel;

import java.util.Optional;

/**
 * The timeline under the charts: a cursor through the snapshots kept along the training. Position
 * {@code i} replays snapshot {@code i}; the position after the last one ({@link #nowPosition()}) is
 * the live model. The cursor moves while training does not run; training again returns to now.
 */
public final class TimelineViewModel {
    private final CurrentLesson lesson;
    /** Told of each moment marked: it is unsaved work until a lesson file holds it. */
    private final LessonLifecycle lifecycle;
    private final StatusBarViewModel status;
    private final ObservableList<Snapshot> snapshots = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper marking = new ReadOnlyBooleanWrapper();
    private final BooleanBinding replaying;
    private final BooleanBinding canMove;
    private final BooleanBinding canEarlier;
    private final BooleanBinding canMark;
    private long shownVersion = -1;

    public TimelineViewModel(LessonLifecycle lifecycle, StatusBarViewModel status) {
        this.lesson = lifecycle.lesson();
        this.lifecycle = lifecycle;
        this.status = status;
        replaying = Bindings.createBooleanBinding(() -> lesson.replayedProperty().get().isPresent(),
                lesson.replayedProperty());
        canMove = lesson.hasModelProperty().and(lesson.runningProperty().not()).and(Bindings.isNotEmpty(snapshots));
        canEarlier = canMove.and(position.greaterThan(0));
        canMark = lesson.hasModelProperty().and(replaying.not()).and(marking.not());
        lesson.replayedProperty().addListener((obs, old, now) -> showCursor());
        lesson.sessionProperty().addListener((obs, old, now) -> update());
        update();
    }

    /** The snapshots the cursor moves through, oldest first. */
    public ObservableList<Snapshot> snapshots() {
        return snapshots;
    }

    /** The cursor: a snapshot's index, or {@link #nowPosition()} for the live model. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public int nowPosition() {
        return snapshots.size();
    }

    /** "Replaying: 3,200 samples, held-out 31 %", or what the timeline offers while the model is live. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Whether a moment of the past is on screen. */
    public BooleanBinding replayingProperty() {
        return replaying;
    }

    /** Whether the cursor may move (there are snapshots and training does not run). */
    public BooleanBinding canMoveProperty() {
        return canMove;
    }

    public BooleanBinding canEarlierProperty() {
        return canEarlier;
    }

    public BooleanBinding canLaterProperty() {
        return replaying;
    }

    public BooleanBinding canMarkProperty() {
        return canMark;
    }

    /** The samples the live model has trained. */
    public long nowSamples() {
        return lesson.session().map(s -> s.latest().samplesSeen()).orElse(0L);
    }

    /** The samples at a cursor position: a snapshot's, or the live model's at {@link #nowPosition()}. */
    public long samplesAt(int cursor) {
        return cursor >= 0 && cursor < snapshots.size() ? snapshots.get(cursor).samples() : nowSamples();
    }

    /** The cursor position whose samples are nearest to {@code samples} (now wins a tie). */
    public int positionNearest(double samples) {
        int best = nowPosition();
        double bestDistance = Math.abs(nowSamples() - samples);
        for (int i = 0; i < snapshots.size(); i++) {
            double distance = Math.abs(snapshots.get(i).samples() - samples);
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Moves the cursor: to a snapshot, or to {@link #nowPosition()} for the live model. */
    public void moveTo(int newPosition) {
        if (!canMove.get()) {
            showCursor();
            return;
        }
        int p = Math.max(0, Math.min(newPosition, nowPosition()));
        if (p == nowPosition()) {
            lesson.backToNow();
        } else {
            lesson.replay(snapshots.get(p));
        }
        showCursor();
    }

    public void earlier() {
        int earlier = position.get() - 1;
        // A run that ends at a measurement keeps a moment equal to now: ← goes past it (it showed the same).
        if (position.get() == nowPosition() && earlier > 0 && snapshots.get(earlier).samples() == lesson.samplesShown()) {
            earlier--;
        }
        moveTo(earlier);
    }

    public void later() {
        moveTo(position.get() + 1);
    }

    public void backToNow() {
        lesson.backToNow();
    }

    /** Keeps a snapshot of the model as it is now, with its held-out accuracy, for good (measured in the background). */
    public void mark() {
        if (!canMark.get()) {
            return;
        }
        marking.set(true);
        lesson.executor().background(() -> lesson.timeline().mark(), marked -> {
            marking.set(false);
            update();
            marked.ifPresent(s -> {
                lifecycle.marked();
                status.say(I18n.t("timeline.marked", I18n.count(s.samples()),
                        StatusBarViewModel.percent(s.heldOutAccuracy())));
            });
        }, error -> {
            marking.set(false);
            status.say(I18n.t("timeline.markFailed", String.valueOf(error.getMessage())));
        });
    }

    /** Takes in the snapshots kept since the last frame; called once a frame. */
    public void onFrame(long now) {
        if (lesson.timeline().version() != shownVersion) {
            update();
        }
    }

    private void update() {
        shownVersion = lesson.timeline().version();
        snapshots.setAll(lesson.timeline().snapshots());
        showCursor();
    }

    /** Puts the cursor and the text where the lesson is: at the snapshot replayed, or at now. */
    private void showCursor() {
        Optional<Snapshot> replayed = lesson.replayedProperty().get();
        int index = replayed.map(snapshots::indexOf).orElse(-1);
        position.set(index >= 0 ? index : nowPosition());
        text.set(replayed.map(s -> I18n.t(s.marked() ? "timeline.replayingMarked" : "timeline.replaying",
                I18n.count(s.samples()), StatusBarViewModel.percent(s.heldOutAccuracy())))
                .orElse(snapshots.isEmpty() ? I18n.t("timeline.none") : I18n.t("timeline.live", snapshots.size())));
    }
}
