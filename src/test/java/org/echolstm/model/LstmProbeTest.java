package org.echolstm.model;

import org.echolstm.model.dl4j.Dl4jConversion;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoSample;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SampleBlock;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.engine.ForwardChanges;
import org.echolstm.model.engine.Gate;
import org.echolstm.model.engine.LstmKernel;
import org.echolstm.model.engine.Workspace;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.BitSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LstmProbeTest {
    private static final EchoTask TASK = new EchoTask(7, 9, 3);

    private static EchoModel trainedABit() {
        EchoModel model = new EchoModel(TASK, new ModelSettings(6, Optimizer.ADAM, 0.02, 4));
        SequenceGenerator generator = new SequenceGenerator(TASK, 4);
        for (int i = 0; i < 30; i++) {
            model.fit(EchoBatch.next(generator, 8).block());
        }
        return model;
    }

    @Test
    void hiddenStatesOfEveryStepEqualDl4jsOwnLstmActivations() {
        EchoModel model = trainedABit();
        // The same LSTM without "last time step", so DL4J reports the hidden state of every step.
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().list()
                .layer(new LSTM.Builder().nIn(9).nOut(6).activation(Activation.TANH)
                        .gateActivationFunction(Activation.SIGMOID).forgetGateBiasInit(1.0).build())
                .layer(new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(6).nOut(9)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.recurrent(9, 7)).build();
        MultiLayerNetwork plain = new MultiLayerNetwork(conf);
        plain.init();
        for (String key : List.of("0_W", "0_RW", "0_b", "1_W", "1_b")) {
            plain.setParam(key, Dl4jConversion.networkOf(model).getParam(key).dup());
        }
        SequenceGenerator generator = new SequenceGenerator(TASK, 9);
        LstmProbe probe = new LstmProbe(model);
        for (int s = 0; s < 5; s++) {
            EchoSample sample = EchoSample.next(generator);
            EchoBatch one = new EchoBatch(TASK, new EchoSample[] {sample});
            INDArray activations = plain.feedForward(Dl4jArrays.inputs(one), false).get(1); // [1, units, time]
            LstmTrace trace = probe.trace(sample.sequence());
            for (int t = 0; t < 7; t++) {
                for (int u = 0; u < 6; u++) {
                    assertThat(trace.hiddenState()[t][u]).as("t=%d u=%d", t, u)
                            .isCloseTo(activations.getFloat(0, u, t), within(1e-5f));
                }
            }
            float[] expected = Probabilities.of(model, one)[0];
            for (int f = 0; f < 9; f++) {
                assertThat(trace.probabilities()[f]).isCloseTo(expected[f], within(1e-5f));
            }
        }
    }

    @Test
    void theTraceIsTheEnginesOwnForwardPass() {
        EchoModel model = trainedABit();
        LstmProbe probe = new LstmProbe(model);
        LstmKernel kernel = model.copyKernel();
        Workspace work = kernel.newWorkspace();
        for (EchoSample sample : EchoBatch.next(new SequenceGenerator(TASK, 10), 8).samples()) {
            LstmTrace trace = probe.trace(sample.sequence());
            kernel.forward(work, sample.sequence(), ForwardChanges.NONE);
            assertThat(trace.hiddenState()).isDeepEqualTo(work.hiddenStates());
            assertThat(trace.cellState()).isDeepEqualTo(work.cellStates());
            assertThat(trace.inputGate()).isDeepEqualTo(work.gate(Gate.INPUT));
            assertThat(trace.candidate()).isDeepEqualTo(work.gate(Gate.CANDIDATE));
            // Bit for bit what the model predicts with: the same pass, not a second one that rounds differently.
            assertThat(trace.probabilities())
                    .containsExactly(Probabilities.of(model, new EchoBatch(TASK, new EchoSample[] {sample}))[0]);
            assertThat(trace.predicted()).isEqualTo(model.predict(sample.sequence()).predicted());
        }
    }

    @Test
    void silencingEveryUnitLeavesAnAnswerThatIgnoresTheSequence() {
        LstmProbe probe = new LstmProbe(trainedABit());
        float[] first = probe.ablated(new Ablation(allUnits(probe.units()), GateClamp.NONE)).trace(new int[] {1, 8, 0, 4, 4, 2, 7}).probabilities();
        float[] second = probe.ablated(new Ablation(allUnits(probe.units()), GateClamp.NONE)).trace(new int[] {3, 3, 5, 6, 0, 1, 2}).probabilities();
        assertThat(first).containsExactly(second);
        assertThat(probe.trace(new int[] {1, 8, 0, 4, 4, 2, 7}).probabilities()).isNotEqualTo(first);
    }

    @Test
    void gatesAreBetweenZeroAndOneAndTheCandidateBetweenMinusOneAndOne() {
        LstmTrace trace = new LstmProbe(trainedABit()).trace(new int[] {1, 8, 0, 4, 4, 2, 7});
        assertThat(trace.timesteps()).isEqualTo(7);
        assertThat(trace.units()).isEqualTo(6);
        for (float[][] gate : List.of(trace.inputGate(), trace.forgetGate(), trace.outputGate())) {
            for (float[] step : gate) {
                for (float v : step) {
                    assertThat(v).isBetween(0f, 1f);
                }
            }
        }
        for (float[] step : trace.candidate()) {
            for (float v : step) {
                assertThat(v).isBetween(-1f, 1f);
            }
        }
    }

    @Test
    void silencingNoUnitChangesNothing() {
        EchoModel model = trainedABit();
        SampleBlock samples = new SampleBlock(TASK);
        new SequenceGenerator(TASK, 5).fill(samples, 200);
        LstmProbe probe = new LstmProbe(model);
        int[] predicted = model.predictedValues(samples, Ablation.NONE);
        assertThat(predicted).containsExactly(model.predictedValues(samples));
        for (int s = 0; s < samples.size(); s++) {
            assertThat(probe.trace(samples.sequence(s)).predicted()).isEqualTo(predicted[s]);
        }
    }

    /** The held-out figures of an ablated model (the engine's passes, many samples at once) are what the probe shows one sample at a time. */
    @Test
    void anAblatedModelAnswersAsItsProbeShows() {
        EchoModel model = trainedABit();
        SampleBlock samples = new SampleBlock(TASK);
        new SequenceGenerator(TASK, 6).fill(samples, 300);
        BitSet silenced = new BitSet();
        silenced.set(1);
        int differing = 0;
        for (GateClamp clamp : GateClamp.values()) {
            Ablation ablation = new Ablation(silenced, clamp);
            int[] predicted = model.predictedValues(samples, ablation);
            LstmProbe probe = new LstmProbe(model).ablated(ablation);
            int[] plain = model.predictedValues(samples);
            for (int s = 0; s < samples.size(); s++) {
                assertThat(predicted[s]).as("%s, sample %d", clamp, s)
                        .isEqualTo(probe.trace(samples.sequence(s)).predicted());
                differing += predicted[s] != plain[s] ? 1 : 0;
            }
        }
        assertThat(differing).as("the ablations change some answers").isPositive();
    }

    /** The units 0..units-1 as a set (to silence them all). */
    private static java.util.BitSet allUnits(int units) {
        java.util.BitSet all = new java.util.BitSet(units);
        all.set(0, units);
        return all;
    }
}
