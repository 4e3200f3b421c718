package org.echolstm.model.engine;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.dl4j.EchoNetworkFactory;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.echolstm.model.SimpleRnnModel;
import org.echolstm.model.dl4j.Dl4jConversion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.echolstm.model.Dl4jArrays.inputs;
import static org.echolstm.model.Dl4jArrays.labels;
import static org.echolstm.model.engine.Closeness.assertClose;

/**
 * New networks, the LSTM's and the plain RNN's, start as DL4J starts them: same layout, same kind of
 * weights, same biases, and for every optimizer the same optimizer state, so that their first
 * steps from the same weights are DL4J's steps.
 */
class FreshEngineTest {
    private static final EchoTask TASK = new EchoTask(10, 60, 3);
    private static final ModelSettings SETTINGS = new ModelSettings(48, Optimizer.ADAM, 0.01, 5);
    private static final EchoTask SMALL = new EchoTask(6, 7, 2);

    private static LstmEngine fresh(long seed) {
        return FreshEngine.lstm(TASK.features(), SETTINGS.units(), TASK.features(),
                UpdateSettings.defaults(UpdateRule.ADAM, SETTINGS.learningRate()), seed);
    }

    private static ModelSettings small(Optimizer optimizer) {
        return new ModelSettings(5, optimizer, optimizer == Optimizer.SGD ? 0.5 : 0.01, 3);
    }

    @Test
    void weightsHaveDl4jsSpreadAndBiasesItsValues() {
        LstmEngine ours = fresh(SETTINGS.seed());
        LstmEngine dl4j = Dl4jConversion.engineOf(EchoNetworkFactory.build(TASK, SETTINGS));
        assertThat(ours.layout().parameterCount()).isEqualTo(dl4j.layout().parameterCount());
        for (ParameterLayout.Part part : ParameterLayout.Part.values()) {
            float[] a = part(ours, part);
            float[] b = part(dl4j, part);
            assertThat(mean(a)).as("mean of %s", part).isCloseTo(mean(b), within(0.01));
            assertThat(spread(a)).as("spread of %s", part).isCloseTo(spread(b), within(0.05 * spread(b) + 1e-9));
            if (part == ParameterLayout.Part.BIAS || part == ParameterLayout.Part.DENSE_BIAS) {
                assertThat(a).containsExactly(b);
            }
        }
    }

    /** Fails where a new LSTM's RMSProp state started at 0: DL4J starts the mean of squares at epsilon. */
    @ParameterizedTest
    @EnumSource(Optimizer.class)
    void anLstmStartsWithDl4jsOptimizerStateAndTakesDl4jsFirstSteps(Optimizer optimizer) {
        ModelSettings settings = small(optimizer);
        LstmEngine ours = FreshEngine.lstm(SMALL.features(), settings.units(), SMALL.features(),
                optimizer.settings(settings.learningRate()), settings.seed());
        MultiLayerNetwork dl4j = EchoNetworkFactory.build(SMALL, settings);
        assertThat(ours.updaterState()).as("the optimizer state of a new network").containsExactly(state(dl4j));
        // DL4J's network from the engine's weights, its optimizer state its own.
        dl4j.params().assign(Nd4j.createFromArray(ours.params()).reshape(dl4j.params().shape()));
        SequenceGenerator generator = new SequenceGenerator(SMALL, 4);
        for (int step = 0; step < 3; step++) {
            EchoBatch batch = EchoBatch.next(generator, 6);
            dl4j.fit(inputs(batch), labels(batch));
            Batches.fit(ours, batch);
            assertClose("parameters after step " + step, ours.params(), dl4j.params().toFloatVector(), 1e-5, 1e-7);
            assertClose("optimizer state after step " + step, ours.updaterState(), state(dl4j), 1e-4, 1e-9);
        }
    }

    @ParameterizedTest
    @EnumSource(Optimizer.class)
    void aPlainRnnStartsWithDl4jsOptimizerState(Optimizer optimizer) {
        ModelSettings settings = small(optimizer);
        ParameterLayout layout = ParameterLayout.plainRnn(SMALL.features(), settings.units(), SMALL.features(),
                optimizer.settings(settings.learningRate()));
        MultiLayerNetwork dl4j = new SimpleRnnModel(SMALL, settings).network();
        assertThat(layout.parameterCount()).isEqualTo(dl4j.numParams());
        assertThat(layout.flattenState(layout.newState())).as("the optimizer state of a new network")
                .containsExactly(state(dl4j));
    }

    @Test
    void aPlainRnnsWeightsHaveDl4jsSpreadAndZeroBiases() {
        RnnKernel ours = FreshEngine.plainRnn(TASK.features(), SETTINGS.units(), TASK.features(),
                UpdateSettings.defaults(UpdateRule.ADAM, 0.01), SETTINGS.seed());
        MultiLayerNetwork dl4j = new SimpleRnnModel(TASK, SETTINGS).network();
        String[] keys = {"0_W", "0_RW", "0_b", "1_W", "1_b"};
        for (RnnKernel.Part part : RnnKernel.Part.values()) {
            float[] a = flat(ours.parameter(part));
            float[] b = dl4j.getParam(keys[part.ordinal()]).dup('c').reshape(-1).toFloatVector();
            assertThat(a).as("size of %s", part).hasSameSizeAs(b);
            assertThat(spread(a)).as("spread of %s", part).isCloseTo(spread(b), within(0.06 * spread(b) + 1e-9));
            if (part == RnnKernel.Part.B || part == RnnKernel.Part.OUTPUT_B) {
                assertThat(a).containsExactly(b).containsOnly(0f);
            }
        }
    }

    @Test
    void aSeedGivesTheSameWeightsAndAnotherSeedOthers() {
        assertThat(fresh(5).params()).containsExactly(fresh(5).params());
        assertThat(fresh(5).params()).isNotEqualTo(fresh(6).params());
    }

    @Test
    void softmaxClippingIsDl4jsDefault() {
        assertThat(FreshEngine.SOFTMAX_CLIP_EPS).isEqualTo(new LossMCXENT().getSoftmaxClipEps());
        MultiLayerNetwork network = EchoNetworkFactory.build(TASK, SETTINGS);
        assertThat(network.getLayerWiseConfigurations().getConf(0).getLayer().toString())
                .contains("forgetGateBiasInit=" + FreshEngine.FORGET_GATE_BIAS);
    }

    private static float[] state(MultiLayerNetwork network) {
        INDArray view = network.getUpdater() == null ? null : network.getUpdater().getStateViewArray();
        return view == null ? new float[0] : view.toFloatVector();
    }

    private static float[] part(LstmEngine engine, ParameterLayout.Part part) {
        float[][][] arrays = engine.layout().newArrays();
        engine.layout().unflatten(engine.params(), arrays);
        return flat(arrays[part.ordinal()]);
    }

    private static float[] flat(float[][] rows) {
        float[] flat = new float[rows.length * rows[0].length];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * rows[r].length, rows[r].length);
        }
        return flat;
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double spread(float[] values) {
        double mean = mean(values);
        double sum = 0;
        for (float v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / values.length);
    }
}
