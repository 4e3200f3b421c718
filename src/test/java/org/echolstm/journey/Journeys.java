package org.echolstm.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What journeys share: a home folder of their own that persists between the starts of one journey. */
final class Journeys {
    private Journeys() {
    }

    /** An empty home folder, as a new user's. */
    static Path freshHome(String name) {
        try {
            Path homes = Files.createDirectories(JourneyExtension.OUTPUT.resolve("homes")).toAbsolutePath();
            return Files.createTempDirectory(homes, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
