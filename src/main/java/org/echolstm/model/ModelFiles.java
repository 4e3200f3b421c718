package org.echolstm.model;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.echolstm.model.ModelFileException.Problem;
import org.echolstm.model.dl4j.Dl4jArchitecture;
import org.echolstm.model.dl4j.Dl4jArchitecture.UnsupportedNetworkException;
import org.echolstm.model.dl4j.Dl4jUpdaters;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.IUpdater;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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
    static final String CONFIGURATION_ENTRY = "configuration.json";
    static final String COEFFICIENTS_ENTRY = "coefficients.bin";
    static final String UPDATER_ENTRY = "updaterState.bin";
    private static final Set<String> KNOWN_ENTRIES =
            Set.of(METADATA_ENTRY, CONFIGURATION_ENTRY, COEFFICIENTS_ENTRY, UPDATER_ENTRY);

    private static final long MAX_FILE_BYTES = 512L << 20;
    private static final int MAX_JSON_BYTES = 1 << 20;
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
            ModelSerializer.writeModel(model.network(), dl4jZip, true);
            AtomicFiles.write(file, out -> {
                try (ZipOutputStream zip = new ZipOutputStream(out)) {
                    copyEntries(dl4jZip.toByteArray(), zip);
                    zip.putNextEntry(new ZipEntry(METADATA_ENTRY));
                    zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(metadata));
                    zip.closeEntry();
                    for (Map.Entry<String, byte[]> extra : new TreeMap<>(extraEntries).entrySet()) {
                        zip.putNextEntry(new ZipEntry(extra.getKey()));
                        zip.write(extra.getValue());
                        zip.closeEntry();
                    }
                }
            });
        } catch (IOException e) {
            throw ModelFileException.writeFailed(file, e);
        }
    }

    private static void copyEntries(byte[] zipBytes, ZipOutputStream target) throws IOException {
        try (ZipInputStream source = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry entry = source.getNextEntry(); entry != null; entry = source.getNextEntry()) {
                target.putNextEntry(new ZipEntry(entry.getName()));
                source.transferTo(target);
                target.closeEntry();
            }
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
            MultiLayerConfiguration conf = parseConfiguration(requireConfiguration(entries));
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
        MultiLayerConfiguration conf = parseConfiguration(requireConfiguration(entries));
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
        checkSupported(conf);
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
        MultiLayerConfiguration conf = parseConfiguration(configuration);
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
        return new EchoModel(task, settings, network, samplesTrained);
    }

    /** DL4J's JSON names classes to instantiate: allow only DL4J's and ND4J's own before parsing. */
    private static MultiLayerConfiguration parseConfiguration(byte[] bytes) throws ModelFileException {
        String json = new String(bytes, StandardCharsets.UTF_8);
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (IOException e) {
            throw new ModelFileException(Problem.CONFIGURATION_NOT_JSON, e);
        }
        if (tree == null || tree.isMissingNode()) { // nothing but white space
            throw new ModelFileException(Problem.CONFIGURATION_NOT_JSON);
        }
        if (!tree.isObject()) {
            throw new ModelFileException(Problem.NOT_A_LAYER_STACK);
        }
        checkClassNames(tree);
        MultiLayerConfiguration conf;
        try {
            conf = MultiLayerConfiguration.fromJson(json);
        } catch (RuntimeException e) {
            throw new ModelFileException(Problem.NOT_A_LAYER_STACK, e);
        }
        if (conf == null) {
            throw new ModelFileException(Problem.NOT_A_LAYER_STACK);
        }
        return conf;
    }

    private static void checkClassNames(JsonNode node) throws ModelFileException {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("@class")) {
                    String name = field.getValue().asText();
                    if (!name.startsWith("org.deeplearning4j.nn.") && !name.startsWith("org.nd4j.linalg.")) {
                        throw new ModelFileException(Problem.FOREIGN_CLASS, ModelFileException.quoted(name));
                    }
                }
                checkClassNames(field.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                checkClassNames(child);
            }
        }
    }

    /** Only the LSTM → softmax network this application builds, with shapes matching the task. */
    static void checkArchitecture(MultiLayerConfiguration conf, EchoTask task, ModelSettings settings)
            throws ModelFileException {
        checkSupported(conf);
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

    /** {@link Dl4jArchitecture#check}, its refusal told as a sentence about the file. */
    private static void checkSupported(MultiLayerConfiguration conf) throws ModelFileException {
        try {
            Dl4jArchitecture.check(conf);
        } catch (UnsupportedNetworkException e) {
            if (e.otherLayers()) {
                throw notOurs();
            }
            throw new ModelFileException(Problem.UNSUPPORTED_SETTING, e, e.getMessage());
        }
    }

    private static ModelFileException notOurs() {
        return new ModelFileException(Problem.OTHER_NETWORK);
    }

    static Map<String, byte[]> readEntries(Path file) throws ModelFileException {
        return readEntries(file, Set.of());
    }

    /** Reads the known entries, each bounded in size; anything else in the zip refuses the file. */
    static Map<String, byte[]> readEntries(Path file, Set<String> extraEntries) throws ModelFileException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ModelFileException(Problem.TOO_LARGE, name);
            }
        } catch (NoSuchFileException e) {
            throw new ModelFileException(Problem.MISSING, e, name);
        } catch (AccessDeniedException e) {
            throw new ModelFileException(Problem.READ_DENIED, e, name);
        } catch (IOException e) {
            throw new ModelFileException(Problem.READ_FAILED, e, name, AtomicFiles.describe(e));
        }
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (!KNOWN_ENTRIES.contains(entry.getName()) && !extraEntries.contains(entry.getName())) {
                    throw new ModelFileException(Problem.UNEXPECTED_ENTRY, name,
                            ModelFileException.quoted(entry.getName()));
                }
                if (entries.containsKey(entry.getName())) {
                    throw new ModelFileException(Problem.DUPLICATE_ENTRY, name,
                            ModelFileException.quoted(entry.getName()));
                }
                long limit = entry.getName().endsWith(".json") ? MAX_JSON_BYTES : MAX_FILE_BYTES;
                if (entry.getSize() > limit) {
                    throw new ModelFileException(Problem.ENTRY_TOO_LARGE, name);
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), readBounded(in, limit, name));
                }
            }
        } catch (ModelFileException e) {
            throw e;
        } catch (ZipException | EOFException e) { // damaged, or cut short inside an entry
            throw new ModelFileException(Problem.NOT_A_ZIP, e, name);
        } catch (IllegalArgumentException e) { // ZipFile's answer to an entry name that is not UTF-8
            throw new ModelFileException(Problem.NOT_A_ZIP, e, name);
        } catch (IOException e) {
            throw new ModelFileException(Problem.READ_FAILED, e, name, AtomicFiles.describe(e));
        }
        return entries;
    }

    private static byte[] readBounded(InputStream in, long limit, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > limit) {
                throw new ModelFileException(Problem.ENTRY_TOO_LARGE, name);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
