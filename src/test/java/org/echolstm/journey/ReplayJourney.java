package org.echolstm.journey;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Replaying a moment: the keys from any focus, the cursor on both charts, the status bar's figures of that moment. */
@Journey
class ReplayJourney {

    @Test
    void theReplayedMomentIsShownEverywhereAndTheKeysWorkFromAnyFocus() {
        Desktop desktop = Desktop.of(1600, 1000);
        RunningApp app = RunningApp.start(desktop, Journeys.freshHome("replay"));
        app.press("F5");
        Waits.until("training to the target", Duration.ofSeconds(90),
                () -> app.text("statusLabel").startsWith("Finished"), () -> app.text("statusLabel"));
        double trackWidth = app.node("#timelineSlider").get("width").asDouble();

        app.press("Left", "Left", "Left");
        Waits.until("a moment replayed", Duration.ofSeconds(10), () -> app.text("timelineLabel").startsWith("Replaying"),
                () -> app.text("timelineLabel"));
        long replayed = Long.parseLong(app.text("timelineLabel").replaceAll("^\\D*([0-9,]+)[\\s\u00a0]+samples.*$", "$1").replace(",", ""));
        assertThat(app.samplesShown()).as("the status bar at the replayed moment").isEqualTo(replayed);
        assertThat(app.text("heldOutCaption")).contains("then");
        List<JsonNode> cursors = app.query(".chart-cursor");
        assertThat(cursors).as("a cursor on both charts").hasSize(2);
        assertThat(cursors.get(0).get("x").asDouble()).as("at the same sample count in both")
                .isCloseTo(cursors.get(1).get("x").asDouble(), within(1.0));
        assertThat(app.node("#timelineSlider").get("width").asDouble()).as("the track keeps its length")
                .isCloseTo(trackWidth, within(1.0));

        app.press("Home");
        Waits.until("back to now", Duration.ofSeconds(10), () -> app.text("timelineLabel").startsWith("Live"));
        assertThat(app.query(".chart-cursor")).isEmpty();

        // ← past the first kept moment does nothing: it neither moves the focus off the charts nor,
        // from wherever it went, switches the tab.
        String[] pastTheFirst = new String[20];
        java.util.Arrays.fill(pastTheFirst, "Left");
        app.press(pastTheFirst);
        Waits.until("the first moment replayed", Duration.ofSeconds(10),
                () -> app.text("timelineLabel").contains(" 512\u00a0samples"), () -> app.text("timelineLabel"));
        assertThat(app.node("#centerTabs").get("selectedTab").asInt()).as("the tab after ← at the first moment")
                .isZero();
        assertThat(app.node("#charts").path("focused").asBoolean()).as("the charts keep the focus").isTrue();
        app.press("Home");
        Waits.until("back to now again", Duration.ofSeconds(10), () -> app.text("timelineLabel").startsWith("Live"));

        app.click(app.node("#insideTab"));
        app.desktop().key("Left");
        Waits.until("a moment replayed from the tab strip", Duration.ofSeconds(10),
                () -> app.text("timelineLabel").startsWith("Replaying"), () -> app.text("timelineLabel"));
        assertThat(app.node("#centerTabs").get("selectedTab").asInt()).as("the tab stays").isEqualTo(1);

    }

    @Test
    void aDragAcrossAChartZoomsBothAndADoubleClickShowsAllSamplesAgain() {
        Desktop desktop = Desktop.of(1600, 1000);
        RunningApp app = RunningApp.start(desktop, Journeys.freshHome("replay-zoom"));
        app.press("F5");
        Waits.until("training to the target", Duration.ofSeconds(90),
                () -> app.text("statusLabel").startsWith("Finished"), () -> app.text("statusLabel"));
        JsonNode plot = app.query(".chart-plot-background").get(0);
        double left = plot.get("x").asDouble();
        double width = plot.get("width").asDouble();
        double middle = plot.get("y").asDouble() + plot.get("height").asDouble() / 2;

        desktop.drag(left + width * 0.2, middle, left + width * 0.6, middle);
        Waits.until("both charts zoomed", Duration.ofSeconds(10), () -> sampleAxes(app).size() == 2
                        && sampleAxes(app).stream().allMatch(label -> label.startsWith("samples seen: ") && label.contains(" of ")),
                () -> sampleAxes(app).toString());
        assertThat(app.text("timelineLabel")).as("a drag replays nothing").startsWith("Live");

        desktop.doubleClick(left + width / 2, middle);
        Waits.until("all samples shown again", Duration.ofSeconds(10),
                () -> sampleAxes(app).equals(List.of("samples seen", "samples seen")), () -> sampleAxes(app).toString());
    }

    /** The samples axes' labels of both charts (the loss axis says "Loss…"; these say samples). */
    private static List<String> sampleAxes(RunningApp app) {
        return app.query(".axis-label").stream().map(RunningApp::textOf).filter(t -> t != null && t.startsWith("samples"))
                .toList();
    }

        @Test
    void aWindowThatOpensOnTheInsideTabTakesTheReplayKeysAtOnce() {
        Desktop desktop = Desktop.of(1600, 1000);
        java.nio.file.Path home = Journeys.freshHome("replay-inside");
        RunningApp first = RunningApp.start(desktop, home);
        first.click(first.node("#insideTab"));
        Waits.until("the Inside tab shown", Duration.ofSeconds(5), () -> first.node("#centerTabs").get("selectedTab").asInt() == 1);
        first.press("ctrl+q");
        first.waitForExit();

        RunningApp second = RunningApp.start(desktop, home);
        Waits.until("the window opens on the Inside tab", Duration.ofSeconds(10),
                () -> second.node("#centerTabs").get("selectedTab").asInt() == 1);
        second.press("F5");
        Waits.until("training to the target", Duration.ofSeconds(90),
                () -> second.text("statusLabel").startsWith("Finished"), () -> second.text("statusLabel"));
        second.press("Left");
        Waits.until("a moment replayed by the first key pressed", Duration.ofSeconds(10),
                () -> second.text("timelineLabel").startsWith("Replaying"), () -> second.text("timelineLabel"));
    }
}
