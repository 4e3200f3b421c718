package org.echolstm.ui.story;

import org.echolstm.model.Ablation;
import org.echolstm.model.GateClamp;
import org.echolstm.training.Snapshot;
import org.echolstm.training.Stop;
import org.echolstm.ui.MainViewModel;
import org.echolstm.ui.ScriptedDialogs;
import org.echolstm.ui.SmallLessons;
import org.echolstm.ui.lesson.CurrentLesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.BitSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The storyline without a window: stops remember what was on screen, come back as they were, and travel in the lesson file. */
class StorylineViewModelTest {
    private static final long LIMIT = 4096;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MainViewModel vm = SmallLessons.trained(dialogs, LIMIT);
    private final CurrentLesson lesson = vm.lesson();
    private final StorylineViewModel story = vm.story();

    private int[] sequenceOnScreen() {
        return vm.sample().sampleProperty().get().orElseThrow().sequence();
    }

    /** Replays kept moment {@code position}, sets the screen up and adds a stop there. */
    private Stop stopAt(int position, Stop.View view, int[] sequence, Ablation ablation, String title, String note) {
        vm.timeline().onFrame(0);
        vm.timeline().moveTo(position);
        story.viewProperty().set(view);
        vm.sample().showSequence(sequence);
        lesson.ablationProperty().set(ablation);
        story.addStop();
        int index = story.stops().size() - 1;
        story.rename(index, title);
        story.setNote(index, note);
        return story.stops().get(index);
    }

    private static Ablation silenced(int unit, GateClamp clamp) {
        BitSet units = new BitSet();
        units.set(unit);
        return new Ablation(units, clamp);
    }

    @Test
    void aStopRemembersTheMomentTheTabTheSequenceAndTheAblation() {
        vm.timeline().onFrame(0);
        Snapshot second = vm.timeline().snapshots().get(1);
        Stop stop = stopAt(1, Stop.View.INSIDE, new int[] {3, 2, 1, 0}, silenced(2, GateClamp.FORGET_OPEN),
                "The forget gate", "Watch unit 2.");

        assertThat(stop.samples()).isEqualTo(second.samples());
        assertThat(stop.view()).isEqualTo(Stop.View.INSIDE);
        assertThat(stop.sequence()).containsExactly(3, 2, 1, 0);
        assertThat(stop.silenced()).containsExactly(2);
        assertThat(stop.clamp()).isEqualTo(GateClamp.FORGET_OPEN);
        // Kept for good: the moment a stop is at is marked, so the timeline never drops it.
        assertThat(lesson.timeline().at(second.samples()).orElseThrow().marked()).isTrue();
        assertThat(story.currentProperty().get()).isZero();
        assertThat(story.captionTitleProperty().get()).isEqualTo("1 of 1 · The forget gate");
        assertThat(vm.lifecycle().hasUnsavedWork()).isTrue();
    }

    @Test
    void goingToAStopShowsItAsItWasAndLeavingItHidesTheCaption() {
        stopAt(1, Stop.View.INSIDE, new int[] {3, 2, 1, 0}, silenced(2, GateClamp.NONE), "First", "One.");
        stopAt(4, Stop.View.CONFUSION, new int[] {0, 0, 1, 1}, Ablation.NONE, "Second", "Two.");
        vm.timeline().backToNow();
        lesson.ablationProperty().set(Ablation.NONE);
        vm.sample().newSample();
        assertThat(story.currentProperty().get()).isEqualTo(-1);
        assertThat(story.captionOnScreenProperty().get()).isFalse();

        story.next();

        assertThat(story.currentProperty().get()).isZero();
        assertThat(lesson.replayedProperty().get().orElseThrow().samples()).isEqualTo(story.stops().get(0).samples());
        assertThat(story.viewProperty().get()).isEqualTo(Stop.View.INSIDE);
        assertThat(sequenceOnScreen()).containsExactly(3, 2, 1, 0);
        assertThat(lesson.ablationProperty().get().silenced().stream().toArray()).containsExactly(2);
        assertThat(story.captionOnScreenProperty().get()).isTrue();
        assertThat(story.captionNoteProperty().get()).isEqualTo("One.");

        story.next();
        assertThat(story.currentProperty().get()).isEqualTo(1);
        assertThat(story.viewProperty().get()).isEqualTo(Stop.View.CONFUSION);
        assertThat(lesson.ablationProperty().get().active()).isFalse();
        assertThat(story.canNextProperty().get()).isFalse();

        story.previous();
        assertThat(story.currentProperty().get()).isZero();

        story.captionShownProperty().set(false);
        assertThat(story.captionOnScreenProperty().get()).isFalse();
        story.captionShownProperty().set(true);
        vm.sample().newSample(); // the screen no longer shows the stop
        assertThat(story.currentProperty().get()).isEqualTo(-1);
        assertThat(story.captionOnScreenProperty().get()).isFalse();
    }

    @Test
    void stopsAreRenamedReorderedAndDeleted() {
        stopAt(1, Stop.View.TRAINING, new int[] {1, 1, 1, 1}, Ablation.NONE, "A", "");
        stopAt(2, Stop.View.TRAINING, new int[] {2, 2, 2, 2}, Ablation.NONE, "B", "");
        stopAt(3, Stop.View.TRAINING, new int[] {3, 3, 3, 3}, Ablation.NONE, "C", "");

        story.move(2, -1);
        assertThat(story.stops()).extracting(Stop::title).containsExactly("A", "C", "B");
        story.rename(0, "  Start  ");
        story.delete(1);
        assertThat(story.stops()).extracting(Stop::title).containsExactly("Start", "B");
        story.rename(1, "   "); // a blank title is not taken
        assertThat(story.stops().get(1).title()).isEqualTo("B");
        story.move(0, -1); // nothing before the first
        assertThat(story.stops()).extracting(Stop::title).containsExactly("Start", "B");
    }

    @Test
    void theStoryTravelsInTheLessonFile(@TempDir Path folder) {
        stopAt(1, Stop.View.INSIDE, new int[] {3, 2, 1, 0}, silenced(2, GateClamp.INPUT_CLOSED), "First", "Line one\nline two");
        stopAt(5, Stop.View.TRAINING, new int[] {0, 1, 2, 3}, Ablation.NONE, "Second", "");
        Path file = folder.resolve("story.echolesson");
        vm.files().saveLesson(file);
        assertThat(vm.lifecycle().hasUnsavedWork()).isFalse();

        MainViewModel other = SmallLessons.window(new ScriptedDialogs(), LIMIT);
        other.files().openLesson(file);
        StorylineViewModel opened = other.story();
        opened.onFrame(0);
        other.timeline().onFrame(0);

        assertThat(opened.stops()).containsExactlyElementsOf(story.stops());
        opened.goTo(0);
        assertThat(other.lesson().replayedProperty().get().orElseThrow().samples())
                .isEqualTo(story.stops().get(0).samples());
        assertThat(other.sample().sampleProperty().get().orElseThrow().sequence()).containsExactly(3, 2, 1, 0);
        assertThat(other.lesson().ablationProperty().get().clamp()).isEqualTo(GateClamp.INPUT_CLOSED);
        assertThat(opened.captionNoteProperty().get()).isEqualTo("Line one\nline two");
    }
}
