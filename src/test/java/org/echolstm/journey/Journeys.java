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
    /** A fresh home whose preferences already name a language, as a returning user's do. */
    static Path homeInLanguage(String name, String language) {
        return homeWithPreferences(name, java.util.Map.of("language", language));
    }

    /** A fresh home with these preferences already chosen (keys as the application stores them). */
    static Path homeWithPreferences(String name, java.util.Map<String, String> chosen) {
        Path home = freshHome(name);
        StringBuilder entries = new StringBuilder();
        chosen.forEach((key, value) -> entries.append("  <entry key=\"").append(key).append("\" value=\"").append(value)
                .append("\"/>\n"));
        try {
            Path prefs = Files.createDirectories(home.resolve(".java/.userPrefs/org/echolstm/explorer"));
            Files.writeString(prefs.resolve("prefs.xml"), """
                    <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                    <!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
                    <map MAP_XML_VERSION="1.0">
                    %s</map>
                    """.formatted(entries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return home;
    }

    static Path freshHome(String name) {
        try {
            Path homes = Files.createDirectories(JourneyExtension.OUTPUT.resolve("homes")).toAbsolutePath();
            return Files.createTempDirectory(homes, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
