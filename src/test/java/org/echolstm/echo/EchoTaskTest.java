package org.echolstm.echo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EchoTaskTest {

    @ParameterizedTest
    @CsvSource({
            "0, 25, 0, sequence length, 'sequence length must be between 1 and 1,000 (was 0)'",
            "1001, 25, 0, sequence length, 'sequence length must be between 1 and 1,000 (was 1,001)'",
            "10, 1, 0, features, 'features must be between 2 and 1,000 (was 1)'",
            "10, 1001, 0, features, 'features must be between 2 and 1,000 (was 1,001)'",
            "10, 25, 10, echo index, echo index must be between 0 and 9 (was 10)",
            "10, 25, -1, echo index, echo index must be between 0 and 9 (was -1)",
    })
    void rejectsValuesOutsideTheirRangeNamingFieldAndRange(int length, int features, int index, String field,
                                                           String message) {
        assertThatThrownBy(() -> new EchoTask(length, features, index))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @Test
    void acceptsTheBoundaries() {
        assertThat(new EchoTask(1, 2, 0).length()).isEqualTo(1);
        assertThat(new EchoTask(1000, 1000, 999).echoIndex()).isEqualTo(999);
    }

    @Test
    void targetIsTheValueAtTheEchoIndex() {
        EchoTask task = new EchoTask(5, 10, 2);
        assertThat(task.target(new int[] {9, 8, 7, 6, 5})).isEqualTo(7);
    }

    @Test
    void typedSequencesAreCheckedForLengthAndRange() {
        EchoTask task = new EchoTask(3, 4, 1);
        assertThatThrownBy(() -> task.requireValidSequence(new int[] {1, 2}))
                .hasMessage("sequence must have 3 values (had 2)");
        assertThatThrownBy(() -> task.requireValidSequence(new int[] {1, 4, 0}))
                .hasMessage("sequence value 2 must be between 0 and 3 (was 4)");
        assertThatThrownBy(() -> task.requireValidSequence(new int[] {-1, 0, 0}))
                .hasMessage("sequence value 1 must be between 0 and 3 (was -1)");
        assertThat(task.requireValidSequence(new int[] {3, 0, 2})).containsExactly(3, 0, 2);
    }
}
