package org.echolstm.ui.sample;

import org.echolstm.model.Prediction;
import org.echolstm.ui.I18n;
import org.echolstm.ui.MainViewModel;
import org.echolstm.ui.ScriptedDialogs;
import org.echolstm.ui.SmallLessons;
import org.echolstm.ui.lesson.Sample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Guess first hides the model's answer until it is revealed, and keeps the class's tally, without a window. */
class GuessFirstViewModelTest {
    private final MainViewModel vm = SmallLessons.window(new ScriptedDialogs(), 512);
    private final SampleViewModel sample = vm.sample();
    private final GuessFirstViewModel guess = sample.guessFirst();

    @BeforeEach
    void trained() {
        vm.training().train();
    }

    private Sample shown() {
        return sample.sampleProperty().get().orElseThrow();
    }

    private Prediction answer() {
        return sample.predictionProperty().get().orElseThrow();
    }

    @Test
    void offTheAnswerIsShownAsBefore() {
        assertThat(guess.hidden()).isFalse();
        assertThat(guess.verdictProperty().get()).isEqualTo(sample.verdictProperty().get()).isNotEqualTo(I18n.t("guess.hidden"));
        assertThat(sample.isShownSamplesRow(sample.recentPredictions().get(0))).isTrue();
    }

    @Test
    void onTheAnswerIsHiddenUntilRevealedAndEachNewSampleStartsHidden() {
        String modelVerdict = sample.verdictProperty().get();

        guess.enabledProperty().set(true);
        assertThat(guess.hidden()).isTrue();
        assertThat(guess.verdictProperty().get()).isEqualTo(I18n.t("guess.hidden")).doesNotContain(modelVerdict);

        guess.reveal();
        assertThat(guess.hidden()).isFalse();
        assertThat(guess.verdictProperty().get()).isEqualTo(modelVerdict);

        sample.newSample();
        assertThat(guess.hidden()).as("a new sample starts hidden").isTrue();
        guess.reveal();
        vm.training().step();
        assertThat(guess.hidden()).as("a step keeps the same sample, revealed").isFalse();

        sample.showSequence(shown().sequence());
        assertThat(guess.hidden()).as("a typed sequence is a new sample").isTrue();
        vm.training().step();
        assertThat(guess.hidden()).as("a step keeps the answer hidden").isTrue();

        guess.enabledProperty().set(false);
        assertThat(guess.hidden()).isFalse();
        assertThat(guess.verdictProperty().get()).isEqualTo(sample.verdictProperty().get());
    }

    @Test
    void onlyTheShownSamplesRowIsTheOneToHide() {
        guess.enabledProperty().set(true);
        PredictionRow earlier = sample.recentPredictions().get(0);

        sample.newSample();

        assertThat(sample.isShownSamplesRow(sample.recentPredictions().get(0))).isTrue();
        assertThat(sample.recentPredictions().get(1)).isEqualTo(earlier);
        assertThat(sample.isShownSamplesRow(sample.recentPredictions().get(1))).isFalse();
    }

    @Test
    void aTypedGuessRevealsTheAnswerAndTheTallyCountsTheClassForeseeingItAndTheNetworkBeingRight() {
        guess.enabledProperty().set(true);
        int foreseen = answer().predicted();
        boolean networkRight = answer().correct();

        guess.guessTextProperty().set(" " + foreseen + " ");
        guess.submitGuess();

        assertThat(guess.hidden()).isFalse();
        int network = networkRight ? 1 : 0;
        assertThat(guess.tallyProperty().get()).isEqualTo(I18n.t("guess.tally", "1", "1", Integer.toString(network)));

        guess.submitGuess(); // revealed: the same sample counts once
        sample.newSample();
        assertThat(guess.guessTextProperty().get()).isEmpty();
        int wrong = (answer().predicted() + 1) % SmallLessons.TASK.features();
        network += answer().correct() ? 1 : 0;
        guess.guessTextProperty().set(Integer.toString(wrong));
        guess.submitGuess();

        assertThat(guess.tallyProperty().get()).isEqualTo(I18n.t("guess.tally", "1", "2", Integer.toString(network)));
    }

    @Test
    void withoutAModelThereIsNothingToHide() {
        MainViewModel fresh = SmallLessons.window(new ScriptedDialogs(), 512);
        GuessFirstViewModel untrained = fresh.sample().guessFirst();

        untrained.enabledProperty().set(true);

        assertThat(untrained.hidden()).isFalse();
        assertThat(untrained.verdictProperty().get()).isEqualTo(I18n.t("verdict.noModel"));
        fresh.training().step();
        assertThat(untrained.hidden()).as("the first answer is hidden").isTrue();
    }

    @Test
    void aGuessThatIsNoValueOfTheTaskIsRefusedAndTheAnswerStaysHidden() {
        guess.enabledProperty().set(true);

        for (String typed : new String[] {"", "x", "-1", Integer.toString(SmallLessons.TASK.features())}) {
            guess.guessTextProperty().set(typed);
            guess.submitGuess();
            assertThat(guess.hidden()).as(typed).isTrue();
            assertThat(guess.guessErrorProperty().get()).as(typed)
                    .isEqualTo(I18n.t("guess.error", Integer.toString(SmallLessons.TASK.features() - 1)));
        }
        assertThat(guess.tallyProperty().get()).isEmpty();

        guess.reveal(); // revealed without a guess: nothing to count
        assertThat(guess.tallyProperty().get()).isEmpty();
    }
}
