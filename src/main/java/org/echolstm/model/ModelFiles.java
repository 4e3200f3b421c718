package org.echolstm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.InvalidSettingException;
import org.echolstm.model.engine.Dl4jArchitecture;
import org.echolstm.model.engine.Dl4jArchitecture.UnsupportedNetworkException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.IUpdater;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
            throw new ModelFileException("Could not write " + file.getFileName() + ": " + AtomicFiles.describe(e), e);
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
            super("This DL4J model has no echo task stored with it, so its sequence length and echo index "
                    + "are unknown.");
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
            MultiLayerConfiguration conf = parseConfiguration(requireEntry(entries, CONFIGURATION_ENTRY));
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
        MultiLayerConfiguration conf = parseConfiguration(requireEntry(entries, CONFIGURATION_ENTRY));
        ForeignSettings foreign = foreignSettings(conf);
        EchoTask task;
        try {
            task = new EchoTask(length, foreign.features(), echoIndex);
        } catch (InvalidSettingException e) {
            throw new ModelFileException(e.getMessage() + ".");
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
        Optimizer optimizer = Optimizer.of(updater).orElseThrow(() -> new ModelFileException("The model file's "
                + "network uses an optimizer this application does not offer ("
                + updater.getClass().getSimpleName() + ")."));
        try {
            ModelSettings settings = new ModelSettings((int) lstm.getNOut(), optimizer,
                    updater.getLearningRate(0, 0), conf.getConf(0).getSeed());
            int features = (int) lstm.getNIn();
            if (features < EchoTask.MIN_FEATURES || features > EchoTask.MAX_FEATURES) {
                throw new ModelFileException("The model file's network has " + features + " inputs; features must "
                        + "be between " + EchoTask.MIN_FEATURES + " and " + EchoTask.MAX_FEATURES + ".");
            }
            return new ForeignSettings(features, settings);
        } catch (InvalidSettingException e) {
            throw new ModelFileException("The model file's network is outside what this application supports: "
                    + e.getMessage() + ".");
        }
    }

    private static byte[] requireEntry(Map<String, byte[]> entries, String name) throws ModelFileException {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new ModelFileException("The model file lacks its " + (name.equals(CONFIGURATION_ENTRY)
                    ? "network configuration" : name) + ".");
        }
        return bytes;
    }

    private static ModelMetadata parseMetadata(byte[] bytes) throws ModelFileException {
        try {
            ModelMetadata metadata = JSON.readValue(bytes, ModelMetadata.class);
            if (metadata.task() == null || metadata.settings() == null) {
                throw new ModelFileException("The model file's task description is incomplete.");
            }
            if (metadata.formatVersion() > ModelMetadata.FORMAT_VERSION) {
                throw new ModelFileException("The model file was written by a newer version of this application.");
            }
            return metadata;
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidSettingException invalid) {
                throw new ModelFileException("The model file's task is invalid: " + invalid.getMessage() + ".");
            }
            throw new ModelFileException("The model file's task description is not valid JSON.", e);
        }
    }

    private static EchoModel restore(Map<String, byte[]> entries, EchoTask task, ModelSettings settings,
                                     long samplesTrained) throws ModelFileException {
        byte[] configuration = entries.get(CONFIGURATION_ENTRY);
        byte[] coefficients = entries.get(COEFFICIENTS_ENTRY);
        if (configuration == null || coefficients == null) {
            throw new ModelFileException("The model file lacks its network configuration or its weights.");
        }
        MultiLayerConfiguration conf = parseConfiguration(configuration);
        checkArchitecture(conf, task, settings);
        long expected = EchoNetworkFactory.parameterCount(task.features(), settings.units());
        INDArray params = Nd4jArrayCodec.readFloatRow(coefficients, expected, "weights");
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init(params, false);
        byte[] updater = entries.get(UPDATER_ENTRY);
        if (updater != null) {
            INDArray state = network.getUpdater(true).getStateViewArray();
            long stateLength = state == null ? 0 : state.length();
            if (stateLength > 0) {
                state.assign(Nd4jArrayCodec.readFloatRow(updater, stateLength, "optimizer state"));
            }
        }
        return new EchoModel(task, settings, network, Math.max(0, samplesTrained));
    }

    /** DL4J's JSON names classes to instantiate: allow only DL4J's and ND4J's own before parsing. */
    private static MultiLayerConfiguration parseConfiguration(byte[] bytes) throws ModelFileException {
        String json = new String(bytes, StandardCharsets.UTF_8);
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (IOException e) {
            throw new ModelFileException("The model file's network configuration is not valid JSON.", e);
        }
        checkClassNames(tree);
        try {
            return MultiLayerConfiguration.fromJson(json);
        } catch (RuntimeException e) {
            throw new ModelFileException("The model file's network configuration is not a DL4J layer stack.", e);
        }
    }

    private static void checkClassNames(JsonNode node) throws ModelFileException {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("@class")) {
                    String name = field.getValue().asText();
                    if (!name.startsWith("org.deeplearning4j.nn.") && !name.startsWith("org.nd4j.linalg.")) {
                        throw new ModelFileException("The model file's configuration refers to a class that is not "
                                + "part of DL4J (" + ModelFileException.quoted(name) + ").");
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
            throw new ModelFileException("The model file's layer sizes do not match its task (" + task.features()
                    + " features, " + settings.units() + " LSTM units).");
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
            throw new ModelFileException("The model file's network uses a setting this application cannot train "
                    + "with: " + e.getMessage() + ".");
        }
    }

    private static ModelFileException notOurs() {
        return new ModelFileException("The model file holds a network other than an LSTM followed by a softmax "
                + "output layer, so it cannot be used here.");
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
                throw new ModelFileException(name + " is too large to be a model of this application.");
            }
        } catch (NoSuchFileException e) {
            throw new ModelFileException(name + " does not exist.", e);
        } catch (AccessDeniedException e) {
            throw new ModelFileException(name + " cannot be read (permission denied).", e);
        } catch (IOException e) {
            throw new ModelFileException(name + " cannot be read: " + AtomicFiles.describe(e), e);
        }
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (!KNOWN_ENTRIES.contains(entry.getName()) && !extraEntries.contains(entry.getName())) {
                    throw new ModelFileException(name + " contains an unexpected entry (" + ModelFileException.quoted(entry.getName())
                            + "); it is not a model file of this application.");
                }
                if (entries.containsKey(entry.getName())) {
                    throw new ModelFileException(name + " contains the entry " + ModelFileException.quoted(entry.getName())
                            + " twice.");
                }
                long limit = entry.getName().endsWith(".json") ? MAX_JSON_BYTES : MAX_FILE_BYTES;
                if (entry.getSize() > limit) {
                    throw new ModelFileException(name + " contains an entry larger than any model of this application.");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), readBounded(in, limit, name));
                }
            }
        } catch (ModelFileException e) {
            throw e;
        } catch (ZipException e) {
            throw new ModelFileException(name + " is not a model file (not a readable zip archive).", e);
        } catch (IOException e) {
            throw new ModelFileException(name + " cannot be read: " + AtomicFiles.describe(e), e);
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
                throw new ModelFileException(name + " contains an entry larger than any model of this application.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
