package org.echolstm.fuzz;

import org.echolstm.model.dl4j.Dl4jConversion;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelMetadata;
import org.echolstm.model.dl4j.Dl4jArchitecture;
import org.nd4j.linalg.learning.config.IUpdater;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the fuzz targets share: turning a fuzzed input into a file the application opens, and the
 * checks every target makes on a refusal and on memory.
 *
 * <p>Raw file bytes rarely survive the zip layer's checksums once mutated, so most targets take
 * the entries of a model file instead, joined by {@link #SEPARATOR}, in the order of
 * {@link #ENTRY_NAMES}, and get a well-formed zip of them: the mutations then reach the JSON, the
 * configuration and the array readers. An empty part leaves its entry out.
 */
public final class FuzzInputs {
    public static final byte[] SEPARATOR = "\n--8<-- next entry --8<--\n".getBytes(StandardCharsets.US_ASCII);
    public static final List<String> ENTRY_NAMES = List.of("echo-lstm.json", "configuration.json",
            "coefficients.bin", "updaterState.bin", "echo-lstm-lesson.json", "echo-lstm-timeline.bin");
    /** Heap one open may take beyond what its file's size justifies (parsing, DL4J's set-up). */
    private static final long FIXED_ALLOCATION_BOUND = 256L << 20;
    private static final long ALLOCATION_PER_FILE_BYTE = 64;

    private static Path file;

    private FuzzInputs() {
    }

    /** A file of the given bytes; one file per JVM, rewritten for each input. */
    public static Path write(byte[] bytes) {
        try {
            if (file == null) {
                file = Files.createTempFile("echo-lstm-fuzz", ".zip");
                file.toFile().deleteOnExit();
            }
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A well-formed zip of the entries in {@code input} (see the class comment). */
    public static byte[] zipOfEntries(byte[] input) {
        List<byte[]> parts = split(input);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < Math.min(parts.size(), ENTRY_NAMES.size()); i++) {
                if (parts.get(i).length > 0) {
                    zip.putNextEntry(new ZipEntry(ENTRY_NAMES.get(i)));
                    zip.write(parts.get(i));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The inverse of {@link #split}: how the seeds are made. */
    public static byte[] join(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.writeBytes(SEPARATOR);
            }
            out.writeBytes(parts.get(i));
        }
        return out.toByteArray();
    }

    static List<byte[]> split(byte[] input) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + SEPARATOR.length <= input.length; i++) {
            if (Arrays.equals(input, i, i + SEPARATOR.length, SEPARATOR, 0, SEPARATOR.length)) {
                parts.add(Arrays.copyOfRange(input, start, i));
                start = i + SEPARATOR.length;
                i = start - 1;
            }
        }
        parts.add(Arrays.copyOfRange(input, start, input.length));
        return parts;
    }

    /** The application's refusal: one sentence for the user, not a stack trace or a class name. */
    public static void assertOneSentence(String message) {
        assertThat(message).isNotBlank().doesNotContain("\n").doesNotContain("Exception")
                .endsWith(".");
    }

    /**
     * What every opened model must be: a sample count no training reaches past, and the learning
     * rate its task description shows. (Its weights may be NaN, as a diverged run can leave them.)
     */
    public static void assertSound(EchoModel model) {
        assertThat(model.samplesTrained()).isBetween(0L, ModelMetadata.MAX_SAMPLES_TRAINED);
        IUpdater updater = Dl4jArchitecture.lstm(Dl4jConversion.networkOf(model).getLayerWiseConfigurations())
                .getIUpdater();
        assertThat(updater.getLearningRate(0, 0)).isEqualTo(model.settings().learningRate());
    }

    /** Heap allocated by this thread so far. */
    public static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /**
     * Fails when {@code open} allocates heap out of proportion to a file of {@code fileBytes}. An
     * open over the bound is weighed once more, since the first use of a code path also loads and
     * instruments its classes: only an input that is heavy twice is a finding.
     */
    public static void assertAllocationBounded(long fileBytes, Runnable open) {
        long bound = FIXED_ALLOCATION_BOUND + ALLOCATION_PER_FILE_BYTE * fileBytes;
        long before = allocatedBytes();
        open.run();
        if (allocatedBytes() - before > bound) {
            before = allocatedBytes();
            open.run();
            assertThat(allocatedBytes() - before).as("heap allocated opening a file of %d bytes", fileBytes)
                    .isLessThanOrEqualTo(bound);
        }
    }

    /** Writes {@code bytes} as the fuzz file and opens it with {@code open}, within the heap bound of its size. */
    public static void openBounded(byte[] bytes, Consumer<Path> open) {
        Path written = write(bytes);
        assertAllocationBounded(bytes.length, () -> open.accept(written));
    }
}
