package org.echolstm.model;

import org.echolstm.model.ModelFileException.Problem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The zip archive under model and lesson files, treated as hostile when read: only the entries
 * asked for, each of bounded size and present once, everything else refuses the file. Written
 * atomically ({@link AtomicFiles}).
 */
public final class ZipEntries {
    private static final long MAX_FILE_BYTES = 512L << 20;
    private static final int MAX_JSON_BYTES = 1 << 20;

    private ZipEntries() {
    }

    /**
     * Reads the entries named in {@code allowed}, each bounded in size (JSON entries more tightly);
     * any other entry in the zip refuses the file.
     */
    public static Map<String, byte[]> read(Path file, Set<String> allowed) throws ModelFileException {
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
                if (!allowed.contains(entry.getName())) {
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

    /**
     * Writes {@code file} atomically: the entries of the zip {@code first} (in its order), then
     * {@code more} (in its order). A failed write leaves any previous file intact.
     */
    public static void write(Path file, byte[] first, Map<String, byte[]> more) throws IOException {
        AtomicFiles.write(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                try (ZipInputStream source = new ZipInputStream(new ByteArrayInputStream(first))) {
                    for (ZipEntry entry = source.getNextEntry(); entry != null; entry = source.getNextEntry()) {
                        zip.putNextEntry(new ZipEntry(entry.getName()));
                        source.transferTo(zip);
                        zip.closeEntry();
                    }
                }
                for (Map.Entry<String, byte[]> extra : more.entrySet()) {
                    zip.putNextEntry(new ZipEntry(extra.getKey()));
                    zip.write(extra.getValue());
                    zip.closeEntry();
                }
            }
        });
    }
}
