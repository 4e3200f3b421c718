package org.echolstm.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads a {@code .npz} the way {@code numpy.load} does, for the three kinds of array the export writes. */
public final class NpzReader {
    private static final Pattern DESCR = Pattern.compile("'descr': '([^']+)'");
    private static final Pattern SHAPE = Pattern.compile("'shape': \\(([^)]*)\\)");

    /** One array: its shape and its data after the header. */
    public record Array(String descr, int[] shape, ByteBuffer data) {
        public float[] floats() {
            require("<f4");
            float[] values = new float[data.remaining() / 4];
            data.duplicate().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
            return values;
        }

        int scalar() {
            require("<i4");
            if (shape.length != 0) {
                throw new IllegalStateException("not a scalar");
            }
            return data.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        }

        List<String> strings() {
            if (!descr.startsWith("<U")) {
                throw new IllegalStateException("not strings: " + descr);
            }
            int width = Integer.parseInt(descr.substring(2));
            ByteBuffer in = data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
            List<String> strings = new ArrayList<>();
            for (int s = 0; s < shape[0]; s++) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < width; i++) {
                    int codePoint = in.getInt();
                    if (codePoint != 0) {
                        text.appendCodePoint(codePoint);
                    }
                }
                strings.add(text.toString());
            }
            return strings;
        }

        private void require(String expected) {
            if (!descr.equals(expected)) {
                throw new IllegalStateException("expected " + expected + ", found " + descr);
            }
        }
    }

    private NpzReader() {
    }

    /** The arrays by name, without the {@code .npy} suffix, as {@code numpy.load(file)[name]}. */
    public static Map<String, Array> read(Path npz) throws IOException {
        Map<String, Array> arrays = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(npz))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                arrays.put(e.getName().replaceFirst("\\.npy$", ""), parse(zip.readAllBytes()));
            }
        }
        return arrays;
    }

    private static Array parse(byte[] npy) {
        int headerLength = (npy[8] & 0xFF) | (npy[9] & 0xFF) << 8;
        String header = new String(npy, 10, headerLength, StandardCharsets.US_ASCII);
        Matcher descr = DESCR.matcher(header);
        Matcher shape = SHAPE.matcher(header);
        if (!descr.find() || !shape.find() || !header.contains("'fortran_order': False")) {
            throw new IllegalArgumentException("unexpected header " + header);
        }
        int[] dims = shape.group(1).isBlank() ? new int[0] : Arrays.stream(shape.group(1).split(","))
                .map(String::strip).filter(d -> !d.isEmpty()).mapToInt(Integer::parseInt).toArray();
        int start = 10 + headerLength;
        return new Array(descr.group(1), dims, ByteBuffer.wrap(npy, start, npy.length - start).slice());
    }
}
