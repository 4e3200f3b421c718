package org.echolstm.model.engine;

import org.junit.jupiter.api.Tag;

import org.assertj.core.data.Offset;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoSample;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.dl4j.EchoNetworkFactory;
import org.echolstm.model.dl4j.Dl4jConversion;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echolstm.model.Dl4jArrays.inputs;
import static org.echolstm.model.Dl4jArrays.labels;
import static org.echolstm.model.engine.Closeness.assertClose;
import static org.echolstm.model.engine.Closeness.maxAbs;
import static org.echolstm.model.engine.Closeness.maxAbsDifference;
import static org.echolstm.model.engine.Closeness.within;

/**
 * The engine against DL4J itself: same outputs, gradients and scores on the same parameters, and
 * the same parameters, optimizer state and iteration count after training on the same batches.
 */
@Tag("integration") // DL4J as the oracle (45 s): in ./mvnw verify's integration phase
class LstmEngineTest {
    private static final EchoTask SMALL = new EchoTask(5, 6, 2);
    private static final EchoTask NOTEBOOK = EchoTask.NOTEBOOK;

    static Stream<Arguments> tasks() {
        return Stream.of(Arguments.of(SMALL, 4), Arguments.of(NOTEBOOK, 25));
    }

    /** Fresh XAVIER weights give near-uniform outputs; spread them so the comparisons mean something. */
    private static MultiLayerNetwork networkWithSpreadWeights(EchoTask task, int units, Optimizer optimizer,
                                                              double learningRate, long seed) {
        MultiLayerNetwork network = EchoNetworkFactory.build(task, new ModelSettings(units, optimizer, learningRate, seed));
        SplittableRandom random = new SplittableRandom(seed);
        float[] params = network.params().toFloatVector();
        for (int i = 0; i < params.length; i++) {
            params[i] = (float) ((random.nextDouble() * 2 - 1) * 0.8);
        }
        network.params().assign(Nd4j.createFromArray(params));
        return network;
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void outputsEqualDl4j(EchoTask task, int units) {
        MultiLayerNetwork network = networkWithSpreadWeights(task, units, Optimizer.ADAM, 0.01, 3);
        LstmEngine engine = Dl4jConversion.engineOf(network);
        EchoBatch batch = EchoBatch.next(new SequenceGenerator(task, 11), 16);

        float[][] expected = network.output(inputs(batch), false).toFloatMatrix();
        float[][] actual = Batches.probabilities(engine, batch);

        assertThat(actual).hasDimensions(16, task.features());
        double spread = 0;
        for (int s = 0; s < expected.length; s++) {
            for (int j = 0; j < expected[s].length; j++) {
                assertThat(actual[s][j]).as("sample %d class %d", s, j).isCloseTo(expected[s][j],
                        Offset.offset(1e-5f));
                spread = Math.max(spread, Math.abs(expected[s][j] - 1.0 / task.features()));
            }
        }
        assertThat(spread).as("outputs far from uniform, so the comparison is not vacuous").isGreaterThan(0.05);
        int[] predicted = Batches.predictedValues(engine, batch);
        int[] dl4jPredicted = network.output(inputs(batch), false).argMax(1).toIntVector();
        assertThat(predicted).containsExactly(dl4jPredicted);
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void gradientAndScoreEqualDl4j(EchoTask task, int units) {
        for (int batchSize : new int[] {1, 8}) {
            MultiLayerNetwork network = networkWithSpreadWeights(task, units, Optimizer.SGD, 0.1, 5 + batchSize);
            LstmEngine engine = Dl4jConversion.engineOf(network);
            EchoBatch batch = EchoBatch.next(new SequenceGenerator(task, 17 + batchSize), batchSize);

            network.setInput(inputs(batch));
            network.setLabels(labels(batch));
            network.computeGradientAndScore();
            float[] expected = network.gradient().gradient().dup().reshape(-1).toFloatVector();
            double expectedScore = network.score();

            double score = Batches.computeGradient(engine, batch);
            float[] actual = engine.gradient();

            assertThat(score).as("score, batch %d", batchSize).isCloseTo(expectedScore, within(1e-5 * expectedScore));
            assertClose("gradient, batch " + batchSize, actual, expected, 1e-4, 1e-6);
            assertThat(maxAbs(expected)).isGreaterThan(1e-2);
            // Every parameter array must receive gradient (guards a layout that leaves one out).
            LayoutCheck.assertEveryBlockNonZero(actual, task.features(), units);
        }
    }

    static Stream<Arguments> trainingCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Object[] task : new Object[][] {{SMALL, 4}, {NOTEBOOK, 25}}) {
            for (Optimizer optimizer : Optimizer.values()) {
                for (int batchSize : new int[] {1, 8}) {
                    cases.add(Arguments.of(task[0], task[1], optimizer, batchSize));
                }
            }
        }
        return cases.stream();
    }

    private static double learningRate(Optimizer optimizer) {
        return switch (optimizer) {
            case ADAM, RMSPROP -> 0.01;
            case SGD -> 0.5;
            case NESTEROV -> 0.05;
        };
    }

    @ParameterizedTest(name = "{0} units {1} {2} batch {3}")
    @MethodSource("trainingCases")
    void trainingMatchesDl4jFit(EchoTask task, int units, Optimizer optimizer, int batchSize) {
        int steps = 20;
        MultiLayerNetwork network = EchoNetworkFactory.build(task,
                new ModelSettings(units, optimizer, learningRate(optimizer), 42));
        LstmEngine engine = Dl4jConversion.engineOf(network);
        float[] initial = engine.params();
        SequenceGenerator generator = new SequenceGenerator(task, 99);

        for (int step = 0; step < steps; step++) {
            EchoBatch batch = EchoBatch.next(generator, batchSize);
            int[] before = network.output(inputs(batch), false).argMax(1).toIntVector();
            int expectedCorrect = 0;
            for (int s = 0; s < batchSize; s++) {
                expectedCorrect += before[s] == batch.samples()[s].target() ? 1 : 0;
            }
            network.fit(inputs(batch), labels(batch));
            double loss = Batches.fit(engine, batch);

            assertThat(loss).as("loss at step %d", step)
                    .isCloseTo(network.score(), within(1e-4 * Math.abs(network.score())));
            assertThat(engine.correctInLastBatch()).as("correct at step %d", step).isEqualTo(expectedCorrect);
        }

        float[] expectedParams = network.params().toFloatVector();
        // Adam divides by the root of the squared gradients, so a rounding difference in a gradient
        // near zero moves a parameter by up to a few millionths after 20 steps (seen on a CPU with
        // AVX-512, where ND4J takes other kernels): 1e-5 is a thousandth of one step's size.
        assertClose("parameters", engine.params(), expectedParams, 1e-4, 1e-5);
        assertThat(maxAbsDifference(expectedParams, initial)).as("training moved the parameters").isGreaterThan(1e-3);
        INDArray state = network.getUpdater().getStateViewArray();
        if (optimizer == Optimizer.SGD) {
            assertThat(state == null || state.length() == 0).isTrue();
            assertThat(engine.updaterState()).isEmpty();
        } else {
            float[] expectedState = state.toFloatVector();
            assertThat(engine.updaterState()).hasSameSizeAs(expectedState);
            // The same rounding in a gradient near zero: a first moment of -1.4e-7 differed by 2e-9.
            assertClose("updater state", engine.updaterState(), expectedState, 1e-4, 1e-8);
        }
        assertThat(engine.iteration()).isEqualTo(network.getLayerWiseConfigurations().getIterationCount())
                .isEqualTo(steps);
    }

    @Test
    void mixedUpdatersAndSchedulesFollowDl4jsUpdaterBlocks() {
        EchoTask task = SMALL;
        LSTM lstm = new LSTM.Builder().nIn(task.features()).nOut(4).activation(Activation.TANH)
                .gateActivationFunction(Activation.SIGMOID)
                .updater(new Adam(new ExponentialSchedule(ScheduleType.ITERATION, 0.02, 0.9))).build();
        OutputLayer output = new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(4).nOut(task.features())
                .activation(Activation.SOFTMAX).updater(new Nesterovs(0.05, 0.9)).biasUpdater(new Sgd(0.1)).build();
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(3).weightInit(WeightInit.XAVIER)
                .list().layer(new LastTimeStep(lstm)).layer(output)
                .setInputType(InputType.recurrent(task.features(), task.length())).build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        LstmEngine engine = Dl4jConversion.engineOf(network);
        int lstmParams = 4 * 4 * (task.features() + 4) + 4 * 4;
        int outputWeights = 4 * task.features();
        // Adam m and v for the LSTM, then Nesterov's v for the output weights; SGD keeps none for the bias.
        assertThat(engine.updaterState()).hasSize(2 * lstmParams + outputWeights);

        SequenceGenerator generator = new SequenceGenerator(task, 8);
        for (int step = 0; step < 15; step++) {
            EchoBatch batch = EchoBatch.next(generator, 4);
            network.fit(inputs(batch), labels(batch));
            Batches.fit(engine, batch);
        }
        assertClose("parameters", engine.params(), network.params().toFloatVector(), 1e-4, 1e-6);
        assertClose("updater state", engine.updaterState(),
                network.getUpdater().getStateViewArray().toFloatVector(), 1e-4, 1e-9);
    }

    @Test
    void writesItsStateBackIntoTheNetwork() {
        EchoTask task = SMALL;
        MultiLayerNetwork network = EchoNetworkFactory.build(task, new ModelSettings(4, Optimizer.ADAM, 0.01, 1));
        MultiLayerNetwork reference = network.clone();
        LstmEngine engine = Dl4jConversion.engineOf(network);
        SequenceGenerator generator = new SequenceGenerator(task, 5);
        for (int i = 0; i < 7; i++) {
            EchoBatch batch = EchoBatch.next(generator, 3);
            Batches.fit(engine, batch);
            reference.fit(inputs(batch), labels(batch));
        }
        Dl4jConversion.writeInto(engine, network);

        assertThat(network.params().toFloatVector()).containsExactly(engine.params());
        assertThat(network.getUpdater().getStateViewArray().toFloatVector()).containsExactly(engine.updaterState());
        assertThat(network.getLayerWiseConfigurations().getIterationCount()).isEqualTo(7);
        for (var layer : network.getLayers()) {
            assertThat(layer.getIterationCount()).isEqualTo(reference.getLayer(layer.getIndex()).getIterationCount())
                    .isEqualTo(7);
        }
        // The written network predicts what the engine predicts, and continues from the same state.
        EchoBatch probe = EchoBatch.next(generator, 10);
        float[][] fromNetwork = network.output(inputs(probe), false).toFloatMatrix();
        float[][] fromEngine = Batches.probabilities(engine, probe);
        for (int s = 0; s < 10; s++) {
            assertClose("probabilities " + s, fromEngine[s], fromNetwork[s], 1e-4, 1e-6);
        }
        LstmEngine reread = Dl4jConversion.engineOf(network);
        assertThat(reread.params()).containsExactly(engine.params());
        assertThat(reread.updaterState()).containsExactly(engine.updaterState());
        assertThat(reread.iteration()).isEqualTo(7);
    }

    @Test
    void aSnapshotKernelRepeatsTheEnginesForwardPassAndKeepsItsParameters() {
        EchoTask task = SMALL;
        LstmEngine engine = Dl4jConversion.engineOf(networkWithSpreadWeights(task, 4, Optimizer.ADAM, 0.05, 6));
        LstmKernel snapshot = engine.copyKernel();
        Workspace work = snapshot.newWorkspace();
        SequenceGenerator generator = new SequenceGenerator(task, 12);
        EchoBatch probe = EchoBatch.next(generator, 6);
        for (EchoSample sample : probe.samples()) {
            float[] probabilities = Batches.probabilities(engine, new EchoBatch(task, new EchoSample[] {sample}))[0];
            Workspace trained = engine.ownWorkspace();
            snapshot.forward(work, sample.sequence(), ForwardChanges.NONE);
            assertThat(work.steps()).isEqualTo(task.length());
            assertThat(work.hiddenStates()).isDeepEqualTo(trained.hiddenStates());
            assertThat(work.cellStates()).isDeepEqualTo(trained.cellStates());
            for (Gate gate : Gate.values()) {
                assertThat(work.gate(gate)).as(gate.name()).isDeepEqualTo(trained.gate(gate));
            }
            assertThat(work.probabilities()).containsExactly(probabilities);
        }
        float[][] before = Batches.probabilities(engine, probe);
        Batches.fit(engine, EchoBatch.next(generator, 8));
        assertThat(Batches.probabilities(engine, probe)[0]).as("training moved the engine").isNotEqualTo(before[0]);
        snapshot.forward(work, probe.samples()[0].sequence(), ForwardChanges.NONE);
        assertThat(work.probabilities()).as("the snapshot did not move").containsExactly(before[0]);
    }

    @Test
    void anAblatedPassHoldsTheGateSilencesTheUnitsAndBlanksTheStep() {
        EchoTask task = SMALL;
        LstmKernel kernel = Dl4jConversion.engineOf(networkWithSpreadWeights(task, 4, Optimizer.SGD, 0.1, 2))
                .copyKernel();
        int[] sequence = EchoSample.next(new SequenceGenerator(task, 3)).sequence();
        Workspace plain = kernel.newWorkspace();
        kernel.forward(plain, sequence, ForwardChanges.NONE);
        Workspace changed = kernel.newWorkspace();

        BitSet silenced = new BitSet();
        silenced.set(1);
        silenced.set(3);
        kernel.forward(changed, sequence, new ForwardChanges(-1, silenced,
                Optional.of(new ForwardChanges.HeldGate(Gate.FORGET, 0f))));
        float[][] forget = changed.gate(Gate.FORGET);
        float[][] input = changed.gate(Gate.INPUT);
        float[][] candidate = changed.gate(Gate.CANDIDATE);
        float[][] hidden = changed.hiddenStates();
        for (int t = 0; t < task.length(); t++) {
            for (int u = 0; u < 4; u++) {
                assertThat(forget[t][u]).isZero();
                assertThat(changed.cellStates()[t][u]).as("no memory of step t-1").isEqualTo(input[t][u] * candidate[t][u]);
                if (silenced.get(u)) {
                    assertThat(hidden[t][u]).isZero();
                }
            }
        }
        assertThat(hidden[task.length() - 1][0]).isNotZero();

        int blanked = 2;
        kernel.forward(changed, sequence, ForwardChanges.NONE.blanking(blanked));
        for (int t = 0; t < task.length(); t++) {
            if (t < blanked) {
                assertThat(changed.hiddenStates()[t]).containsExactly(plain.hiddenStates()[t]);
            } else {
                assertThat(changed.hiddenStates()[t]).as("step %d", t).isNotEqualTo(plain.hiddenStates()[t]);
            }
        }
    }

    // ------------------------------------------------------------------------------------------

    /** The five parameter arrays of the DL4J layout. */
    static final class LayoutCheck {
        static void assertEveryBlockNonZero(float[] gradient, int features, int units) {
            int gates = 4 * units;
            int[] lengths = {features * gates, units * gates, gates, units * features, features};
            String[] names = {"LSTM W", "LSTM RW", "LSTM b", "output W", "output b"};
            int offset = 0;
            for (int p = 0; p < lengths.length; p++) {
                double max = 0;
                for (int i = offset; i < offset + lengths[p]; i++) {
                    max = Math.max(max, Math.abs(gradient[i]));
                }
                assertThat(max).as(names[p] + " gradient").isGreaterThan(0);
                offset += lengths[p];
            }
            assertThat(offset).isEqualTo(gradient.length);
        }
    }
}
