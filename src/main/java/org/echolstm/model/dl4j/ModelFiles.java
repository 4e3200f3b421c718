package org.echolstm.model.dl4j;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.echolstm.echo.Bounds;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.InvalidSettingException;
import org.echolstm.model.EchoModel;
import org.echolstm.model.JsonEntry;
import org.echolstm.model.ModelFileException;
import org.echolstm.model.ModelFileException.Problem;
import org.echolstm.model.ModelMetadata;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.echolstm.model.ZipEntries;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.IUpdater;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Model files: DL4J's own zip (configuration, coefficients, updater state, readable by any DL4J
 * code) plus one JSON entry of ours with the task and the settings.
 *
 * <p>An opened file is untrusted. Before anything reaches DL4J it is checked here: only the known
 * entries, each of bounded size, no Java-serialized objects (DL4J's own restore deserializes
 * {@code preprocessor.bin} with an unfiltered {@code ObjectInputStream}; we never call it), a
 * configuration of our architecture only, and parameter arrays of exactly the expected length.
 */
public final class ModelFiles {
    public static final String METADATA_ENTRY = "echo-lstm.json";
    public static final String CONFIGURATION_ENTRY = "configuration.json";
    static final String COEFFICIENTS_ENTRY = "coefficients.bin";
    static final String UPDATER_ENTRY = "updaterState.bin";
    private static final Set<String> KNOWN_ENTRIES =
            Set.of(METADATA_ENTRY, CONFIGURATION_ENTRY, COEFFICIENTS_ENTRY, UPDATER_ENTRY);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonEntry.Problems METADATA_PROBLEMS = new JsonEntry.Problems(Problem.TASK_NOT_JSON,
            Problem.TASK_NOT_AN_OBJECT, Problem.TASK_WRONG_TYPE, Problem.TASK_INCOMPLETE, Problem.TASK_UNKNOWN_FIELD,
            Problem.TASK_INVALID);

    private ModelFiles() {
    }

    /** Writes {@code model} to {@code file} atomically: a failed write leaves any previous file intact. */
    public static void save(EchoModel model, Path file, String appVersion) throws ModelFileException {
        save(model, file, appVersion, Map.of());
    }

    /**
     * Writes {@code model} plus {@code extraEntries} (a lesson's settings and history) atomically.
     * Extra entries must be among those {@link #open(Path, Set)} is told to accept.
     */
    public static void save(EchoModel model, Path file, String appVersion, Map<String, byte[]> extraEntries)
            throws ModelFileException {
        ModelMetadata metadata = new ModelMetadata(ModelMetadata.FORMAT_VERSION, appVersion, model.task(),
                model.settings(), model.samplesTrained());
        try {
            ByteArrayOutputStream dl4jZip = new ByteArrayOutputStream();
            ModelSerializer.writeModel(Dl4jConversion.networkOf(model), dl4jZip, true);
            Map<String, byte[]> ours = new LinkedHashMap<>();
            ours.put(METADATA_ENTRY, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(metadata));
            ours.putAll(new TreeMap<>(extraEntries));
            ZipEntries.write(file, dl4jZip.toByteArray(), ours);
        } catch (IOException e) {
            throw ModelFileException.writeFailed(file, e);
        }
    }

    /** A model file's model and the extra entries it was allowed to carry. */
    public record Opened(EchoModel model, Map<String, byte[]> extras) {
    }

    /**
     * A DL4J model of a compatible architecture made elsewhere: it has no task stored, so the user
     * must give the sequence length and echo index; the feature count comes from its shape.
     */
    public static final class TaskUnknownException extends ModelFileException {
        private final int features;

        TaskUnknownException(int features) {
            super(Problem.TASK_UNKNOWN);
            this.features = features;
        }

        public int features() {
            return features;
        }
    }

    /** Opens a model file written by {@link #save}, checking everything before DL4J sees it. */
    public static EchoModel open(Path file) throws ModelFileException {
        return open(file, Set.of()).model();
    }

    /**
     * Opens a model file that may also carry the named extra entries. A compatible DL4J model
     * without our task fails with {@link TaskUnknownException}; see {@link #openWithTask}.
     */
    public static Opened open(Path file, Set<String> extraEntries) throws ModelFileException {
        Map<String, byte[]> entries = readEntries(file, extraEntries);
        byte[] metadataBytes = entries.get(METADATA_ENTRY);
        if (metadataBytes == null) {
            MultiLayerConfiguration conf = NetworkConfiguration.parse(requireConfiguration(entries));
            throw new TaskUnknownException(foreignSettings(conf).features());
        }
        ModelMetadata metadata = parseMetadata(metadataBytes);
        EchoModel model = restore(entries, metadata.task(), metadata.settings(), metadata.samplesTrained());
        Map<String, byte[]> extras = new HashMap<>(entries);
        extras.keySet().retainAll(extraEntries);
        return new Opened(model, extras);
    }

    /**
     * Opens a DL4J model made elsewhere (no task stored) for the given sequence length and echo
     * index; the optimizer, learning rate, units and seed come from its configuration.
     */
    public static EchoModel openWithTask(Path file, int length, int echoIndex) throws ModelFileException {
        Map<String, byte[]> entries = readEntries(file, Set.of());
        MultiLayerConfiguration conf = NetworkConfiguration.parse(requireConfiguration(entries));
        ForeignSettings foreign = foreignSettings(conf);
        EchoTask task;
        try {
            task = new EchoTask(length, foreign.features(), echoIndex);
        } catch (InvalidSettingException e) {
            throw new ModelFileException(Problem.TASK_DOES_NOT_FIT, e, e.getMessage());
        }
        return restore(entries, task, foreign.settings(), 0);
    }

    private record ForeignSettings(int features, ModelSettings settings) {
    }

    /** Reads units, optimizer and seed from a configuration of our architecture. */
    private static ForeignSettings foreignSettings(MultiLayerConfiguration conf) throws ModelFileException {
        NetworkConfiguration.checkSupported(conf);
        LSTM lstm = Dl4jArchitecture.lstm(conf);
        IUpdater updater = lstm.getIUpdater();
        Optimizer optimizer = Dl4jUpdaters.settingsOf(updater).flatMap(Optimizer::of).orElseThrow(() ->
                new ModelFileException(Problem.UNKNOWN_OPTIMIZER, updater.getClass().getSimpleName()));
        try {
            ModelSettings settings = new ModelSettings((int) lstm.getNOut(), optimizer,
                    updater.getLearningRate(0, 0), conf.getConf(0).getSeed());
            int features = (int) lstm.getNIn();
            if (features < EchoTask.MIN_FEATURES || features > EchoTask.MAX_FEATURES) {
                throw new ModelFileException(Problem.FEATURES_OUT_OF_RANGE, features, EchoTask.MIN_FEATURES,
                        EchoTask.MAX_FEATURES);
            }
            return new ForeignSettings(features, settings);
        } catch (InvalidSettingException e) {
            throw new ModelFileException(Problem.FOREIGN_SETTINGS, e, e.getMessage());
        }
    }

    private static byte[] requireConfiguration(Map<String, byte[]> entries) throws ModelFileException {
        byte[] bytes = entries.get(CONFIGURATION_ENTRY);
        if (bytes == null) {
            throw new ModelFileException(Problem.MISSING_CONFIGURATION);
        }
        return bytes;
    }

    private static ModelMetadata parseMetadata(byte[] bytes) throws ModelFileException {
        ObjectNode entry = JsonEntry.object(bytes, METADATA_PROBLEMS);
        if (JsonEntry.isNewer(entry, ModelMetadata.FORMAT_VERSION)) {
            throw new ModelFileException(Problem.NEWER_VERSION);
        }
        return JsonEntry.bind(entry, ModelMetadata.class, METADATA_PROBLEMS);
    }

    private static EchoModel restore(Map<String, byte[]> entries, EchoTask task, ModelSettings settings,
                                     long samplesTrained) throws ModelFileException {
        byte[] configuration = entries.get(CONFIGURATION_ENTRY);
        byte[] coefficients = entries.get(COEFFICIENTS_ENTRY);
        if (configuration == null || coefficients == null) {
            throw new ModelFileException(Problem.MISSING_WEIGHTS);
        }
        MultiLayerConfiguration conf = NetworkConfiguration.parse(configuration);
        checkArchitecture(conf, task, settings);
        long expected = EchoNetworkFactory.parameterCount(task.features(), settings.units());
        INDArray params = Nd4jArrayCodec.readFloatRow(coefficients, expected, Nd4jArrayCodec.Kind.WEIGHTS);
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init(params, false);
        byte[] updater = entries.get(UPDATER_ENTRY);
        if (updater != null) {
            INDArray state = network.getUpdater(true).getStateViewArray();
            long stateLength = state == null ? 0 : state.length();
            if (stateLength > 0) {
                state.assign(Nd4jArrayCodec.readFloatRow(updater, stateLength, Nd4jArrayCodec.Kind.OPTIMIZER_STATE));
            }
        }
        return Dl4jConversion.modelOf(task, settings, network, samplesTrained);
    }

    /** Only the LSTM → softmax network this application builds, with shapes matching the task. */
    static void checkArchitecture(MultiLayerConfiguration conf, EchoTask task, ModelSettings settings)
            throws ModelFileException {
        NetworkConfiguration.checkSupported(conf);
        LSTM lstm = Dl4jArchitecture.lstm(conf);
        OutputLayer output = Dl4jArchitecture.output(conf);
        if (lstm.getNIn() != task.features() || output.getNOut() != task.features()
                || lstm.getNOut() != settings.units() || output.getNIn() != settings.units()) {
            throw new ModelFileException(Problem.SIZES_MISMATCH, task.features(), settings.units());
        }
        // The engine trains with the configuration's optimizer: it must be the one the window shows.
        IUpdater updater = lstm.getIUpdater();
        Optional<Optimizer> optimizer = Dl4jUpdaters.settingsOf(updater).flatMap(Optimizer::of);
        double learningRate = updater.getLearningRate(0, 0);
        if (optimizer.isEmpty() || optimizer.get() != settings.optimizer() || learningRate != settings.learningRate()) {
            throw new ModelFileException(Problem.CONFIGURATION_MISMATCH,
                    optimizer.map(Optimizer::displayName).orElse(updater.getClass().getSimpleName()) + " at "
                            + Bounds.format(learningRate),
                    settings.optimizer().displayName() + " at " + Bounds.format(settings.learningRate()));
        }
    }

    /** Reads the known entries and the allowed extra ones, each bounded in size; anything else refuses the file. */
    private static Map<String, byte[]> readEntries(Path file, Set<String> extraEntries) throws ModelFileException {
        Set<String> allowed = new HashSet<>(KNOWN_ENTRIES);
        allowed.addAll(extraEntries);
        return ZipEntries.read(file, allowed);
    }
}
