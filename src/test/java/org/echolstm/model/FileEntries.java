package org.echolstm.model;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Damaged copies of a saved file for tests: one entry replaced, changed or left out, and JSON
 * entries with one value replaced by any JSON text (also what Jackson would never write, such as
 * {@code 1e400}) or left out.
 */
public final class FileEntries {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK = "@@raw-json@@";

    private FileEntries() {
    }

    /** The entries of a zip file, by name. */
    public static Map<String, byte[]> read(Path file) {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** One way to damage a file's entry, and the problem and words its refusal must have. */
    public record Damage(String entry, String what, UnaryOperator<byte[]> change, ModelFileException.Problem problem,
                         String names) {
        @Override
        public String toString() {
            return entry + ": " + what;
        }

        /** A copy of {@code valid} at {@code target} with this damage done to it. */
        public Path applyTo(Path valid, Path target) {
            return copyChanging(valid, target, entry, change);
        }

        /** {@code open} refuses the damaged file ({@code opening} says what it is) with this problem. */
        public ModelFileException refusal(String opening, ThrowingCallable open) {
            ModelFileException refused = catchThrowableOfType(ModelFileException.class, open);
            assertThat(refused).as("opening %s whose %s", opening, this).isNotNull();
            assertThat(refused.problem()).as(refused.getMessage()).isEqualTo(problem);
            return refused;
        }

        /** {@code open} refuses the damaged file with this problem, in one sentence that names it. */
        public void assertRefusedInOneSentence(String opening, ThrowingCallable open) {
            assertThat(refusal(opening, open).getMessage()).contains(names).endsWith(".").doesNotContain("\n")
                    .doesNotContain("Exception");
        }
    }
    /** A copy of {@code source} at {@code target} with entry {@code name} changed; a null result leaves it out. */
    public static Path copyChanging(Path source, Path target, String name, UnaryOperator<byte[]> change) {
        Map<String, byte[]> entries = read(source);
        byte[] changed = change.apply(entries.get(name));
        if (changed == null) {
            entries.remove(name);
        } else {
            entries.put(name, changed);
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The entry replaced by {@code text} as it is. */
    public static UnaryOperator<byte[]> text(String text) {
        return old -> text.getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON entry with the value at {@code pointer} ("/task/length") set to the JSON text {@code raw}. */
    public static UnaryOperator<byte[]> set(String pointer, String raw) {
        return json -> edit(json, pointer, (parent, key) -> put(parent, key, new TextNode(MARK)))
                .replace('"' + MARK + '"', raw).getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON entry without the field or list element at {@code pointer}. */
    public static UnaryOperator<byte[]> remove(String pointer) {
        return json -> edit(json, pointer, (parent, key) -> {
            if (parent instanceof ArrayNode list) {
                list.remove(Integer.parseInt(key));
            } else {
                ((ObjectNode) parent).remove(key);
            }
        }).getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON entry with {@code raw} after its text (trailing tokens). */
    public static UnaryOperator<byte[]> append(String raw) {
        return json -> (new String(json, StandardCharsets.UTF_8) + raw).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The array entry (ND4J's format: a header, then the values as big-endian float32) with its
     * {@code fromEnd}-th value from the end (1 is the last) set to {@code value}.
     */
    public static UnaryOperator<byte[]> floatFromEnd(int fromEnd, float value) {
        return array -> {
            byte[] changed = array.clone();
            ByteBuffer.wrap(changed, changed.length - 4 * fromEnd, 4).putFloat(value);
            return changed;
        };
    }

    private interface Edit {
        void apply(JsonNode parent, String key);
    }

    private static String edit(byte[] json, String pointer, Edit edit) {
        try {
            JsonNode tree = JSON.readTree(json);
            JsonPointer path = JsonPointer.compile(pointer);
            JsonNode parent = tree.at(path.head());
            if (parent.isMissingNode()) {
                throw new IllegalArgumentException("no " + path.head() + " in " + tree);
            }
            edit.apply(parent, path.last().getMatchingProperty());
            return JSON.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(JsonNode parent, String key, JsonNode value) {
        if (parent instanceof ArrayNode list) {
            int index = Integer.parseInt(key);
            if (index == list.size()) {
                list.add(value);
            } else {
                list.set(index, value);
            }
        } else {
            ((ObjectNode) parent).set(key, value);
        }
    }
}
