package org.echolstm.model.dl4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.echolstm.model.ModelFileException;
import org.echolstm.model.ModelFileException.Problem;
import org.echolstm.model.dl4j.Dl4jArchitecture.UnsupportedNetworkException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * A network configuration from a file ({@code configuration.json}), read as hostile: its JSON names
 * classes for DL4J to instantiate, so only DL4J's and ND4J's own are allowed before DL4J parses it,
 * and it is then checked to be the architecture the engine computes ({@link Dl4jArchitecture}).
 */
final class NetworkConfiguration {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NetworkConfiguration() {
    }

    /** The configuration the bytes hold, once its class names were checked; not yet checked as an architecture. */
    static MultiLayerConfiguration parse(byte[] bytes) throws ModelFileException {
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

    /** {@link Dl4jArchitecture#check}, its refusal told as a sentence about the file. */
    static void checkSupported(MultiLayerConfiguration conf) throws ModelFileException {
        try {
            Dl4jArchitecture.check(conf);
        } catch (UnsupportedNetworkException e) {
            if (e.otherLayers()) {
                throw new ModelFileException(Problem.OTHER_NETWORK);
            }
            throw new ModelFileException(Problem.UNSUPPORTED_SETTING, e, e.getMessage());
        }
    }
}
