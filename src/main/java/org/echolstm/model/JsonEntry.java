package org.echolstm.model;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.echolstm.echo.InvalidSettingException;
import org.echolstm.model.ModelFileException.Problem;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Strict reading of the JSON entries of our files (a model's task description, a lesson's settings
 * and history): an entry is one JSON object, every field of it is present, of its type (no "5" for
 * 5, no 5.5 or 1e400 for a whole number, no 1 for an optimizer, no null) and known, and the values
 * are in their ranges. Each refusal is one sentence of the entry's {@link Problems} that names the
 * field, by its path in the entry ({@code task.length}, {@code history.loss[3].value}).
 */
public final class JsonEntry {
    /** How one entry's refusals are told. */
    public record Problems(Problem notJson, Problem notAnObject, Problem wrongType, Problem missing,
                           Problem unknownField, Problem invalid) {
    }

    private static final ObjectMapper STRICT = strict();

    private JsonEntry() {
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = JsonMapper.builder()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        return mapper;
    }

    /** The entry as a JSON object: refused when it is not JSON, or JSON of another kind. */
    public static ObjectNode object(byte[] bytes, Problems problems) throws ModelFileException {
        JsonNode tree;
        try {
            tree = STRICT.readTree(bytes);
        } catch (IOException e) {
            throw new ModelFileException(problems.notJson(), e);
        }
        if (tree == null || tree.isMissingNode()) { // nothing but white space
            throw new ModelFileException(problems.notJson());
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new ModelFileException(problems.notAnObject(), kind(tree));
        }
        return object;
    }

    /** Whether the entry's {@code formatVersion} is a whole number above {@code current}: a later format. */
    public static boolean isNewer(ObjectNode entry, int current) {
        JsonNode version = entry.get("formatVersion");
        return version != null && version.isIntegralNumber()
                && version.bigIntegerValue().compareTo(BigInteger.valueOf(current)) > 0;
    }

    /**
     * The entry bound to {@code type}, a record whose constructor (and those of its components)
     * checks the ranges by throwing {@link InvalidSettingException}.
     */
    public static <T> T bind(ObjectNode entry, Class<T> type, Problems problems) throws ModelFileException {
        T value;
        try {
            value = STRICT.treeToValue(entry, type);
        } catch (UnrecognizedPropertyException e) {
            throw new ModelFileException(problems.unknownField(), e, path(e));
        } catch (ValueInstantiationException e) {
            String detail = e.getCause() instanceof InvalidSettingException invalid ? invalid.getMessage()
                    : path(e) + " is invalid";
            throw new ModelFileException(problems.invalid(), e, detail);
        } catch (MismatchedInputException e) {
            if (entry.at(pointer(e)).isMissingNode()) {
                throw new ModelFileException(problems.missing(), e, path(e));
            }
            throw new ModelFileException(problems.wrongType(), e, path(e), expected(e.getTargetType()));
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof InputCoercionException tooLarge) { // a whole number beyond its field's range
                Class<?> field = tooLarge.getTargetType();
                throw new ModelFileException(problems.wrongType(), e, path(e), expected(field) + " between "
                        + (field == int.class ? Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
                        : Long.MIN_VALUE + " and " + Long.MAX_VALUE));
            }
            throw new ModelFileException(problems.notJson(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ModelFileException(problems.notJson(), e);
        }
        if (value == null) {
            throw new ModelFileException(problems.notAnObject(), "null");
        }
        return value;
    }

    /** What a JSON value is, as the sentence "... is {0}, not a JSON object" says it. */
    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case NULL -> "null";
            case ARRAY -> "a list";
            case STRING -> "a text";
            case NUMBER -> "a number";
            case BOOLEAN -> node.asText();
            default -> "something else";
        };
    }

    /** What a field of the given Java type must be, in the words of the sentence "... is not {1}". */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "of its type";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a text";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    /** Where in the entry a failure is: {@code task.length}, {@code history.loss[3]}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "the entry" : ModelFileException.quoted(path.toString());
    }

    private static JsonPointer pointer(JsonMappingException e) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                pointer = pointer.appendProperty(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                pointer = pointer.appendIndex(step.getIndex());
            }
        }
        return pointer;
    }
}
