package org.echolstm.echo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OneHotTest {

    @Test
    void encodingHasOneOnePerRowAtTheValue() {
        float[][] encoded = OneHot.encode(new int[] {2, 0, 4}, 5);
        assertThat(encoded).hasDimensions(3, 5);
        assertThat(encoded[0]).containsExactly(0, 0, 1, 0, 0);
        assertThat(encoded[1]).containsExactly(1, 0, 0, 0, 0);
        assertThat(encoded[2]).containsExactly(0, 0, 0, 0, 1);
    }

    @Test
    void decodeInvertsEncodeForRandomSequences() {
        SequenceGenerator generator = new SequenceGenerator(new EchoTask(50, 100, 17), 42);
        for (int i = 0; i < 100; i++) {
            int[] sequence = generator.nextSequence();
            assertThat(OneHot.decode(OneHot.encode(sequence, 100))).containsExactly(sequence);
        }
    }

    @Test
    void argmaxPicksTheLargestAndTheFirstOnTies() {
        assertThat(OneHot.argmax(new float[] {0.1f, 0.7f, 0.2f})).isEqualTo(1);
        assertThat(OneHot.argmax(new float[] {0.5f, 0.5f})).isZero();
    }
}
