package org.echolstm.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bundle has every key, no text is empty, and every %key of the layouts exists. */
class BundleTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleTest.class.getResourceAsStream("/org/echolstm/ui/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndGermanHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");
        assertThat(new TreeSet<>(german.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (Properties bundle : new Properties[] {english, german}) {
            assertThat(bundle.stringPropertyNames()).allSatisfy(key -> assertThat(bundle.getProperty(key)).isNotBlank());
        }
        assertThat(english.size()).isGreaterThan(150);
    }

    @Test
    void placeholdersMatchBetweenLanguages() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");
        Pattern placeholder = Pattern.compile("\\{\\d}");
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(placeholder, german.getProperty(key))).as(key)
                    .isEqualTo(placeholders(placeholder, english.getProperty(key)));
        }
    }

    private static Set<String> placeholders(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void everyKeyUsedInTheLayoutsAndTheCodeExists() throws IOException {
        Properties english = load("messages.properties");
        Pattern fxmlKey = Pattern.compile("\"%([a-zA-Z.]+)\"");
        Pattern codeKey = Pattern.compile("I18n\\.t\\(\"([a-zA-Z.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/org/echolstm/ui")),
                Files.walk(Path.of("src/main/java/org/echolstm/ui")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                if (name.endsWith(".fxml") || name.endsWith(".java")) {
                    Matcher m = (name.endsWith(".fxml") ? fxmlKey : codeKey).matcher(Files.readString(file));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(80);
        for (String key : used) {
            if (key.endsWith(".")) {
                // A prefix completed at run time ("reason." + name): some key must start with it.
                assertThat(english.stringPropertyNames()).as(key).anyMatch(k -> k.startsWith(key));
            } else {
                assertThat(english.getProperty(key)).as(key).isNotNull();
            }
        }
    }
}
