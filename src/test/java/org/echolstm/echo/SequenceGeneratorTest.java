package org.echolstm.echo;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SequenceGeneratorTest {
    private final EchoTask task = new EchoTask(10, 25, 7);

    @Test
    void valuesStayInRangeAndCoverIt() {
        SequenceGenerator generator = new SequenceGenerator(task, 1);
        boolean[] seen = new boolean[25];
        for (int i = 0; i < 1000; i++) {
            int[] sequence = generator.nextSequence();
            assertThat(sequence).hasSize(10);
            for (int value : sequence) {
                assertThat(value).isBetween(0, 24);
                seen[value] = true;
            }
        }
        assertThat(IntStream.range(0, 25).allMatch(v -> seen[v])).isTrue();
    }

    @Test
    void sameSeedGivesSameSequencesAndOtherSeedsDiffer() {
        SequenceGenerator a = new SequenceGenerator(task, 7);
        SequenceGenerator b = new SequenceGenerator(task, 7);
        SequenceGenerator c = new SequenceGenerator(task, 8);
        boolean anyDifferent = false;
        for (int i = 0; i < 20; i++) {
            int[] fromA = a.nextSequence();
            assertThat(b.nextSequence()).containsExactly(fromA);
            anyDifferent |= !Arrays.equals(fromA, c.nextSequence());
        }
        assertThat(anyDifferent).isTrue();
    }

    @Test
    void sampleTargetIsTheValueAtTheEchoIndex() {
        SequenceGenerator generator = new SequenceGenerator(task, 3);
        for (int i = 0; i < 100; i++) {
            EchoSample sample = EchoSample.next(generator);
            assertThat(sample.target()).isEqualTo(sample.sequence()[7]);
        }
    }

    @Test
    void batchLaysOutOneHotInputsAsSamplesFeaturesTimesteps() {
        EchoTask small = new EchoTask(3, 4, 1);
        EchoBatch batch = new EchoBatch(small, new EchoSample[] {
                new EchoSample(new int[] {2, 0, 3}, 0), new EchoSample(new int[] {1, 1, 1}, 1)});
        float[] inputs = batch.inputs();
        assertThat(inputs).hasSize(2 * 4 * 3);
        // [sample][feature][time] in C order: index = s*12 + f*3 + t
        assertThat(inputs[0 * 12 + 2 * 3 + 0]).isEqualTo(1f);
        assertThat(inputs[0 * 12 + 0 * 3 + 1]).isEqualTo(1f);
        assertThat(inputs[0 * 12 + 3 * 3 + 2]).isEqualTo(1f);
        assertThat(inputs[1 * 12 + 1 * 3 + 0]).isEqualTo(1f);
        float sum = 0;
        for (float v : inputs) {
            sum += v;
        }
        assertThat(sum).isEqualTo(6f);
        assertThat(batch.labels()).containsExactly(1, 0, 0, 0, 0, 1, 0, 0);
        assertThat(batch.targets()).containsExactly(0, 1);
    }

    @Test
    void batchesHaveTheRequestedSize() {
        assertThat(EchoBatch.next(new SequenceGenerator(task, 1), 33).size()).isEqualTo(33);
    }

    @Test
    void fillingABlockDrawsTheSameSamplesAsBatches() {
        SequenceGenerator batches = new SequenceGenerator(task, 9);
        SequenceGenerator blocks = new SequenceGenerator(task, 9);
        SampleBlock block = new SampleBlock(task);
        for (int size : new int[] {5, 1, 32, 3}) {
            EchoBatch batch = EchoBatch.next(batches, size);
            blocks.fill(block, size);
            assertThat(block.size()).isEqualTo(size);
            for (int s = 0; s < size; s++) {
                assertThat(block.sequence(s)).containsExactly(batch.samples()[s].sequence());
                assertThat(block.targets()[s]).isEqualTo(batch.samples()[s].target());
            }
            assertThat(EchoBatch.of(block).targets()).containsExactly(batch.targets());
        }
    }

    @Test
    void skippingEqualsDrawingAndDiscarding() {
        SequenceGenerator drawn = new SequenceGenerator(task, 4);
        SequenceGenerator skipped = new SequenceGenerator(task, 4);
        EchoBatch.next(drawn, 17);
        skipped.skip(17);
        assertThat(skipped.nextSequence()).containsExactly(drawn.nextSequence());
    }

    @Test
    void aBlockTakesOnlySamplesOfItsTask() {
        SampleBlock other = new SampleBlock(new EchoTask(3, 4, 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SequenceGenerator(task, 1).fill(other, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
