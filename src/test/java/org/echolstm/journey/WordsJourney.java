package org.echolstm.journey;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the window says is whole where it has room, in English and German, on a large and a small screen. */
@Journey
class WordsJourney {

    @Test
    void theRecentPredictionsShowALengthTwelveSequenceWholeOnALargeScreen() {
        Desktop desktop = Desktop.of(1600, 1000);
        RunningApp app = RunningApp.start(desktop, Journeys.freshHome("predictions"));
        app.typeInto("lengthField", "12");
        app.typeInto("featuresField", "30");
        app.press("F7");
        Waits.until("a row in the recent predictions", Duration.ofSeconds(30), () -> !sequenceCells(app).isEmpty());
        app.press("ctrl+n");
        app.press("F7");
        Waits.until("two rows", Duration.ofSeconds(30), () -> sequenceCells(app).size() >= 2, () -> sequenceCells(app));
        List<JsonNode> cells = sequenceCells(app);
        assertThat(cells).allSatisfy(cell -> assertThat(cell.get("shownText").asText()).as("a sequence of 12 values, whole")
                .isEqualTo(cell.get("fullText").asText()));
        assertThat(cells.get(0).get("fullText").asText().split(" ")).hasSize(12);
        assertThat(app.query("#predictionTable .column-header .label").stream().map(RunningApp::textOf))
                .as("every column has a heading").contains("✓/✗");
    }

    @Test
    void aGermanWindowOnASmallScreenSaysItsPresetAndPreferencesWhole() {
        Desktop desktop = Desktop.of(1024, 768);
        Path home = Journeys.homeInLanguage("german-small", "de");
        RunningApp app = RunningApp.start(desktop, home);
        JsonNode preset = Waits.forValue("the preset box's text", Duration.ofSeconds(10), () -> app.query("#presetBox .list-cell")
                .stream().filter(c -> c.has("shownText") && !c.get("fullText").asText().isEmpty()).findFirst());
        assertThat(preset.get("shownText").asText()).as("the preset's name in its box, not cut")
                .isEqualTo(preset.get("fullText").asText()).startsWith("Abgestimmter Standard");

        app.press("ctrl+comma");
        app.waitForDialog("Sprache");
        JsonNode autosave = app.node("#autosaveBox");
        assertThat(autosave.get("shownText").asText()).as("the autosave setting, wrapped, not cut")
                .isEqualTo(autosave.get("fullText").asText()).contains("ungespeichert");
        assertThat(RunningApp.allText(app.dialog().orElseThrow())).as("what the language does not reach")
                .contains("Dateidialoge");
        app.clickButton("Schließen");
        app.waitForNoDialog();

        app.press("ctrl+F1");
        app.waitForDialog("Tastenkürzel");
        Waits.until("the keys listed in German", Duration.ofSeconds(10), () -> app.query("#shortcutsTable .table-cell").stream()
                .map(RunningApp::textOf).toList().containsAll(List.of("Strg+Umschalt+N", "Strg+R"))
                && app.query("#shortcutsTable .table-cell").stream().map(RunningApp::textOf).noneMatch(t -> t.contains("Ctrl")),
                () -> app.query("#shortcutsTable .table-cell").stream().map(RunningApp::textOf).toList());
    }

    /** The recent predictions' sequence cells that hold a sequence. */
    private static List<JsonNode> sequenceCells(RunningApp app) {
        return app.query("#predictionTable .table-row-cell .table-cell").stream()
                .filter(cell -> cell.path("visible").asBoolean() && cell.has("shownText")
                        && cell.get("fullText").asText().matches("\\[?\\d+[ ,].*"))
                .toList();
    }
}
