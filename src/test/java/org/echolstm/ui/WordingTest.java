package org.echolstm.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** One word for one thing, in each language, and the words a German reader expects. */
class WordingTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WordingTest.class.getResourceAsStream("/org/echolstm/ui/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void germanSaysBatchGateStartwertAndFolgeThroughout() throws IOException {
        Properties german = load("messages_de.properties");
        Pattern avoided = Pattern.compile("\\bStapel|\\b(Eingangs|Vergessens|Ausgangs)?[Tt]or(e|en)?\\b|\\bSeeds?\\b|\\bkeins\\b"
                + "|Höchstens Beispiele|zu _?jetzt|Datei nicht gelesen oder geschrieben|Sequenz");
        assertThat(german.stringPropertyNames()).allSatisfy(key ->
                assertThat(german.getProperty(key)).as(key).doesNotContainPattern(avoided));
        assertThat(german.getProperty("experiments.seeds")).startsWith(german.getProperty("field.seed"));
        assertThat(german.getProperty("experiments.setting.LENGTH")).isEqualTo(german.getProperty("field.length"));
        assertThat(german.getProperty("experiments.setting.BATCH")).isEqualTo(german.getProperty("field.batchSize"));
    }

    @Test
    void aPresetIsNotCalledALesson() throws IOException {
        assertThat(load("messages.properties").getProperty("tooltip.preset")).doesNotContainIgnoringCase("lesson")
                .containsIgnoringCase("preset");
        assertThat(load("messages_de.properties").getProperty("tooltip.preset")).doesNotContain("Lektion")
                .contains("Vorlage");
    }
}
