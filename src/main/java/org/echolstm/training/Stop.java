package org.echolstm.training;

import org.echolstm.echo.Bounds;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.GateClamp;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A stop of a lesson's storyline: a moment of the training (a kept snapshot, by its samples) with
 * the teacher's title and note, and what the window showed there: the tab, the sequence on screen,
 * the units silenced and the gate clamped. Going to a stop shows that moment as it was.
 *
 * @param samples  the samples trained at that moment: a snapshot of the lesson's timeline
 * @param title    a few words, shown large in presentation mode
 * @param note     the teacher's words for the class (may be empty)
 * @param view     the tab that was open
 * @param sequence the sequence on screen (as long as the task's sequences)
 * @param silenced the units silenced, ascending
 * @param clamp    the gate clamped ({@link GateClamp#NONE} for none)
 */
public record Stop(long samples, String title, String note, View view, int[] sequence, List<Integer> silenced,
                   GateClamp clamp) {
    public static final int MAX_TITLE = 120;
    public static final int MAX_NOTE = 2_000;

    /** The tabs of the window a stop can show. */
    public enum View { TRAINING, INSIDE, CONFUSION, EXPERIMENTS }

    public Stop {
        sequence = sequence.clone();
        silenced = List.copyOf(silenced);
    }

    @Override
    public int[] sequence() {
        return sequence.clone();
    }

    /** The units silenced as the model's {@link org.echolstm.model.Ablation} takes them. */
    public BitSet silencedUnits() {
        BitSet units = new BitSet();
        silenced.forEach(units::set);
        return units;
    }

    public Stop withTitle(String newTitle) {
        return new Stop(samples, newTitle, note, view, sequence, silenced, clamp);
    }

    public Stop withNote(String newNote) {
        return new Stop(samples, title, newNote, view, sequence, silenced, clamp);
    }

    /**
     * What in this stop no lesson of {@code task} with {@code units} units could show, named by its
     * place ({@code path}, e.g. "stops[2]"); empty when the stop is sound.
     */
    public Optional<String> problem(String path, EchoTask task, int units) {
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            return Optional.of(path + ".title must have 1 to " + MAX_TITLE + " characters");
        }
        if (note == null || note.length() > MAX_NOTE) {
            return Optional.of(path + ".note must have at most " + MAX_NOTE + " characters");
        }
        if (view == null || clamp == null) {
            return Optional.of(path + " lacks its " + (view == null ? "view" : "clamp"));
        }
        if (sequence.length != task.length()) {
            return Optional.of(path + ".sequence has " + sequence.length + " values; the task's sequences have "
                    + task.length());
        }
        for (int i = 0; i < sequence.length; i++) {
            Optional<String> problem = Bounds.problem(path + ".sequence[" + i + "]", sequence[i], 0, task.features() - 1);
            if (problem.isPresent()) {
                return problem;
            }
        }
        for (int i = 0; i < silenced.size(); i++) {
            Optional<String> problem = Bounds.problem(path + ".silenced[" + i + "]", silenced.get(i), 0, units - 1);
            if (problem.isPresent()) {
                return problem;
            }
            if (i > 0 && silenced.get(i) <= silenced.get(i - 1)) {
                return Optional.of(path + ".silenced is not in ascending order without repeats");
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Stop s && s.samples == samples && s.title.equals(title) && s.note.equals(note)
                && s.view == view && Arrays.equals(s.sequence, sequence) && s.silenced.equals(silenced) && s.clamp == clamp;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(samples) * 31 + Arrays.hashCode(sequence);
    }

    @Override
    public String toString() {
        return "Stop[" + samples + " samples, " + title + "]";
    }
}
