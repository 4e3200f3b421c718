package org.echolstm.model.engine;

import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SampleBlock;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.dl4j.EchoNetworkFactory;
import org.echolstm.model.dl4j.Dl4jConversion;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echolstm.model.engine.Closeness.assertClose;
import static org.echolstm.model.engine.Closeness.maxAbsDifference;

/** Tiles, threads and the vectorised activations change the last bits at most, and a thread count repeats itself. */
class SplitStepTest {
    private static final EchoTask TASK = new EchoTask(20, 50, 7);

    private static LstmEngine engine(int threads) {
        LstmEngine engine = Dl4jConversion.engineOf(EchoNetworkFactory.build(TASK,
                new ModelSettings(64, Optimizer.ADAM, 0.01, 4)));
        engine.useThreads(threads);
        return engine;
    }

    /** Trains {@code steps} batches of 70 samples (two full tiles and a part of one, split between threads). */
    private static float[] trained(LstmEngine engine, int steps) {
        SequenceGenerator generator = new SequenceGenerator(TASK, 8);
        SampleBlock block = new SampleBlock(TASK);
        for (int i = 0; i < steps; i++) {
            generator.fill(block, 70);
            engine.fit(block.sequences(), TASK.length(), block.targets(), block.size());
        }
        return engine.params();
    }

    @Test
    void aStepSplitBetweenThreadsAgreesWithOneThreadAndRepeatsItself() {
        LstmEngine single = engine(1);
        float[] initial = single.params();
        float[] oneThread = trained(single, 5);
        float[] threeThreads = trained(engine(3), 5);

        assertThat(maxAbsDifference(oneThread, initial)).as("training moved the parameters").isGreaterThan(1e-3);
        assertClose("parameters, 3 threads vs 1", threeThreads, oneThread, 1e-4, 1e-6);
        assertThat(trained(engine(3), 5)).as("the same thread count gives the same parameters")
                .containsExactly(threeThreads);
    }

    @Test
    void predictionsAreTheSameOnAnyNumberOfThreads() {
        LstmEngine engine = engine(1);
        trained(engine, 3);
        SampleBlock block = new SampleBlock(TASK);
        new SequenceGenerator(TASK, 9).fill(block, 1000);
        int[] oneThread = engine.predictedValues(block.sequences(), TASK.length(), block.size(), ForwardChanges.NONE);
        engine.useThreads(4);

        assertThat(engine.predictedValues(block.sequences(), TASK.length(), block.size(), ForwardChanges.NONE))
                .containsExactly(oneThread);
        float[][] probabilities = engine.probabilities(block.sequences(), TASK.length(), block.size());
        int correct = 0;
        for (int s = 0; s < oneThread.length; s++) {
            assertThat(oneThread[s]).isEqualTo(Workspace.argmax(probabilities[s]));
            correct += oneThread[s] == block.targets()[s] ? 1 : 0;
        }
        assertThat(correct).isPositive();
    }

    @Test
    void vectorisedActivationsEqualTheExactFunctionsRoundedToFloat() {
        int count = 200_001;
        float[] tanh = new float[count];
        float[] sigmoid = new float[count];
        for (int i = 0; i < count; i++) {
            tanh[i] = sigmoid[i] = (i - count / 2) * 2.5e-4f;
        }
        double[] scratch = new double[count];
        Activations.tanh(tanh, 0, count, scratch);
        Activations.sigmoid(sigmoid, 0, count, scratch);
        for (int i = 0; i < count; i++) {
            double x = (i - count / 2) * 2.5e-4f;
            float exactTanh = (float) Math.tanh(x);
            float exactSigmoid = (float) (1.0 / (1.0 + Math.exp(-x)));
            assertThat(Math.abs(tanh[i] - exactTanh)).as("tanh(%s)", x).isLessThanOrEqualTo(Math.ulp(exactTanh));
            assertThat(Math.abs(sigmoid[i] - exactSigmoid)).as("sigmoid(%s)", x)
                    .isLessThanOrEqualTo(Math.ulp(exactSigmoid));
        }
        float[] nan = {Float.NaN};
        Activations.sigmoid(nan, 0, 1, scratch);
        assertThat(nan[0]).as("a diverged value stays one").isNaN();
    }
}
