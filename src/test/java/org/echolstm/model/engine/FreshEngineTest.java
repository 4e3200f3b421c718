package org.echolstm.model.engine;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoNetworkFactory;
import org.echolstm.model.dl4j.Dl4jConversion;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A fresh engine starts as DL4J starts the application's network: same layout, same kind of weights, same biases. */
class FreshEngineTest {
    private static final EchoTask TASK = new EchoTask(10, 60, 3);
    private static final ModelSettings SETTINGS = new ModelSettings(48, Optimizer.ADAM, 0.01, 5);

    private static LstmEngine fresh(long seed) {
        return FreshEngine.of(TASK.features(), SETTINGS.units(), TASK.features(),
                UpdateSettings.defaults(UpdateRule.ADAM, SETTINGS.learningRate()), seed);
    }

    @Test
    void weightsHaveDl4jsSpreadAndBiasesItsValues() {
        LstmEngine ours = fresh(SETTINGS.seed());
        LstmEngine dl4j = Dl4jConversion.engineOf(EchoNetworkFactory.build(TASK, SETTINGS));
        assertThat(ours.layout().parameterCount()).isEqualTo(dl4j.layout().parameterCount());
        assertThat(ours.updaterState()).containsOnly(0f).hasSameSizeAs(dl4j.updaterState());
        for (ParameterLayout.Part part : ParameterLayout.Part.values()) {
            float[] a = part(ours, part);
            float[] b = part(dl4j, part);
            assertThat(mean(a)).as("mean of %s", part).isCloseTo(mean(b), within(0.01));
            assertThat(spread(a)).as("spread of %s", part).isCloseTo(spread(b), within(0.05 * spread(b) + 1e-9));
            if (part == ParameterLayout.Part.LSTM_BIAS || part == ParameterLayout.Part.DENSE_BIAS) {
                assertThat(a).containsExactly(b);
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

    private static float[] part(LstmEngine engine, ParameterLayout.Part part) {
        float[][][] arrays = engine.layout().newArrays();
        engine.layout().unflatten(engine.params(), arrays);
        float[][] rows = arrays[part.ordinal()];
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
