package org.echolstm.ui.sample;

import org.echolstm.echo.SequenceText;
import org.echolstm.model.EchoModel;
import org.echolstm.model.LstmProbe;
import org.echolstm.ui.I18n;
import org.echolstm.ui.MainViewModel;
import org.echolstm.ui.ScriptedDialogs;
import org.echolstm.ui.SmallLessons;
import org.echolstm.ui.lesson.Sample;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A sequence typed into the sample panel becomes the sample on screen, or is explained next to the field. */
class SequenceEntryViewModelTest {
    private static final long LIMIT = 512;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MainViewModel vm = SmallLessons.trained(dialogs, LIMIT);
    private final SampleViewModel sample = vm.sample();
    private final SequenceEntryViewModel entry = sample.entry();

    private Sample shown() {
        return sample.sampleProperty().get().orElseThrow();
    }

    private EchoModel model() {
        return vm.lesson().session().orElseThrow().modelCopy();
    }

    @Test
    void theFieldHoldsTheSequenceOnScreen() {
        int[] sequence = shown().sequence();
        assertThat(entry.textProperty().get()).isEqualTo(sequence[0] + " " + sequence[1] + " " + sequence[2] + " "
                + sequence[3]);

        sample.newSample();

        assertThat(entry.textProperty().get().split(" ")).hasSize(4);
        assertThat(entry.textProperty().get()).isEqualTo(SequenceText.format(shown().sequence()));
    }

    @Test
    void aTypedSequenceBecomesTheSampleTheModelAnswersAndTheInsideTabShows() {
        vm.inside().visibleProperty().set(true);
        entry.textProperty().set("3, 0 2 1");

        assertThat(entry.show()).isTrue();

        assertThat(entry.errorProperty().get()).isEmpty();
        assertThat(shown().sequence()).containsExactly(3, 0, 2, 1);
        assertThat(shown().expected()).isEqualTo(0);
        EchoModel model = model();
        assertThat(sample.predictionProperty().get().orElseThrow().probabilities())
                .containsExactly(model.predict(new int[] {3, 0, 2, 1}).probabilities());
        assertThat(sample.predictionProperty().get().orElseThrow().sequence()).containsExactly(3, 0, 2, 1);
        assertThat(vm.inside().insideProperty().get().orElseThrow().trace().sequence()).containsExactly(3, 0, 2, 1);
        assertThat(vm.inside().gradientFlowProperty().get().orElseThrow().lstm())
                .containsExactly(new LstmProbe(model).gradientNorms(new int[] {3, 0, 2, 1}, 0));
    }

    @Test
    void aSequenceTheTaskCannotTakeIsExplainedAndThePreviousSampleStays() {
        Sample before = shown();

        entry.textProperty().set("1 2 3");
        assertThat(entry.show()).isFalse();
        assertThat(entry.errorProperty().get()).isEqualTo(I18n.t("sequence.error.WRONG_LENGTH", "4", "3", "4", "3"))
                .contains("4").contains("3");
        assertThat(shown()).isSameAs(before);

        entry.textProperty().set("1 2 3 7");
        assertThat(entry.show()).isFalse();
        assertThat(entry.errorProperty().get()).isEqualTo(I18n.t("sequence.error.OUT_OF_RANGE", "4", "3", "7"));

        entry.textProperty().set("1 two 3 0");
        assertThat(entry.show()).isFalse();
        assertThat(entry.errorProperty().get()).isEqualTo(I18n.t("sequence.error.NOT_A_NUMBER", "2", "two", "4", "3"));
        assertThat(shown()).isSameAs(before);
        assertThat(entry.textProperty().get()).as("what was typed stays to be corrected").isEqualTo("1 two 3 0");
    }

    @Test
    void newSampleReturnsToRandomSamplesAndClearsTheMessage() {
        entry.textProperty().set("1 1 1 1");
        entry.show();
        entry.textProperty().set("9");
        entry.show();
        assertThat(entry.errorProperty().get()).isNotEmpty();

        sample.newSample();

        assertThat(entry.errorProperty().get()).isEmpty();
        assertThat(shown().task()).isEqualTo(SmallLessons.TASK);
        assertThat(entry.textProperty().get()).isEqualTo(SequenceText.format(shown().sequence()));
    }

    @Test
    void theMessageIsInTheUsersLanguage() {
        entry.textProperty().set("1 2 3");
        entry.show();
        assertThat(entry.errorProperty().get()).isEqualTo("Sequence: 4 values needed (had 3), each from 0 to 3.");
        try {
            I18n.use(Locale.GERMAN);
            entry.show();
            assertThat(entry.errorProperty().get()).isEqualTo("Folge: 4 Werte nötig (waren 3), jeder von 0 bis 3.");
        } finally {
            I18n.use(Locale.ENGLISH);
        }
    }
}
