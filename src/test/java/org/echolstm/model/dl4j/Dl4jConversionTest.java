package org.echolstm.model.dl4j;

import org.echolstm.model.Probabilities;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.EchoModel;
import org.echolstm.model.FileEntries;
import org.echolstm.model.ModelFileException;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.echolstm.model.StepResult;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echolstm.model.Dl4jArrays.inputs;
import static org.echolstm.model.Dl4jArrays.labels;
import static org.echolstm.model.engine.Closeness.assertClose;
import static org.echolstm.model.engine.Closeness.within;

/** A model as DL4J's network: the file DL4J's own training would write, the state as it is now, and what is refused. */
class Dl4jConversionTest {
    private static final EchoTask TASK = new EchoTask(6, 7, 3);
    private static final ModelSettings SETTINGS = new ModelSettings(5, Optimizer.ADAM, 0.01, 8);

    @Test
    void trainingGivesTheModelFileDl4jTrainingWould() throws IOException {
        EchoModel model = new EchoModel(TASK, SETTINGS);
        MultiLayerNetwork reference = Dl4jConversion.networkOf(model);

        SequenceGenerator generator = new SequenceGenerator(TASK, 1);
        for (int step = 0; step < 15; step++) {
            EchoBatch batch = EchoBatch.next(generator, 4);
            StepResult result = model.fit(batch.block());
            reference.fit(inputs(batch), labels(batch));
            assertThat(result.loss()).isCloseTo(reference.score(), within(1e-5 * reference.score()));
        }
        assertThat(model.samplesTrained()).isEqualTo(60);

        Map<String, byte[]> ours = entries(Dl4jConversion.networkOf(model));
        Map<String, byte[]> theirs = entries(reference);
        assertThat(ours.keySet()).containsExactlyInAnyOrderElementsOf(theirs.keySet())
                .contains(ModelFiles.CONFIGURATION_ENTRY, ModelFiles.COEFFICIENTS_ENTRY, ModelFiles.UPDATER_ENTRY);
        String configuration = new String(ours.get(ModelFiles.CONFIGURATION_ENTRY), StandardCharsets.UTF_8);
        assertThat(configuration).isEqualTo(new String(theirs.get(ModelFiles.CONFIGURATION_ENTRY), StandardCharsets.UTF_8))
                .contains("\"iterationCount\" : 15");
        long parameters = EchoNetworkFactory.parameterCount(TASK.features(), SETTINGS.units());
        assertClose("coefficients", floats(ours, ModelFiles.COEFFICIENTS_ENTRY, parameters),
                floats(theirs, ModelFiles.COEFFICIENTS_ENTRY, parameters), 1e-4, 1e-6);
        assertClose("updater state", floats(ours, ModelFiles.UPDATER_ENTRY, 2 * parameters),
                floats(theirs, ModelFiles.UPDATER_ENTRY, 2 * parameters), 1e-4, 1e-9);
    }

    @Test
    void aNetworkHoldsTheModelAsItIsNow() {
        EchoModel model = new EchoModel(TASK, SETTINGS);
        SequenceGenerator generator = new SequenceGenerator(TASK, 2);
        EchoBatch probe = EchoBatch.next(generator, 5);
        model.fit(EchoBatch.next(generator, 3).block());

        MultiLayerNetwork network = Dl4jConversion.networkOf(model);
        assertClose("network output", network.output(inputs(probe), false).toFloatMatrix()[0],
                Probabilities.of(model, probe)[0], 1e-5, 1e-6);
        assertThat(network.getLayerWiseConfigurations().getIterationCount()).isEqualTo(1);

        // A change to the network does not reach the model; after a step, a new network has the step.
        network.params().putScalar(0, network.params().getFloat(0) + 1f);
        assertThat(model.parameters()[0]).isNotEqualTo(network.params().getFloat(0));
        model.fit(EchoBatch.next(generator, 3).block());
        MultiLayerNetwork after = Dl4jConversion.networkOf(model);
        assertThat(after.params().toFloatVector()).containsExactly(model.parameters());
        assertThat(after.getUpdater().getStateViewArray().toFloatVector())
                .containsExactly(model.engineState().optimizerState());
        assertThat(after.getLayerWiseConfigurations().getIterationCount()).isEqualTo(2);
        assertClose("network output after second step", after.output(inputs(probe), false).toFloatMatrix()[0],
                Probabilities.of(model, probe)[0], 1e-5, 1e-6);
    }

    @Test
    void modelFilesRefuseNetworksTheEngineCannotTrainExactly() {
        LSTM lstm = new LSTM.Builder().nIn(TASK.features()).nOut(5).activation(Activation.TANH)
                .gateActivationFunction(Activation.SIGMOID).dropOut(0.5).build();
        OutputLayer output = new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(5).nOut(TASK.features())
                .activation(Activation.SOFTMAX).build();
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().updater(new Adam(0.01)).list()
                .layer(new LastTimeStep(lstm)).layer(output)
                .setInputType(InputType.recurrent(TASK.features(), TASK.length())).build();

        assertThatThrownBy(() -> ModelFiles.checkArchitecture(conf, TASK, new ModelSettings(5, Optimizer.ADAM, 0.01, 1)))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("dropout");
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        assertThatThrownBy(() -> Dl4jConversion.modelOf(TASK, new ModelSettings(5, Optimizer.ADAM, 0.01, 1), network, 0))
                .isInstanceOf(IllegalArgumentException.class);
        // Our own configuration passes.
        Dl4jArchitecture.check(EchoNetworkFactory.configuration(TASK, SETTINGS));
    }

    private static Map<String, byte[]> entries(MultiLayerNetwork network) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelSerializer.writeModel(network, bytes, true);
        Path file = Files.createTempFile("echo-model", ".zip");
        try {
            Files.write(file, bytes.toByteArray());
            return FileEntries.read(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static float[] floats(Map<String, byte[]> entries, String name, long length) throws ModelFileException {
        return Nd4jArrayCodec.readFloatRow(entries.get(name), length, Nd4jArrayCodec.Kind.WEIGHTS).toFloatVector();
    }
}
