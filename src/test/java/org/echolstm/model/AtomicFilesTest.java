package org.echolstm.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AtomicFilesTest {
    @TempDir
    Path folder;

    @Test
    void aNewFileGetsThePermissionsOfAnyNewFileNotThoseOfATemporaryFile() throws IOException {
        Path plain = folder.resolve("plain.txt");
        try (OutputStream out = Files.newOutputStream(plain)) {
            out.write(1);
        }
        Path saved = folder.resolve("saved.bin");
        AtomicFiles.write(saved, out -> out.write(2));
        assertThat(Files.getPosixFilePermissions(saved)).isEqualTo(Files.getPosixFilePermissions(plain))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path saved = folder.resolve("shared.bin");
        AtomicFiles.write(saved, out -> out.write(1));
        Set<PosixFilePermission> chosen = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(saved, chosen);
        AtomicFiles.write(saved, out -> out.write(2));
        assertThat(Files.getPosixFilePermissions(saved)).isEqualTo(chosen);
        assertThat(Files.readAllBytes(saved)).containsExactly(2);
    }

    @Test
    void theTemporaryFileHasTheApplicationsNamePatternAndIsGoneAfterwards() throws IOException {
        Path saved = folder.resolve("model.zip");
        AtomicFiles.write(saved, out -> {
            out.write(1);
            assertThat(names()).hasSize(1).allMatch(n -> AtomicFiles.TEMP_NAME.matcher(n).matches());
        });
        assertThat(names()).containsExactly("model.zip");
    }

    @Test
    void aWriterThatClosesItsStreamStillSaves() throws IOException {
        Path saved = folder.resolve("closed.bin");
        AtomicFiles.write(saved, out -> {
            out.write(new byte[] {1, 2, 3});
            out.close();
        });
        assertThat(Files.readAllBytes(saved)).containsExactly(1, 2, 3);
    }

    @Test
    void aFolderInTheWayIsToldOfTheTargetNotTheTemporaryFile() throws IOException {
        Path blocked = Files.createDirectories(folder.resolve("model.zip").resolve("inside"));
        FileSystemException e = catchThrowableOfType(FileSystemException.class,
                () -> AtomicFiles.write(blocked.getParent(), out -> out.write(1)));
        assertThat(e.getFile()).isEqualTo(blocked.getParent().toString());
        assertThat(AtomicFiles.describe(e)).endsWith(".").doesNotContain(folder.toString()).doesNotContain(".tmp");
        assertThat(names()).containsExactly("model.zip");
    }

    @Test
    void theNextSaveRemovesOnlyLeftoversOfCrashedSaves() throws IOException, InterruptedException {
        long deadPid = finishedProcessId();
        long livePid = ProcessHandle.current().pid();
        Instant old = Instant.now().minus(AtomicFiles.LEFTOVER_AGE).minusSeconds(5);
        Path crashed = leftover(deadPid, "0123456789abcdef", old);
        Path recent = leftover(deadPid, "fedcba9876543210", Instant.now());
        Path stillWriting = leftover(livePid, "00000000000000ff", old);
        Path notOurs = Files.writeString(folder.resolve(".echo-lstm-notes.tmp"), "x");
        Path userFile = Files.writeString(folder.resolve("work.tmp"), "x");
        Files.setLastModifiedTime(notOurs, FileTime.from(old));

        AtomicFiles.write(folder.resolve("model.zip"), out -> out.write(1));

        assertThat(crashed).doesNotExist();
        assertThat(List.of(recent, stillWriting, notOurs, userFile)).allMatch(Files::exists);
    }

    private Path leftover(long pid, String random, Instant modified) throws IOException {
        Path file = Files.write(folder.resolve(".echo-lstm-" + pid + "-" + random + ".tmp"), new byte[] {1});
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    /** The id of a process that has ended, as a crashed save's would be. */
    private static long finishedProcessId() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        process.waitFor();
        assertThat(ProcessHandle.of(process.pid())).isEmpty();
        return process.pid();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
