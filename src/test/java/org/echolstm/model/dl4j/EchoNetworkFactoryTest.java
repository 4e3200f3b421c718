package org.echolstm.model.dl4j;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.echolstm.model.Prediction;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import static org.assertj.core.api.Assertions.assertThat;

class EchoNetworkFactoryTest {

    @Test
    void notebookNetworkHas5750Parameters() {
        EchoModel model = new EchoModel(EchoTask.NOTEBOOK, ModelSettings.NOTEBOOK);
        assertThat(model.parameterCount()).isEqualTo(5750);
        assertThat(EchoNetworkFactory.parameterCount(25, 25)).isEqualTo(5750);
    }

    @Test
    void parameterCountFormulaMatchesDl4jForOtherShapes() {
        EchoModel model = new EchoModel(new EchoTask(5, 7, 2), new ModelSettings(3, Optimizer.SGD, 0.1, 1));
        assertThat(model.parameterCount()).isEqualTo(EchoNetworkFactory.parameterCount(7, 3));
    }

    @Test
    void forgetGateBiasStartsAtOneAndOtherBiasesAtZero() {
        EchoModel model = new EchoModel(EchoTask.NOTEBOOK, ModelSettings.NOTEBOOK);
        INDArray bias = Dl4jConversion.networkOf(model).getParam("0_b");
        assertThat(bias.length()).isEqualTo(100);
        // DL4J's gate order within the bias: [input, forget, output, input-modulation] blocks of 25.
        assertThat(bias.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(25, 50)).minNumber().doubleValue()).isEqualTo(1.0);
        assertThat(bias.sumNumber().doubleValue()).isEqualTo(25.0);
    }

    @Test
    void sameSeedGivesSameWeightsAndOtherSeedsDiffer() {
        INDArray a = Dl4jConversion.networkOf(new EchoModel(EchoTask.NOTEBOOK, ModelSettings.NOTEBOOK)).params();
        INDArray b = Dl4jConversion.networkOf(new EchoModel(EchoTask.NOTEBOOK, ModelSettings.NOTEBOOK)).params();
        INDArray c = Dl4jConversion.networkOf(new EchoModel(EchoTask.NOTEBOOK, ModelSettings.NOTEBOOK.withSeed(2))).params();
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void outputsAreProbabilitiesOverTheFeatures() {
        EchoModel model = new EchoModel(EchoTask.NOTEBOOK, ModelSettings.NOTEBOOK);
        Prediction prediction = model.predict(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        assertThat(prediction.probabilities()).hasSize(25);
        double sum = 0;
        for (float p : prediction.probabilities()) {
            assertThat(p).isBetween(0f, 1f);
            sum += p;
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(prediction.expected()).isEqualTo(8);
    }
}
