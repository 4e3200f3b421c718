package org.echolstm.model.dl4j;

import org.echolstm.model.Probabilities;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.AtomicFiles;
import org.echolstm.model.EchoModel;
import org.echolstm.model.FileEntries;
import org.echolstm.model.ModelFileException;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.weights.WeightInit;
import org.echolstm.model.Dl4jArrays;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelFilesTest {
    private static final EchoTask TASK = new EchoTask(6, 8, 3);
    private static EchoModel trained;
    private static Path saved;

    @TempDir
    static Path folder;

    @BeforeAll
    static void trainAndSave() throws IOException {
        trained = new EchoModel(TASK, new ModelSettings(6, Optimizer.ADAM, 0.01, 5));
        SequenceGenerator generator = new SequenceGenerator(TASK, 5);
        for (int i = 0; i < 10; i++) {
            trained.fit(EchoBatch.next(generator, 8).block());
        }
        saved = folder.resolve("model.zip");
        ModelFiles.save(trained, saved, "test");
    }

    @Test
    void savedModelOpensWithIdenticalOutputsTaskAndSettings() throws IOException {
        EchoModel opened = ModelFiles.open(saved);
        assertThat(opened.task()).isEqualTo(TASK);
        assertThat(opened.settings()).isEqualTo(trained.settings());
        assertThat(opened.samplesTrained()).isEqualTo(80);
        EchoBatch batch = EchoBatch.next(new SequenceGenerator(TASK, 99), 50);
        float[][] expected = Probabilities.of(trained, batch);
        float[][] actual = Probabilities.of(opened, batch);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).containsExactly(expected[i]);
        }
    }

    @Test
    void optimizerStateSurvivesSoTrainingContinuesIdentically() throws IOException {
        EchoModel opened = ModelFiles.open(saved);
        EchoModel original = trained.copy();
        EchoBatch batch = EchoBatch.next(new SequenceGenerator(TASK, 7), 8);
        double lossOpened = opened.fit(batch.block()).loss();
        double lossOriginal = original.fit(batch.block()).loss();
        assertThat(lossOpened).isEqualTo(lossOriginal);
        assertThat(Dl4jConversion.networkOf(opened).params()).isEqualTo(Dl4jConversion.networkOf(original).params());
    }

    @Test
    void fileIsAPlainDl4jZipWithOurMetadataEntry() throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(saved))) {
            List<String> names = new ArrayList<>();
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
            assertThat(names).containsExactlyInAnyOrder("configuration.json", "coefficients.bin",
                    "updaterState.bin", ModelFiles.METADATA_ENTRY);
        }
        var restored = ModelSerializer.restoreMultiLayerNetwork(saved.toFile());
        assertThat(restored.params()).isEqualTo(Dl4jConversion.networkOf(trained).params());
    }

    @Test
    void aDl4jZipWithoutOurMetadataIsRefusedWithAReason() throws IOException {
        Path plain = folder.resolve("plain.zip");
        try (OutputStream out = Files.newOutputStream(plain)) {
            writePlainDl4j(Dl4jConversion.networkOf(trained), out);
        }
        assertThatThrownBy(() -> ModelFiles.open(plain)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("no echo task stored");
    }

    @Test
    void aCompatibleDl4jZipOpensOnceTheTaskIsGiven() throws IOException {
        Path plain = folder.resolve("plain2.zip");
        try (OutputStream out = Files.newOutputStream(plain)) {
            writePlainDl4j(Dl4jConversion.networkOf(trained), out);
        }
        assertThatThrownBy(() -> ModelFiles.open(plain, Set.of()))
                .isInstanceOfSatisfying(ModelFiles.TaskUnknownException.class,
                        e -> assertThat(e.features()).isEqualTo(8));
        EchoModel opened = ModelFiles.openWithTask(plain, 6, 3);
        assertThat(opened.task()).isEqualTo(TASK);
        assertThat(opened.settings().units()).isEqualTo(6);
        assertThat(opened.settings().optimizer()).isEqualTo(Optimizer.ADAM);
        assertThat(opened.settings().learningRate()).isEqualTo(0.01);
        EchoBatch batch = EchoBatch.next(new SequenceGenerator(TASK, 3), 5);
        assertThat(Probabilities.of(opened, batch)[2]).containsExactly(Probabilities.of(trained, batch)[2]);
        assertThatThrownBy(() -> ModelFiles.openWithTask(plain, 6, 6)).isInstanceOf(ModelFileException.class)
                .hasMessage("echo index must be between 0 and 5 (was 6).");
    }

    /**
     * A DL4J network of our architecture with settings our own never has (an SGD bias updater beside
     * Adam, a learning-rate schedule) trains on in the engine and is written back with its own
     * configuration, so the file still continues as that network.
     */
    @Test
    void aForeignConfigurationIsKeptThroughTrainingAndSaving() throws IOException {
        LSTM lstm = new LSTM.Builder().nIn(8).nOut(6).activation(Activation.TANH)
                .gateActivationFunction(Activation.SIGMOID).biasUpdater(new Sgd(0.05)).build();
        OutputLayer output = new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(6).nOut(8)
                .activation(Activation.SOFTMAX).build();
        MultiLayerNetwork network = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(4)
                .updater(new Adam(new ExponentialSchedule(ScheduleType.ITERATION, 0.01, 0.95)))
                .weightInit(WeightInit.XAVIER).list().layer(new LastTimeStep(lstm)).layer(output)
                .setInputType(InputType.recurrent(8, 6)).build());
        network.init();
        Path foreign = folder.resolve("foreign.zip");
        try (OutputStream out = Files.newOutputStream(foreign)) {
            writePlainDl4j(network, out);
        }
        EchoModel opened = ModelFiles.openWithTask(foreign, 6, 3);
        SequenceGenerator generator = new SequenceGenerator(TASK, 8);
        for (int step = 0; step < 3; step++) {
            EchoBatch batch = EchoBatch.next(generator, 4);
            opened.fit(batch.block());
            network.fit(Dl4jArrays.inputs(batch), Dl4jArrays.labels(batch));
        }
        Path resaved = folder.resolve("foreign-resaved.zip");
        ModelFiles.save(opened, resaved, "test");
        EchoModel reopened = ModelFiles.open(resaved);
        MultiLayerNetwork written = Dl4jConversion.networkOf(reopened);
        assertThat(written.getLayerWiseConfigurations().toJson().replaceAll("\"iterationCount\" : \\d+", ""))
                .isEqualTo(network.getLayerWiseConfigurations().toJson().replaceAll("\"iterationCount\" : \\d+", ""));
        assertThat(written.getLayerWiseConfigurations().getIterationCount()).isEqualTo(3);
        assertThat(written.getUpdater().getStateViewArray().length())
                .isEqualTo(network.getUpdater().getStateViewArray().length());
        org.echolstm.model.engine.Closeness.assertClose("parameters", reopened.parameters(),
                network.params().toFloatVector(), 1e-4, 1e-6);
        EchoBatch next = EchoBatch.next(generator, 4);
        assertThat(reopened.fit(next.block())).isEqualTo(opened.fit(next.block()));
    }

    @Test
    void aDl4jZipOfAnotherArchitectureIsRefused() throws IOException {
        var conf = new NeuralNetConfiguration.Builder().list()
                .layer(new DenseLayer.Builder().nIn(4).nOut(3).build())
                .layer(new OutputLayer.Builder().nIn(3).nOut(2).activation(Activation.SOFTMAX).build())
                .build();
        var network = new MultiLayerNetwork(conf);
        network.init();
        Path other = folder.resolve("dense.zip");
        try (OutputStream out = Files.newOutputStream(other)) {
            writePlainDl4j(network, out);
        }
        assertThatThrownBy(() -> ModelFiles.open(other)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("network other than an LSTM followed by a softmax output layer");
    }

    @Test
    void aCheckpointRestoresWeightsOptimizerStateAndSamples() {
        EchoModel model = trained.copy();
        EchoModel.Checkpoint checkpoint = model.checkpoint();
        EchoBatch probe = EchoBatch.next(new SequenceGenerator(TASK, 11), 20);
        float[][] before = Probabilities.of(model, probe);
        EchoBatch next = EchoBatch.next(new SequenceGenerator(TASK, 12), 8);
        double firstLoss = model.fit(next.block()).loss();
        model.fit(EchoBatch.next(new SequenceGenerator(TASK, 13), 8).block());
        assertThat(model.samplesTrained()).isEqualTo(96);

        model.restore(checkpoint);
        assertThat(model.samplesTrained()).isEqualTo(80);
        assertSameProbabilities(Probabilities.of(model, probe), before);
        // The optimizer state came back too: the same batch gives the same step.
        assertThat(model.fit(next.block()).loss()).isEqualTo(firstLoss);
        assertThatThrownBy(() -> model.restore(trained.checkpoint())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCheckpointSavedAgainInPlaceHoldsTheNewState() {
        EchoModel model = trained.copy();
        EchoModel.Checkpoint checkpoint = model.checkpoint();
        EchoBatch next = EchoBatch.next(new SequenceGenerator(TASK, 12), 8);
        model.fit(EchoBatch.next(new SequenceGenerator(TASK, 13), 8).block());
        EchoBatch probe = EchoBatch.next(new SequenceGenerator(TASK, 11), 20);
        float[][] saved = Probabilities.of(model, probe);
        assertThat(model.checkpoint(checkpoint)).isSameAs(checkpoint);
        assertThat(checkpoint.samplesTrained()).isEqualTo(88);
        double firstLoss = model.fit(next.block()).loss();
        model.fit(next.block());

        model.restore(checkpoint);
        assertThat(model.samplesTrained()).isEqualTo(88);
        assertSameProbabilities(Probabilities.of(model, probe), saved);
        assertThat(model.fit(next.block()).loss()).isEqualTo(firstLoss);
        assertThatThrownBy(() -> trained.copy().checkpoint(checkpoint)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertSameProbabilities(float[][] actual, float[][] expected) {
        assertThat(actual).hasSameDimensionsAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).containsExactly(expected[i]);
        }
    }

    @Test
    void missingWeightsAreRefused() throws IOException {
        Path partial = folder.resolve("partial.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            for (String name : new String[] {"configuration.json", ModelFiles.METADATA_ENTRY}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(readEntry(name));
                zip.closeEntry();
            }
        }
        assertThatThrownBy(() -> ModelFiles.open(partial)).isInstanceOf(ModelFileException.class)
                .hasMessage("The model file lacks its network configuration or its weights.");
    }

    @Test
    void notAZipIsRefused() throws IOException {
        Path text = folder.resolve("notes.zip");
        Files.writeString(text, "hello");
        assertThatThrownBy(() -> ModelFiles.open(text)).isInstanceOf(ModelFileException.class)
                .hasMessage("notes.zip is not a model file (not a readable zip archive).");
    }

    @Test
    void truncatedFileIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(saved);
        Path truncated = folder.resolve("truncated.zip");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length - 100));
        assertThatThrownBy(() -> ModelFiles.open(truncated)).isInstanceOf(ModelFileException.class);
    }

    @Test
    void missingFileIsRefused() {
        assertThatThrownBy(() -> ModelFiles.open(folder.resolve("nope.zip")))
                .isInstanceOf(ModelFileException.class).hasMessage("nope.zip does not exist.");
    }

    @Test
    void serializedObjectEntryIsRefusedBeforeAnythingIsDeserialized() throws IOException {
        Path hostile = copyWith("hostile.zip", "preprocessor.bin", new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5});
        assertThatThrownBy(() -> ModelFiles.open(hostile)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("unexpected entry (preprocessor.bin)");
    }

    @Test
    void pathTraversalEntryIsRefused() throws IOException {
        Path hostile = copyWith("traversal.zip", "../../evil.sh", "echo".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ModelFiles.open(hostile)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("unexpected entry");
    }

    @Test
    void hugeEntryIsRefusedWithoutReadingItAll() throws IOException {
        Path bomb = folder.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("configuration.json"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 3; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(100_000);
        assertThatThrownBy(() -> ModelFiles.open(bomb)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("larger than any model");
    }

    @Test
    void metadataWithAnInvalidTaskIsRefused() throws IOException {
        Path bad = replaceEntry("badtask.zip", ModelFiles.METADATA_ENTRY, new String(readEntry(ModelFiles.METADATA_ENTRY),
                StandardCharsets.UTF_8).replace("\"echoIndex\" : 3", "\"echoIndex\" : 30").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ModelFiles.open(bad)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("echo index must be between 0 and 5 (was 30)");
    }

    @Test
    void metadataThatDisagreesWithTheWeightsShapesIsRefused() throws IOException {
        Path bad = replaceEntry("badshape.zip", ModelFiles.METADATA_ENTRY, new String(readEntry(ModelFiles.METADATA_ENTRY),
                StandardCharsets.UTF_8).replace("\"features\" : 8", "\"features\" : 9").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ModelFiles.open(bad)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("layer sizes do not match");
    }

    @Test
    void configurationNamingForeignClassesIsRefused() throws IOException {
        String json = new String(readEntry("configuration.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"@class\" : \"org\\.deeplearning4j[^\"]*\"", "\"@class\" : \"java.lang.ProcessBuilder\"");
        Path bad = replaceEntry("foreign.zip", "configuration.json", json.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ModelFiles.open(bad)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("not part of DL4J (java.lang.ProcessBuilder)");
    }

    @Test
    void weightsOfTheWrongLengthAreRefused() throws IOException {
        byte[] coefficients = readEntry("coefficients.bin");
        Path bad = replaceEntry("short.zip", "coefficients.bin", Arrays.copyOf(coefficients, coefficients.length - 40));
        assertThatThrownBy(() -> ModelFiles.open(bad)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("weights");
    }

    @Test
    void anUnwritableFolderIsOneSentence() throws IOException {
        Path notAFolder = folder.resolve("plain-file");
        Files.writeString(notAFolder, "x");
        assertThatThrownBy(() -> ModelFiles.save(trained, notAFolder.resolve("model.zip"), "test"))
                .isInstanceOf(ModelFileException.class).hasMessageStartingWith("Could not write model.zip: ");
        Path missing = folder.resolve("no-such-folder").resolve("model.zip");
        assertThatThrownBy(() -> ModelFiles.save(trained, missing, "test"))
                .isInstanceOf(ModelFileException.class).hasMessage("Could not write model.zip: the folder does not exist.");
    }

    @Test
    void aFullDiskLeavesThePreviousFileIntact() throws IOException {
        Path target = folder.resolve("full.zip");
        ModelFiles.save(trained, target, "test");
        byte[] before = Files.readAllBytes(target);
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(new byte[4096]);
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(ModelFiles.open(target).samplesTrained()).isEqualTo(80);
    }

    @Test
    void failedWriteLeavesThePreviousFileIntact() throws IOException {
        Path target = folder.resolve("keep.zip");
        ModelFiles.save(trained, target, "test");
        byte[] before = Files.readAllBytes(target);
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(new byte[] {1, 2, 3});
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** A DL4J zip without our metadata, as other DL4J code writes it. */
    private static void writePlainDl4j(MultiLayerNetwork network, OutputStream out) throws IOException {
        ModelSerializer.writeModel(network, out, true);
    }

    private static byte[] readEntry(String name) throws IOException {
        return FileEntries.read(saved).get(name);
    }

    private static Path copyWith(String fileName, String extraName, byte[] extra) throws IOException {
        Path target = folder.resolve(fileName);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(saved));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(extraName));
            out.write(extra);
            out.closeEntry();
        }
        return target;
    }

    private static Path replaceEntry(String fileName, String entryName, byte[] content) throws IOException {
        Path target = folder.resolve(fileName);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(saved));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entryName)) {
                    out.write(content);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return target;
    }
}
