package org.echolstm.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One-line JSON objects for {@code --json} output: maps in insertion order, records in component
 * order, lists and arrays, strings, enums (by name), numbers, booleans and nulls. Lines are written
 * with Jackson's streaming generator: its data binding took about 0.3 s of a command's run to load,
 * so it is loaded only to read a line back.
 */
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public static String line(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private static void write(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof CharSequence) {
            out.writeString(value.toString());
        } else if (value instanceof Enum<?> constant) {
            out.writeString(constant.name());
        } else if (value instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else if (value instanceof Double number) {
            out.writeNumber(number);
        } else if (value instanceof Float number) {
            out.writeNumber(number);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            out.writeNumber(((Number) value).longValue());
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.writeFieldName(String.valueOf(entry.getKey()));
                write(out, entry.getValue());
            }
            out.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            out.writeStartArray();
            for (Object item : items) {
                write(out, item);
            }
            out.writeEndArray();
        } else if (value.getClass().isArray()) {
            out.writeStartArray();
            for (int i = 0, length = Array.getLength(value); i < length; i++) {
                write(out, Array.get(value, i));
            }
            out.writeEndArray();
        } else if (value instanceof Record) {
            out.writeStartObject();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                out.writeFieldName(component.getName());
                write(out, componentValue(value, component));
            }
            out.writeEndObject();
        } else {
            throw new IllegalArgumentException("no JSON form for a " + value.getClass().getName());
        }
    }

    private static Object componentValue(Object record, RecordComponent component) {
        Method accessor = component.getAccessor();
        accessor.setAccessible(true); // the bench's records are package-private
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    /** Reads back one line that {@link #line} wrote. */
    public static <T> T read(String line, Class<T> type) throws JsonProcessingException {
        return Reader.MAPPER.readValue(line, type);
    }

    /** A number JSON can hold: NaN and infinities become null. */
    static Object number(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** Data binding, loaded on the first read. */
    private static final class Reader {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
