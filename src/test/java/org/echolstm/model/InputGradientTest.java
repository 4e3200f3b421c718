package org.echolstm.model;

import org.echolstm.model.dl4j.Dl4jConversion;
import org.echolstm.model.engine.LstmInputGradient;

import java.util.BitSet;

import org.deeplearning4j.nn.gradient.Gradient;
import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoSample;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.engine.InputGradient;
import org.junit.jupiter.api.Test;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The loss gradient with respect to each step's input, for the LSTM and the plain RNN. */
class InputGradientTest {
    private static final EchoTask TASK = new EchoTask(4, 5, 1);
    private static final ModelSettings SETTINGS = new ModelSettings(3, Optimizer.ADAM, 0.05, 7);
    private static final double H = 1e-5;

    private static EchoModel lstmTrainedABit() {
        EchoModel model = new EchoModel(TASK, SETTINGS);
        SequenceGenerator generator = new SequenceGenerator(TASK, 3);
        for (int i = 0; i < 40; i++) {
            model.fit(EchoBatch.next(generator, 8).block());
        }
        return model;
    }

    private static SimpleRnnModel rnnTrainedABit() {
        SimpleRnnModel rnn = new SimpleRnnModel(TASK, SETTINGS);
        SequenceGenerator generator = new SequenceGenerator(TASK, 3);
        for (int i = 0; i < 40; i++) {
            rnn.fit(EchoBatch.next(generator, 8));
        }
        return rnn;
    }

    /** The largest difference between the gradient and central finite differences of the loss, over random inputs. */
    private static double finiteDifferenceError(InputGradient gradient) {
        Random random = new Random(11);
        double worst = 0;
        for (int trial = 0; trial < 5; trial++) {
            double[][] inputs = new double[TASK.length()][TASK.features()];
            for (double[] row : inputs) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = random.nextGaussian();
                }
            }
            int target = random.nextInt(TASK.features());
            double[][] analytic = gradient.gradient(inputs, target);
            assertThat(analytic).hasNumberOfRows(TASK.length());
            for (int t = 0; t < inputs.length; t++) {
                for (int i = 0; i < inputs[t].length; i++) {
                    double kept = inputs[t][i];
                    inputs[t][i] = kept + H;
                    double up = gradient.loss(inputs, target);
                    inputs[t][i] = kept - H;
                    double down = gradient.loss(inputs, target);
                    inputs[t][i] = kept;
                    worst = Math.max(worst, Math.abs((up - down) / (2 * H) - analytic[t][i]));
                }
            }
        }
        return worst;
    }

    @Test
    void withUnitsSilencedAndAGateHeldTheGradientStillMatchesFiniteDifferences() {
        BitSet silenced = new BitSet();
        silenced.set(1);
        silenced.set(4);
        org.echolstm.model.engine.ForwardChanges ablation = new org.echolstm.model.engine.ForwardChanges(-1, silenced,
                java.util.Optional.of(new org.echolstm.model.engine.ForwardChanges.HeldGate(
                        org.echolstm.model.engine.Gate.FORGET, 1f)));
        LstmInputGradient plain = lstmTrainedABit().copyKernel().inputGradient();
        LstmInputGradient ablated = plain.with(ablation);

        double error = finiteDifferenceError(ablated);

        assertThat(error).isLessThan(1e-8);
        double[][] inputs = plain.oneHot(new int[] {1, 2, 3, 0});
        assertThat(ablated.gradient(inputs, 2)[0]).as("the ablation changes the gradient")
                .isNotEqualTo(plain.gradient(inputs, 2)[0]);
    }

    @Test
    void withEveryUnitSilencedNoGradientReachesTheInput() {
        EchoModel model = lstmTrainedABit();
        BitSet all = new BitSet();
        all.set(0, model.settings().units());

        double[] norms = new LstmProbe(model).ablated(new Ablation(all, GateClamp.NONE)).gradientNorms(new int[] {1, 2, 3, 0}, 2);

        assertThat(norms).containsOnly(0.0);
    }

    @Test
    void lstmGradientMatchesFiniteDifferences() {
        InputGradient gradient = lstmTrainedABit().copyKernel().inputGradient();

        double error = finiteDifferenceError(gradient);

        System.out.printf("LSTM input gradient vs central differences: max error %.2e%n", error);
        assertThat(error).isLessThan(1e-8);
    }

    @Test
    void rnnGradientMatchesFiniteDifferences() {
        InputGradient gradient = rnnTrainedABit().inputGradient().gradient();

        double error = finiteDifferenceError(gradient);

        System.out.printf("RNN input gradient vs central differences: max error %.2e%n", error);
        assertThat(error).isLessThan(1e-8);
    }

    @Test
    void theLstmGradientIsTheOneOfTheModelsOwnForwardPass() {
        EchoModel model = lstmTrainedABit();
        InputGradient gradient = model.copyKernel().inputGradient();
        SequenceGenerator generator = new SequenceGenerator(TASK, 5);
        for (int s = 0; s < 10; s++) {
            int[] sequence = generator.nextSequence();
            float[] expected = model.predict(sequence).probabilities();
            double[] actual = gradient.probabilities(gradient.oneHot(sequence));
            for (int j = 0; j < expected.length; j++) {
                assertThat(actual[j]).isCloseTo(expected[j], within(1e-5));
            }
        }
    }

    @Test
    void bothGradientsAgreeWithDl4jsInputEpsilon() {
        EchoModel lstm = lstmTrainedABit();
        SimpleRnnModel rnn = rnnTrainedABit();
        EchoSample sample = EchoSample.next(new SequenceGenerator(TASK, 9));
        EchoBatch one = new EchoBatch(TASK, new EchoSample[] {sample});
        INDArray features = Dl4jArrays.inputs(one);
        INDArray labels = Nd4j.create(one.labels(), new long[] {1, TASK.features()}, 'c');

        assertMatchesDl4j(lstm.copyKernel().inputGradient(),
                Dl4jConversion.networkOf(lstm).calculateGradients(features, labels, null, null), sample);
        assertMatchesDl4j(rnn.inputGradient().gradient(), rnn.network().calculateGradients(features, labels, null, null), sample);
    }

    private static void assertMatchesDl4j(InputGradient gradient, Pair<Gradient, INDArray> dl4j, EchoSample sample) {
        double[][] ours = gradient.gradient(gradient.oneHot(sample.sequence()), sample.target());
        INDArray epsilon = dl4j.getSecond(); // [1, features, time]
        for (int t = 0; t < TASK.length(); t++) {
            for (int i = 0; i < TASK.features(); i++) {
                assertThat(ours[t][i]).as("step %d input %d", t, i).isCloseTo(epsilon.getDouble(0, i, t), within(1e-5));
            }
        }
    }

    @Test
    void normsAreTheSizeOfEachStepsGradient() {
        InputGradient gradient = lstmTrainedABit().copyKernel().inputGradient();
        int[] sequence = {3, 0, 4, 1};
        double[][] full = gradient.gradient(gradient.oneHot(sequence), 0);

        double[] norms = gradient.norms(sequence, 0);

        assertThat(norms).hasSize(4);
        for (int t = 0; t < 4; t++) {
            double sum = 0;
            for (double g : full[t]) {
                sum += g * g;
            }
            assertThat(norms[t]).isCloseTo(Math.sqrt(sum), within(1e-15)).isPositive();
        }
    }
}
