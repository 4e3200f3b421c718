package org.echolstm.model;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files atomically: into a temporary file in the same folder, then moved over the target,
 * so a failure or a crash at any moment leaves the previous file or the new one.
 *
 * <p>The temporary file is created like any new file, so the saved file gets the permissions the
 * user's umask gives (readable by a class, say), or keeps those of the file it replaces. Its name,
 * {@code .echo-lstm-PID-RANDOM.tmp}, is the same for every save of this application; a save
 * removes the leftovers of crashed saves in its folder.
 */
public final class AtomicFiles {
    /** The name of every temporary file; the group is the id of the process that wrote it. */
    public static final Pattern TEMP_NAME = Pattern.compile("\\.echo-lstm-(\\d{1,18})-[0-9a-f]{16}\\.tmp");
    /** A leftover this recent may belong to a save still running on another computer sharing the folder. */
    static final Duration LEFTOVER_AGE = Duration.ofMinutes(1);
    /** The way to the disk; the fault tests put a slow or failing disk here. */
    static volatile UnaryOperator<OutputStream> disk = UnaryOperator.identity();
    /** Runs once a new file is wholly on disk, before it replaces the previous one; the crash tests stop a save here. */
    static volatile Runnable beforeMove = () -> { };

    private AtomicFiles() {
    }

    /** Writes the bytes produced by {@code writer}; on any failure the previous file is untouched. */
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        removeLeftovers(folder);
        Path temp = folder.resolve(".echo-lstm-" + ProcessHandle.current().pid() + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                copyPermissions(absolute, temp);
                OutputStream out = new KeepOpen(new BufferedOutputStream(disk.apply(Channels.newOutputStream(channel)), 1 << 16));
                writer.writeTo(out);
                out.flush();
                channel.force(true); // on disk before it replaces the previous file
            }
            beforeMove.run();
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileSystemException e) {
            throw naming(absolute, e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The writer may close its stream (a zip does); the channel stays open to be forced to disk. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** The failure told of the target: the temporary file's name means nothing to the user. */
    private static FileSystemException naming(Path target, FileSystemException e) {
        String file = target.toString();
        FileSystemException renamed = e instanceof NoSuchFileException ? new NoSuchFileException(file)
                : e instanceof AccessDeniedException ? new AccessDeniedException(file)
                : new FileSystemException(file, null, e.getReason() != null ? e.getReason()
                        : e instanceof DirectoryNotEmptyException ? "a folder of that name is in the way" : null);
        renamed.initCause(e);
        return renamed;
    }

    /** A file that replaces another keeps that file's permissions, as writing over it would. */
    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (target != null && Files.isRegularFile(from)) {
            target.setPermissions(Files.readAttributes(from, PosixFileAttributes.class)
                    .permissions());
        }
    }

    /**
     * Removes this application's temporary files that a crash left in {@code folder}: those whose
     * process is gone and that have not changed for {@link #LEFTOVER_AGE}. A leftover that cannot
     * be removed stays; it never stops a save.
     */
    static void removeLeftovers(Path folder) {
        Instant cutoff = Instant.now().minus(LEFTOVER_AGE);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, ".echo-lstm-*.tmp")) {
            for (Path temp : temps) {
                Optional<Long> pid = writerPid(temp);
                if (pid.isPresent() && ProcessHandle.of(pid.get()).isEmpty()
                        && Files.getLastModifiedTime(temp).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            // An unreadable folder fails the save itself, with its own message.
        }
    }

    /** The process that wrote a temporary file of ours, or empty for any other file. */
    static Optional<Long> writerPid(Path file) {
        Matcher m = TEMP_NAME.matcher(file.getFileName().toString());
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** A short description of an I/O failure for a user. */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied.";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist.";
        }
        if (e instanceof FileSystemException fse) {
            // Without a reason, the message is only the path.
            return fse.getReason() != null ? fse.getReason() + "." : "the file system refused it.";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "an input/output error." : message + ".";
    }
}
