package org.echolstm.ui.sample;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import org.echolstm.model.Prediction;
import org.echolstm.ui.I18n;
import org.echolstm.ui.lesson.Sample;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Guess first: while the switch is on, the model's answer for the sample on screen (the verdict,
 * the probabilities, its row's prediction) stays hidden until the teacher reveals it, so the class
 * guesses before the network answers. Every new sample starts hidden again. The teacher may type
 * the class's guess of the network's answer (the right value is on screen, in the heatmap: what is
 * worth guessing is what the network makes of it); on revealing, the tally says how often the class
 * foresaw the network's answer and how often the network was right ("class 3 of 4, network 2 of 4"),
 * for as long as the window is open.
 */
public final class GuessFirstViewModel {
    private final SampleViewModel sample;
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper();
    private final BooleanBinding hidden;
    private final StringProperty guessText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper guessError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tally = new ReadOnlyStringWrapper("");
    private final ObservableStringValue verdict;
    /** The class's guess for the sample on screen, until it is scored. */
    private OptionalInt guess = OptionalInt.empty();
    /** The sample whose guess was scored: each sample counts once. */
    private Sample scored;
    private int guesses;
    private int classRight;
    private int networkRight;

    /** {@code hasModel}: without a model there is no answer to hide, and the verdict says how to get one. */
    GuessFirstViewModel(SampleViewModel sample, ObservableBooleanValue hasModel) {
        this.sample = sample;
        hidden = enabled.and(revealed.not()).and(Bindings.createBooleanBinding(hasModel::get, hasModel));
        verdict = Bindings.createStringBinding(() -> hidden.get() ? I18n.t("guess.hidden") : sample.verdictProperty().get(),
                hidden, sample.verdictProperty());
        // Each sample, drawn or typed, starts hidden: the class guesses anew.
        sample.sampleProperty().addListener((obs, old, now) -> {
            revealed.set(false);
            guess = OptionalInt.empty();
            guessText.set("");
            guessError.set("");
        });
        enabled.addListener((obs, was, on) -> revealed.set(false));
        // The answer may come after the reveal (the model was still thinking): the guess is scored then.
        sample.predictionProperty().addListener((obs, old, now) -> score());
    }

    /** The switch: the menu item's check and the key G. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** Whether the model's answer for the sample on screen is hidden now. */
    public ObservableBooleanValue hiddenProperty() {
        return hidden;
    }

    public boolean hidden() {
        return hidden.get();
    }

    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** The verdict line as the class may see it: the model's, or that it is hidden. */
    public ObservableStringValue verdictProperty() {
        return verdict;
    }

    /** Shows the model's answer for the sample on screen (and scores a typed guess). */
    public void reveal() {
        if (hidden.get()) {
            revealed.set(true);
            score();
        }
    }

    /** The field where the teacher types the class's guess. */
    public StringProperty guessTextProperty() {
        return guessText;
    }

    /** Why the typed guess is not taken, or empty. */
    public ReadOnlyStringProperty guessErrorProperty() {
        return guessError.getReadOnlyProperty();
    }

    /**
     * Takes the typed guess (a value of the task) for the sample on screen and reveals the answer:
     * Enter in the field locks the guess in, and the network's answer follows.
     */
    public void submitGuess() {
        Optional<Sample> shown = sample.sampleProperty().get();
        if (!hidden.get() || shown.isEmpty()) {
            return;
        }
        int largest = shown.get().task().features() - 1;
        try {
            int value = Integer.parseInt(guessText.get().strip());
            if (value < 0 || value > largest) {
                throw new NumberFormatException();
            }
            guess = OptionalInt.of(value);
            guessError.set("");
            reveal();
        } catch (NumberFormatException notAValue) {
            guessError.set(I18n.t("guess.error", Integer.toString(largest)));
        }
    }

    /** "class 3 of 4, network 2 of 4", or empty before the first guess is scored. */
    public ReadOnlyStringProperty tallyProperty() {
        return tally.getReadOnlyProperty();
    }

    private void score() {
        Optional<Sample> shown = sample.sampleProperty().get();
        Optional<Prediction> answer = sample.predictionProperty().get();
        if (!revealed.get() || guess.isEmpty() || shown.isEmpty() || answer.isEmpty() || scored == shown.get()) {
            return;
        }
        scored = shown.get();
        guesses++;
        classRight += guess.getAsInt() == answer.get().predicted() ? 1 : 0;
        networkRight += answer.get().correct() ? 1 : 0;
        guess = OptionalInt.empty();
        tally.set(I18n.t("guess.tally", Integer.toString(classRight), Integer.toString(guesses),
                Integer.toString(networkRight)));
    }
}
