package org.echolstm.model;

import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SampleBlock;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.dl4j.Dl4jConversion;
import org.echolstm.model.dl4j.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echolstm.model.Dl4jArrays.inputs;
import static org.echolstm.model.engine.Closeness.within;

/** The model on the engine: blocks and batches train alike, copies are independent, files continue it exactly. */
class EchoModelTest {
    private static final EchoTask TASK = new EchoTask(6, 7, 3);
    private static final ModelSettings SETTINGS = new ModelSettings(5, Optimizer.ADAM, 0.01, 8);

    @Test
    void trainingOnReusedBlocksEqualsTrainingOnBatches() {
        EchoModel onBatches = new EchoModel(TASK, SETTINGS);
        EchoModel onBlocks = new EchoModel(TASK, SETTINGS);
        SequenceGenerator batches = new SequenceGenerator(TASK, 3);
        SequenceGenerator blocks = new SequenceGenerator(TASK, 3);
        SampleBlock block = new SampleBlock(TASK);
        for (int size : new int[] {4, 1, 7, 4, 16}) {
            StepResult expected = onBatches.fit(EchoBatch.next(batches, size).block());
            blocks.fill(block, size);
            StepResult actual = onBlocks.fit(block);
            assertThat(actual).isEqualTo(expected);
        }
        assertThat(onBlocks.samplesTrained()).isEqualTo(onBatches.samplesTrained()).isEqualTo(32);
        assertThat(onBlocks.parameters()).containsExactly(onBatches.parameters());
        assertThat(onBlocks.engineState().optimizerState()).containsExactly(onBatches.engineState().optimizerState());
    }

    @Test
    void predictionsAgreeWithDl4jOnAnyNumberOfSamples() {
        EchoModel model = new EchoModel(TASK, SETTINGS);
        SequenceGenerator generator = new SequenceGenerator(TASK, 4);
        for (int step = 0; step < 300; step++) {
            model.fit(EchoBatch.next(generator, 16).block());
        }
        // Small blocks run on the calling thread, large ones are split with the helper thread.
        for (int size : new int[] {1, 50, 255, 256, 1001}) {
            SampleBlock block = new SampleBlock(TASK);
            generator.fill(block, size);
            EchoBatch batch = EchoBatch.of(block);
            int[] predicted = model.predictedValues(block);
            int[] dl4j = Dl4jConversion.networkOf(model).output(inputs(batch), false).argMax(1).toIntVector();
            int expected = 0;
            for (int s = 0; s < size; s++) {
                expected += predicted[s] == block.targets()[s] ? 1 : 0;
            }
            assertThat(predicted).as("%d samples", size).containsExactly(dl4j);
            if (size > 50) {
                assertThat(expected).as("a model that learned something").isGreaterThan(size / 4);
            }
        }
        assertThatThrownBy(() -> model.predictedValues(new SampleBlock(new EchoTask(3, 7, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copyIsIndependentAndContinuesIdentically() {
        EchoModel model = new EchoModel(TASK, SETTINGS);
        SequenceGenerator generator = new SequenceGenerator(TASK, 3);
        for (int i = 0; i < 4; i++) {
            model.fit(EchoBatch.next(generator, 2).block());
        }
        EchoModel copy = model.copy();
        assertThat(copy.samplesTrained()).isEqualTo(8);
        EchoBatch probe = EchoBatch.next(generator, 6);
        float[][] atCopy = Probabilities.of(copy, probe);
        assertThat(atCopy).isDeepEqualTo(Probabilities.of(model, probe));

        EchoBatch next = EchoBatch.next(generator, 2);
        StepResult original = model.fit(next.block());
        assertThat(Probabilities.of(copy, probe)).as("training the original leaves the copy alone").isDeepEqualTo(atCopy);
        StepResult copied = copy.fit(next.block());
        assertThat(copied).isEqualTo(original);
        assertThat(Probabilities.of(copy, probe)).isDeepEqualTo(Probabilities.of(model, probe));
        assertThat(Probabilities.of(copy, probe)[0]).isNotEqualTo(atCopy[0]);
    }

    @Test
    void reopenedModelContinuesExactlyWhereItStopped(@TempDir Path folder) throws IOException {
        EchoModel model = new EchoModel(TASK, new ModelSettings(5, Optimizer.RMSPROP, 0.01, 4));
        SequenceGenerator generator = new SequenceGenerator(TASK, 4);
        for (int i = 0; i < 5; i++) {
            model.fit(EchoBatch.next(generator, 3).block());
        }
        Path file = folder.resolve("model.zip");
        ModelFiles.save(model, file, "test");
        EchoModel reopened = ModelFiles.open(file);
        assertThat(reopened.samplesTrained()).isEqualTo(15);

        for (int i = 0; i < 5; i++) {
            EchoBatch batch = EchoBatch.next(generator, 3);
            assertThat(reopened.fit(batch.block())).isEqualTo(model.fit(batch.block()));
        }
        EchoBatch probe = EchoBatch.next(generator, 8);
        assertThat(Probabilities.of(reopened, probe)).isDeepEqualTo(Probabilities.of(model, probe));
        assertThat(reopened.predictedValues(probe.block())).containsExactly(model.predictedValues(probe.block()));
        assertThat(reopened.engineState().iteration()).isEqualTo(10);
    }

    @Test
    void aPredictionIsTheMostProbableValueAndAgreesWithTheBlocksAnswers() {
        EchoModel model = new EchoModel(TASK, SETTINGS);
        SequenceGenerator generator = new SequenceGenerator(TASK, 5);
        for (int i = 0; i < 30; i++) {
            model.fit(EchoBatch.next(generator, 8).block());
        }
        EchoBatch probe = EchoBatch.next(generator, 20);
        int[] predicted = model.predictedValues(probe.block());
        for (int s = 0; s < probe.size(); s++) {
            Prediction prediction = model.predict(probe.samples()[s].sequence());
            float[] probabilities = prediction.probabilities();
            assertThat(prediction.predicted()).isEqualTo(predicted[s]);
            double sum = 0;
            for (float p : probabilities) {
                assertThat(p).isLessThanOrEqualTo(probabilities[prediction.predicted()]);
                sum += p;
            }
            assertThat(sum).isCloseTo(1.0, within(1e-5));
        }
    }
}
