package org.echolstm.echo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sequences as people type them: whole numbers separated by commas, spaces or both. */
class SequenceTextTest {
    private static final EchoTask TASK = new EchoTask(4, 5, 2);

    @ParameterizedTest
    @ValueSource(strings = {"3,0,4,1", "3 0 4 1", " 3, 0 ,4  1 ", "3\t0\n4,1"})
    void commasSpacesOrBothSeparateTheValues(String text) {
        assertThat(SequenceText.parse(text, TASK)).containsExactly(3, 0, 4, 1);
    }

    @Test
    void whatFormatWritesParseReadsBack() {
        int[] sequence = {3, 0, 4, 1};
        assertThat(SequenceText.format(sequence)).isEqualTo("3 0 4 1");
        assertThat(SequenceText.parse(SequenceText.format(sequence))).containsExactly(sequence);
    }

    @Test
    void eachProblemSaysWhichItIsWithItsNumbers() {
        assertThatThrownBy(() -> SequenceText.parse("1,,2", TASK)).isInstanceOfSatisfying(InvalidSequenceException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(InvalidSequenceException.Problem.NOT_A_NUMBER);
                    assertThat(e.details()).containsExactly("2", "");
                    assertThat(e.getMessage()).isEqualTo("value 2 ('') is not a whole number");
                    assertThat(e.field()).isEqualTo("sequence");
                });
        assertThatThrownBy(() -> SequenceText.parse("", TASK)).isInstanceOfSatisfying(InvalidSequenceException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(InvalidSequenceException.Problem.WRONG_LENGTH);
                    assertThat(e.details()).containsExactly("4", "0");
                });
        assertThatThrownBy(() -> SequenceText.parse("1 2 5 0", TASK)).isInstanceOfSatisfying(
                InvalidSequenceException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InvalidSequenceException.Problem.OUT_OF_RANGE);
                    assertThat(e.details()).containsExactly("3", "4", "5");
                    assertThat(e.getMessage()).isEqualTo("sequence value 3 must be between 0 and 4 (was 5)");
                });
    }
}
