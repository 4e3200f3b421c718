package org.echolstm.journey;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The window at the sizes a classroom has: everything reachable, nothing cut, in and out of presentation mode. */
@Journey
class SizesJourney {

    @Test
    void at1024By768EveryTabTheWholeSequenceAndTheWholeToolbarAreThereInAndOutOfPresentationMode() {
        at1024By768(Journeys.freshHome("sizes-1024"), "Finished");
    }

    @Test
    void inGermanToo() {
        at1024By768(Journeys.homeInLanguage("sizes-1024-de", "de"), "Fertig");
    }

    @Test
    void zoomedTo150And200PercentAt1280By800NothingIsCutAndWhatDoesNotFitScrolls() {
        for (String scale : List.of("1.5", "2.0")) {
            Desktop desktop = Desktop.of(1280, 800);
            RunningApp app = RunningApp.start(desktop, Journeys.homeWithPreferences("zoom-" + scale, java.util.Map.of("scale", scale)));
            app.press("F5");
            Waits.until("training to the target", Duration.ofSeconds(90),
                    () -> app.text("statusLabel").startsWith("Finished"), () -> app.text("statusLabel"));
            assertThat(Layout.elidedOutsideTheTable(app))
                    .as("texts cut at %s", scale).isEmpty();
            JsonNode held = app.node("#heldOutLabel");
            assertThat(held.get("y").asDouble() + held.get("height").asDouble()).as("the held-out figure on the screen at %s", scale)
                    .isLessThanOrEqualTo(desktop.height());
            app.kill();
        }
    }

    private static void at1024By768(Path home, String finished) {
        Desktop desktop = Desktop.of(1024, 768);
        RunningApp app = RunningApp.start(desktop, home);
        app.press("F5");
        Waits.until("training to the target", Duration.ofSeconds(90),
                () -> app.text("statusLabel").startsWith(finished), () -> app.text("statusLabel"));

        fits(app, desktop, "a first start");
        JsonNode field = app.node("#sequenceField");
        assertThat(field.get("textWidth").asDouble()).as("the whole sequence in its field")
                .isLessThan(field.get("width").asDouble() - 8);

        app.press("F11");
        Waits.until("presentation mode", Duration.ofSeconds(10), () -> app.windows().get(0).path("fullScreen").asBoolean());
        Waits.until("the window laid out for presentation", Duration.ofSeconds(10),
                () -> Stable.forAtLeast(Duration.ofMillis(700), () -> app.node("#trainButton").path("width").asText()));
        toolbarWhole(app, "in presentation mode");
        insideTheScreen(app, desktop, "in presentation mode");

        app.press("F11");
        Waits.until("presentation mode left", Duration.ofSeconds(10), () -> !app.windows().get(0).path("fullScreen").asBoolean());
        Waits.until("the window laid out again", Duration.ofSeconds(10),
                () -> Stable.forAtLeast(Duration.ofMillis(700), () -> app.node("#trainButton").path("width").asText()));
        fits(app, desktop, "after presentation mode");
    }

    private static void fits(RunningApp app, Desktop desktop, String when) {
        JsonNode viewport = app.node("#contentScroll");
        double left = viewport.get("x").asDouble();
        double right = left + viewport.get("width").asDouble();
        for (String part : List.of("#centerTabs", "#sample")) {
            JsonNode node = app.node(part);
            assertThat(node.get("x").asDouble()).as("%s starts inside the room beside the panes, %s (%s)", part, when,
                            Layout.extents(app, "#contentScroll", "#content", "#centerSplit", "#centerTabs", "#sample"))
                    .isGreaterThanOrEqualTo(left - 1);
            assertThat(node.get("x").asDouble() + node.get("width").asDouble()).as("%s ends inside it, %s (%s)", part, when,
                            Layout.extents(app, "#contentScroll", "#content", "#centerSplit", "#centerTabs", "#sample"))
                    .isLessThanOrEqualTo(right + 1);
        }
        for (JsonNode drawn : app.node("ProbabilityBars").path("canvasTexts")) {
            assertThat(drawn.get("size").asDouble()).as("\"%s\" beside the sample readable, %s", drawn.get("text").asText(), when)
                    .isGreaterThanOrEqualTo(9);
        }
        assertThat(Layout.elidedOutsideTheTable(app))
                .as("texts cut, %s", when).isEmpty();
        assertThat(app.query(".tab-pane > .tab-header-area > .control-buttons-tab").stream()
                .filter(n -> n.path("visible").asBoolean() && n.path("width").asDouble() > 0).toList())
                .as("no tab behind the overflow menu, %s", when).isEmpty();
        toolbarWhole(app, when);
        insideTheScreen(app, desktop, when);
    }

    private static void toolbarWhole(RunningApp app, String when) {
        assertThat(app.query(".tool-bar-overflow-button").stream().filter(n -> n.path("visible").asBoolean()).toList())
                .as("no toolbar control behind »,  %s", when).isEmpty();
        for (String id : List.of("trainButton", "pauseButton", "stepButton", "stopButton", "resetButton", "newSampleButton")) {
            JsonNode button = app.node("#" + id);
            // Where the labels do not all fit, a button may show its icon alone (its name in its tooltip), never a cut name.
            if (!button.path("contentDisplay").asText().equals("GRAPHIC_ONLY")) {
                assertThat(button.path("shownText").asText()).as("%s whole, %s", id, when).isEqualTo(button.path("fullText").asText());
            }
        }
    }

    /** The sample's picture, the Mark button and the held-out figure end inside the screen. */
    private static void insideTheScreen(RunningApp app, Desktop desktop, String when) {
        for (String selector : List.of("#samplePicture", "#markButton", "#heldOutLabel", "#showSequenceButton")) {
            JsonNode node = app.node(selector);
            assertThat(node.get("x").asDouble() + node.get("width").asDouble()).as("%s inside the screen, %s", selector, when)
                    .isLessThanOrEqualTo(desktop.width());
        }
    }
}
