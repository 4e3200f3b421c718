package org.echolstm.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SampleBlock;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.engine.RnnKernel.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echolstm.model.engine.Closeness.assertClose;
import static org.echolstm.model.engine.Closeness.within;

/** The engine's plain RNN against DL4J's {@code SimpleRnn} network: same losses, answers and weights while training. */
class PlainRnnTest {
    private static final EchoTask TASK = new EchoTask(7, 6, 2);
    private static final Map<Part, String> DL4J_KEYS = Map.of(Part.W, "0_W", Part.RW, "0_RW", Part.B, "0_b",
            Part.OUTPUT_W, "1_W", Part.OUTPUT_B, "1_b");

    /** From the plain RNN's own new weights, DL4J's network (its optimizer state its own) takes the same steps. */
    @ParameterizedTest
    @EnumSource(Optimizer.class)
    void trainsAsDl4jSimpleRnn(Optimizer optimizer) {
        ModelSettings settings = new ModelSettings(5, optimizer, 0.05, 7);
        SimpleRnnModel dl4j = new SimpleRnnModel(TASK, settings);
        PlainRnn plain = new PlainRnn(TASK, settings);
        for (Part part : Part.values()) {
            dl4j.network().setParam(DL4J_KEYS.get(part), asDl4jParameter(plain.kernel().parameter(part)));
        }
        SequenceGenerator generator = new SequenceGenerator(TASK, 3);
        for (int step = 0; step < 6; step++) {
            EchoBatch batch = EchoBatch.next(generator, 8);
            StepResult expected = dl4j.fit(batch);
            StepResult actual = plain.fit(block(batch));
            assertThat(actual.loss()).as("loss of step " + step).isCloseTo(expected.loss(), within(1e-5));
            assertThat(actual.correct()).as("correct answers of step " + step).isEqualTo(expected.correct());
        }
        for (Part part : Part.values()) {
            assertClose(part + " after training", flat(plain.kernel().parameter(part)),
                    flat(dl4jParameter(dl4j.network(), part)), 1e-4, 1e-5);
        }
        EchoBatch test = EchoBatch.next(new SequenceGenerator(TASK, 99), 200);
        int dl4jCorrect = 0;
        int[] predicted = dl4j.predictedValues(test);
        for (int s = 0; s < predicted.length; s++) {
            dl4jCorrect += predicted[s] == test.samples()[s].target() ? 1 : 0;
        }
        assertThat(correct(plain.predictedValues(block(test)), test.targets())).isEqualTo(dl4jCorrect);
        int[] sequence = test.samples()[0].sequence();
        assertThat(plain.inputGradient().norms(sequence, 2)).as("input gradient per step")
                .containsExactly(dl4j.inputGradient().norms(sequence, 2), within(1e-3));
    }

    @Test
    void sameSeedTrainsTheSameAndAnotherSeedDiffers() {
        ModelSettings settings = new ModelSettings(8, Optimizer.ADAM, 0.01, 4);
        float[] first = trainedWeights(settings);
        assertThat(trainedWeights(settings)).containsExactly(first);
        assertThat(trainedWeights(settings.withSeed(5))).isNotEqualTo(first);
    }

    @Test
    void learnsAShortEcho() {
        EchoTask task = new EchoTask(4, 5, 3);
        PlainRnn rnn = new PlainRnn(task, new ModelSettings(16, Optimizer.ADAM, 0.01, 1));
        SequenceGenerator generator = new SequenceGenerator(task, 1);
        SampleBlock batch = new SampleBlock(task);
        for (int step = 0; step < 300; step++) {
            generator.fill(batch, 32);
            rnn.fit(batch);
        }
        SampleBlock test = new SampleBlock(task);
        new SequenceGenerator(task, 2).fill(test, 500);
        assertThat(correct(rnn.predictedValues(test), test.targets())).isGreaterThan(475);
    }

    private static int correct(int[] predicted, int[] targets) {
        int correct = 0;
        for (int s = 0; s < predicted.length; s++) {
            correct += predicted[s] == targets[s] ? 1 : 0;
        }
        return correct;
    }

    private static float[] trainedWeights(ModelSettings settings) {
        PlainRnn rnn = new PlainRnn(TASK, settings);
        SequenceGenerator generator = new SequenceGenerator(TASK, 1);
        SampleBlock batch = new SampleBlock(TASK);
        for (int step = 0; step < 5; step++) {
            generator.fill(batch, 16);
            rnn.fit(batch);
        }
        return flat(rnn.kernel().parameter(Part.RW));
    }

    private static SampleBlock block(EchoBatch batch) {
        SampleBlock block = new SampleBlock(TASK);
        SequenceGenerator replay = new SequenceGenerator(TASK, 0);
        replay.fill(block, batch.size());
        for (int s = 0; s < batch.size(); s++) {
            System.arraycopy(batch.samples()[s].sequence(), 0, block.sequences(), s * TASK.length(), TASK.length());
            block.targets()[s] = batch.samples()[s].target();
        }
        return block;
    }

    /** Rows and columns as a DL4J parameter: a matrix, or a bias (one row) as a row vector. */
    private static INDArray asDl4jParameter(float[][] rows) {
        return rows.length > 1 ? Nd4j.create(rows) : Nd4j.create(rows[0], new long[] {1, rows[0].length}, 'c');
    }

    /** A DL4J parameter as rows and columns; a bias (one row) as a single row. */
    private static float[][] dl4jParameter(MultiLayerNetwork network, Part part) {
        INDArray parameter = network.getParam(DL4J_KEYS.get(part));
        return parameter.rows() > 1 ? parameter.toFloatMatrix() : new float[][] {parameter.toFloatVector()};
    }

    private static float[] flat(float[][] matrix) {
        int size = 0;
        for (float[] row : matrix) {
            size += row.length;
        }
        float[] flat = new float[size];
        int at = 0;
        for (float[] row : matrix) {
            System.arraycopy(row, 0, flat, at, row.length);
            at += row.length;
        }
        return flat;
    }
}
