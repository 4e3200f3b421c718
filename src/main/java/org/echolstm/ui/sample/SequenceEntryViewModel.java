package org.echolstm.ui.sample;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.InvalidSequenceException;
import org.echolstm.echo.SequenceText;
import org.echolstm.ui.I18n;
import org.echolstm.ui.lesson.Sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sequence field of the sample panel: a student types a sequence (as {@code predict --sequence}
 * takes it: values separated by spaces or commas) and shows it; it then is the sample on screen.
 * The field holds the sequence on screen, so that changing one value is a small edit. A sequence
 * the task cannot take is explained next to the field and the sample on screen stays.
 */
public final class SequenceEntryViewModel {
    private final SampleViewModel samples;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public SequenceEntryViewModel(SampleViewModel samples) {
        this.samples = samples;
        samples.sampleProperty().addListener((obs, old, now) -> follow(now));
        follow(samples.sampleProperty().get());
    }

    /** What is typed in the field. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the typed sequence cannot be shown, in the user's language; empty when it can. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Makes the typed sequence the sample on screen; false (and an explanation) when the task cannot take it. */
    public boolean show() {
        Optional<EchoTask> task = samples.sampleProperty().get().map(Sample::task);
        if (task.isEmpty()) {
            return false;
        }
        int[] sequence;
        try {
            sequence = SequenceText.parse(text.get(), task.get());
        } catch (InvalidSequenceException e) {
            error.set(explain(e, task.get()));
            return false;
        }
        samples.showSequence(sequence);
        return true;
    }

    private void follow(Optional<Sample> shown) {
        error.set("");
        shown.ifPresent(s -> text.set(SequenceText.format(s.sequence())));
    }

    /** The problem in the bundle's words, with the task's length and range. */
    static String explain(InvalidSequenceException e, EchoTask task) {
        List<Object> arguments = new ArrayList<>(e.details());
        arguments.add(Integer.toString(task.length()));
        arguments.add(Integer.toString(task.features() - 1));
        return I18n.t("sequence.error." + e.problem().name(), arguments.toArray());
    }
}
