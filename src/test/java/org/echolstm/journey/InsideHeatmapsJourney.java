package org.echolstm.journey;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Inside tab's heatmaps on a small screen, in German (the longest titles): every unit's row
 * high enough to click, the titles in the window's text size, and the heatmaps where they were
 * after a unit is silenced and a gate clamped.
 */
@Journey
class InsideHeatmapsJourney {
    private static final List<String> TITLES = List.of("Eingangs-Gate", "Vergessens-Gate", "Ausgangs-Gate", "Kandidat",
            "Zellzustand", "verborgener Zustand");

    /** A text the heatmaps drew, in their own coordinates. */
    private record Drawn(String text, double x, double y, double width, double height, double size) {
        double centreX() {
            return x + width / 2;
        }

        double centreY() {
            return y + height / 2;
        }
    }

    @Test
    void onASmallScreenInGermanEveryRowCanBeFoundAndTheTitlesAreReadable() {
        Desktop desktop = Desktop.of(1024, 768);
        Path home = Journeys.homeInLanguage("inside-german", "de");
        RunningApp app = RunningApp.start(desktop, home);
        app.press("F5");
        Waits.until("training to the target", Duration.ofSeconds(120),
                () -> app.text("statusLabel").startsWith("Fertig"), () -> app.text("statusLabel"));
        app.click(app.settledNode("#insideTab"));
        Waits.until("the Inside tab", Duration.ofSeconds(10), () -> app.node("#centerTabs").get("selectedTab").asInt() == 1);
        Waits.until("the heatmaps drawn", Duration.ofSeconds(20), () -> drawn(app).size() > 20);

        List<Drawn> texts = drawn(app);
        String all = String.join(" ", texts.stream().map(Drawn::text).toList());
        double normalText = app.node("#clampLabel").get("fontSize").asDouble();
        for (String title : TITLES) {
            assertThat(all).as("the title " + title + ", whole").contains(title);
        }
        for (Drawn line : titleLines(texts)) {
            assertThat(line.size()).as("\"%s\" in the window's text size (%s px)", line.text(), normalText)
                    .isGreaterThanOrEqualTo(normalText);
        }

        List<Drawn> titlesBefore = titleLines(texts);
        JsonNode gates = app.node(".gate-heatmaps");
        silenceUnit(app, 12);
        Waits.until("unit 12 silenced", Duration.ofSeconds(20), () -> app.text("ablationLabel").contains("Einheit 12 "),
                () -> app.text("ablationLabel"));
        assertStandWhereTheyStood(titlesBefore, titleLines(drawn(app)), "a unit silenced");

        // A gate clamped: the heatmaps stand where they stood.
        desktop.wheel(gates.get("x").asDouble() + 20, gates.get("y").asDouble() + 200, 10);
        app.click(app.settledNode("#clampBox"));
        app.click(Waits.forValue("the forget gate closed in the list", Duration.ofSeconds(10), () -> app.query(".menu-item")
                .stream().filter(item -> RunningApp.textOf(item).startsWith("Vergessens-Gate geschlossen")).findFirst()));
        Waits.until("the clamp applied", Duration.ofSeconds(20),
                () -> app.text("ablationLabel").contains("Vergessens-Gate geschlossen"), () -> app.text("ablationLabel"));
        assertStandWhereTheyStood(titlesBefore, titleLines(drawn(app)), "a gate clamped");
        assertThat(app.node(".gate-heatmaps").get("width").asDouble()).isCloseTo(gates.get("width").asDouble(), within(4.0));
    }

    /**
     * Clicks the row of {@code unit} in the first heatmap, found from the unit numbers down its left
     * edge (each row at least 8 px high), as a user silences it.
     */
    static void silenceUnit(RunningApp app, int unit) {
        List<Drawn> units = unitNumbers(drawn(app));
        assertThat(units).as("unit numbers of the first heatmap").hasSizeGreaterThanOrEqualTo(2);
        Drawn first = units.get(0);
        Drawn last = units.get(units.size() - 1);
        double rowHeight = (last.centreY() - first.centreY()) / (Integer.parseInt(last.text()) - Integer.parseInt(first.text()));
        assertThat(rowHeight).as("a unit's row, from the numbers " + units).isGreaterThanOrEqualTo(8);
        JsonNode gates = app.node(".gate-heatmaps");
        double rowY = first.centreY() + (unit - Integer.parseInt(first.text())) * rowHeight;
        double cellX = first.x() + first.width() + 3 + 5;
        app.desktop().click(gates.get("x").asDouble() + cellX, gates.get("y").asDouble() + rowY);
    }

    /** The same titles in the same arrangement, each within a few pixels of where it was (a scrollbar may come and go). */
    private static void assertStandWhereTheyStood(List<Drawn> before, List<Drawn> now, String when) {
        assertThat(now.stream().map(Drawn::text).toList()).as("the titles, %s", when).isEqualTo(before.stream().map(Drawn::text).toList());
        for (int i = 0; i < before.size(); i++) {
            assertThat(now.get(i).x()).as("%s where it was, %s", now.get(i).text(), when).isCloseTo(before.get(i).x(), within(4.0));
            assertThat(now.get(i).y()).as("%s where it was, %s", now.get(i).text(), when).isCloseTo(before.get(i).y(), within(4.0));
        }
    }

    private static List<Drawn> drawn(RunningApp app) {
        JsonNode gates = app.node(".gate-heatmaps");
        return StreamSupport.stream(gates.path("canvasTexts").spliterator(), false)
                .map(t -> new Drawn(t.get("text").asText(), t.get("x").asDouble(), t.get("y").asDouble(),
                        t.get("width").asDouble(), t.get("height").asDouble(), t.get("size").asDouble())).toList();
    }

    /** The lines of the six titles (a title may take two). */
    private static List<Drawn> titleLines(List<Drawn> texts) {
        List<Drawn> lines = new ArrayList<>();
        for (Drawn text : texts) {
            if (TITLES.stream().anyMatch(title -> title.equals(text.text()) || List.of(title.split(" ")).contains(text.text())
                    || title.startsWith(text.text() + " ") || title.endsWith(" " + text.text()))) {
                lines.add(text);
            }
        }
        return lines;
    }

    /** The numbers written left of the first heatmap's rows, top to bottom. */
    private static List<Drawn> unitNumbers(List<Drawn> texts) {
        Optional<Double> edge = texts.stream().filter(t -> t.text().matches("\\d+"))
                .map(t -> t.x() + t.width()).min(Double::compare);
        List<Drawn> column = texts.stream().filter(t -> t.text().matches("\\d+")
                && Math.abs(t.x() + t.width() - edge.orElseThrow()) < 1).sorted((a, b) -> Double.compare(a.y(), b.y())).toList();
        List<Drawn> first = new ArrayList<>();
        for (Drawn number : column) {
            if (!first.isEmpty() && Integer.parseInt(number.text()) <= Integer.parseInt(first.get(first.size() - 1).text())) {
                break; // the heatmap under it begins
            }
            first.add(number);
        }
        return first;
    }
}
