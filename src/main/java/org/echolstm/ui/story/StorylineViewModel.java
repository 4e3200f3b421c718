package org.echolstm.ui.story;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.value.ObservableValue;
import org.echolstm.model.Ablation;
import org.echolstm.training.Snapshot;
import org.echolstm.training.Stop;
import org.echolstm.training.Storyline;
import org.echolstm.ui.I18n;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.lesson.LessonLifecycle;
import org.echolstm.ui.lesson.Sample;
import org.echolstm.ui.status.StatusBarViewModel;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The lesson's storyline: stops the teacher adds at moments of the training, with a title and a
 * note, and goes through in class (Page Down / Page Up). A stop remembers what the window showed —
 * the tab, the sequence, the units silenced and the gate clamped — and going to it shows all of
 * that again, at its moment, with its title and note as a caption.
 */
public final class StorylineViewModel {
    private final CurrentLesson lesson;
    private final LessonLifecycle lifecycle;
    /** The sample on screen, and how to put a sequence there (it must fit the task on screen). */
    private final ObservableValue<Optional<Sample>> sample;
    private final Consumer<int[]> showSequence;
    private final StatusBarViewModel status;
    private final Storyline storyline;
    private final ObservableList<Stop> stops = FXCollections.observableArrayList();
    /** The stop on screen: its index, or -1 when the window shows something else. */
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final BooleanProperty captionShown = new SimpleBooleanProperty(true);
    /** The tab open in the window; the window keeps it in step with its tab strip. */
    private final ObjectProperty<Stop.View> view = new SimpleObjectProperty<>(Stop.View.TRAINING);
    private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canAdd;
    private final BooleanBinding canGo;
    private final BooleanBinding canNext;
    private final BooleanBinding canPrevious;
    private final BooleanBinding captionOnScreen;
    private final StringBinding captionTitle;
    private final StringBinding captionNote;
    private long shownVersion = -1;

    public StorylineViewModel(LessonLifecycle lifecycle, ObservableValue<Optional<Sample>> sample,
                              Consumer<int[]> showSequence, StatusBarViewModel status) {
        this.lesson = lifecycle.lesson();
        this.lifecycle = lifecycle;
        this.sample = sample;
        this.showSequence = showSequence;
        this.status = status;
        this.storyline = lesson.storyline();
        canAdd = lesson.hasModelProperty().and(adding.not());
        canGo = lesson.hasModelProperty().and(lesson.runningProperty().not()).and(Bindings.isNotEmpty(stops));
        canNext = canGo.and(current.lessThan(Bindings.size(stops).subtract(1)));
        canPrevious = canGo.and(current.isNotEqualTo(0));
        captionOnScreen = current.greaterThanOrEqualTo(0).and(captionShown);
        captionTitle = Bindings.createStringBinding(() -> currentStop()
                .map(s -> I18n.t("story.captionTitle", current.get() + 1, stops.size(), s.title())).orElse(""),
                current, stops);
        captionNote = Bindings.createStringBinding(() -> currentStop().map(Stop::note).orElse(""), current, stops);
        // Another moment, another tab, another sequence or ablation: the window no longer shows the stop.
        lesson.replayedProperty().addListener((obs, old, now) -> leaveUnless(now.map(Snapshot::samples)
                .filter(s -> currentStop().filter(stop -> stop.samples() == s).isPresent()).isPresent()));
        view.addListener((obs, old, now) -> leaveUnless(currentStop().filter(s -> s.view() == now).isPresent()));
        lesson.ablationProperty().addListener((obs, old, now) -> leaveUnless(currentStop()
                .filter(s -> s.silencedUnits().equals(now.silenced()) && s.clamp() == now.clamp()).isPresent()));
        sample.addListener((obs, old, now) -> leaveUnless(currentStop()
                .filter(s -> now.map(Sample::sequence).filter(q -> java.util.Arrays.equals(q, s.sequence())).isPresent())
                .isPresent()));
        lesson.sessionProperty().addListener((obs, old, now) -> update());
        update();
    }

    /** The stops, in the order they are told. */
    public ObservableList<Stop> stops() {
        return stops;
    }

    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Whether the caption of the stop on screen is shown (C hides and shows it). */
    public BooleanProperty captionShownProperty() {
        return captionShown;
    }

    /** Whether a caption is on screen: a stop is, and its caption is not hidden. */
    public BooleanBinding captionOnScreenProperty() {
        return captionOnScreen;
    }

    /** "2 of 3 · The forget gate": the stop on screen. */
    public StringBinding captionTitleProperty() {
        return captionTitle;
    }

    public StringBinding captionNoteProperty() {
        return captionNote;
    }

    public ObjectProperty<Stop.View> viewProperty() {
        return view;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public BooleanBinding canGoProperty() {
        return canGo;
    }

    public BooleanBinding canNextProperty() {
        return canNext;
    }

    public BooleanBinding canPreviousProperty() {
        return canPrevious;
    }

    /**
     * Adds a stop at the moment on screen, with what the window shows now: the moment replayed, or
     * now (marked on the timeline first, in the background). Its title is "Stop N" until renamed.
     */
    public void addStop() {
        if (!canAdd.get()) {
            return;
        }
        Optional<Snapshot> replayed = lesson.replayedProperty().get();
        Stop.View shownView = view.get();
        int[] sequence = sample.getValue().map(Sample::sequence).orElse(null);
        Ablation ablation = lesson.ablationProperty().get();
        if (sequence == null) {
            return;
        }
        adding.set(true);
        lesson.executor().background(() -> replayed.isPresent() ? lesson.timeline().keep(replayed.get().samples())
                : lesson.timeline().mark(), kept -> {
            adding.set(false);
            kept.ifPresent(moment -> {
                if (replayed.isPresent()) {
                    lesson.replay(moment); // the moment kept for good is the one on screen now
                }
                String title = I18n.t("story.defaultTitle", stops.size() + 1);
                Stop stop = new Stop(moment.samples(), title, "", shownView, sequence,
                        ablation.silenced().stream().boxed().toList(), ablation.clamp());
                if (!storyline.add(stop)) {
                    status.say(I18n.t("story.full", org.echolstm.training.LessonFiles.MAX_STOPS));
                    return;
                }
                lifecycle.marked();
                update();
                current.set(stops.size() - 1);
                status.say(I18n.t("story.added", title, I18n.count(moment.samples())));
            });
        }, error -> {
            adding.set(false);
            status.say(I18n.t("timeline.markFailed", String.valueOf(error.getMessage())));
        });
    }

    /** Shows stop {@code index} as it was: its moment, tab, sequence and ablation, with its caption. */
    public void goTo(int index) {
        if (!canGo.get() || index < 0 || index >= stops.size()) {
            return;
        }
        Stop stop = stops.get(index);
        Optional<Snapshot> moment = lesson.timeline().at(stop.samples());
        if (moment.isEmpty()) {
            status.say(I18n.t("story.momentMissing", stop.title()));
            return;
        }
        lesson.replay(moment.get());
        view.set(stop.view());
        lesson.ablationProperty().set(new Ablation(stop.silencedUnits(), stop.clamp()));
        try {
            showSequence.accept(stop.sequence());
        } catch (IllegalArgumentException | IllegalStateException e) {
            status.say(I18n.t("story.sequenceRefused", stop.title()));
        }
        current.set(index);
        status.say(I18n.t("story.shown", index + 1, stops.size(), stop.title()));
    }

    /** The next stop (the first when none is on screen). */
    public void next() {
        goTo(current.get() + 1);
    }

    /** The previous stop (the last when none is on screen). */
    public void previous() {
        goTo(current.get() < 0 ? stops.size() - 1 : current.get() - 1);
    }

    public void rename(int index, String title) {
        String trimmed = title.strip();
        if (index < 0 || index >= stops.size() || trimmed.isEmpty() || trimmed.equals(stops.get(index).title())) {
            return;
        }
        edit(() -> storyline.replace(index, stops.get(index).withTitle(
                trimmed.substring(0, Math.min(trimmed.length(), Stop.MAX_TITLE)))));
    }

    public void setNote(int index, String note) {
        if (index < 0 || index >= stops.size() || note.equals(stops.get(index).note())) {
            return;
        }
        edit(() -> storyline.replace(index, stops.get(index).withNote(note.substring(0, Math.min(note.length(),
                Stop.MAX_NOTE)))));
    }

    /** Moves stop {@code index} one place earlier ({@code by} -1) or later (+1) in the story. */
    public void move(int index, int by) {
        int to = index + by;
        if (index < 0 || index >= stops.size() || to < 0 || to >= stops.size()) {
            return;
        }
        int shown = current.get();
        edit(() -> storyline.move(index, to));
        current.set(shown == index ? to : shown == to ? index : shown);
    }

    /** Deletes stop {@code index}; its moment stays marked on the timeline. */
    public void delete(int index) {
        if (index < 0 || index >= stops.size()) {
            return;
        }
        int shown = current.get();
        edit(() -> storyline.remove(index));
        current.set(shown == index ? -1 : shown > index ? shown - 1 : shown);
    }

    /** Takes in a storyline changed elsewhere (a lesson opened); called once a frame. */
    public void onFrame(long now) {
        if (storyline.version() != shownVersion) {
            update();
        }
    }

    private void edit(Runnable change) {
        change.run();
        lifecycle.marked(); // unsaved work until a lesson file holds it
        update();
    }

    private void update() {
        shownVersion = storyline.version();
        List<Stop> now = storyline.stops();
        if (!now.equals(stops)) {
            int shown = current.get();
            current.set(-1); // the bindings must not see an index past the list while it changes
            stops.setAll(now);
            current.set(shown < stops.size() ? shown : -1);
        }
        if (lesson.session().isEmpty()) {
            current.set(-1);
        }
    }

    private Optional<Stop> currentStop() {
        int index = current.get();
        return index >= 0 && index < stops.size() ? Optional.of(stops.get(index)) : Optional.empty();
    }

    private void leaveUnless(boolean stillThere) {
        if (!stillThere) {
            current.set(-1);
        }
    }
}
