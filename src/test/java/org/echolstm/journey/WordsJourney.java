package org.echolstm.journey;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the window says is whole where it has room, in English and German, on a large and a small screen. */
@ExtendWith(JourneyExtension.class)
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

    /** The recent predictions' sequence cells that hold a sequence. */
    private static List<JsonNode> sequenceCells(RunningApp app) {
        return app.query("#predictionTable .table-row-cell .table-cell").stream()
                .filter(cell -> cell.path("visible").asBoolean() && cell.has("shownText")
                        && cell.get("fullText").asText().matches("\\[?\\d+[ ,].*"))
                .toList();
    }
}
