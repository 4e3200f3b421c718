package org.echolstm.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files atomically: into a temporary file in the same folder, then moved over the target. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes the bytes produced by {@code writer}; on any failure the previous file is untouched. */
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A short description of an I/O failure for a user. */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied.";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist.";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + ".";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() + "." : message + ".";
    }
}
