package org.echolstm.journey;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Help is there when it is asked for: the guide with F1 even without a browser. */
@Journey
class HelpJourney {

    @Test
    void f1ShowsTheGuideInsideTheApplicationWhenNoBrowserOpensIt() throws Exception {
        Desktop desktop = Desktop.of(1280, 800);
        Path home = Journeys.freshHome("guide");
        // The desktop's opener is there, but no browser: xdg-open says so with its exit code 3.
        Path tools = Files.createDirectories(home.resolve("bin"));
        Path asked = home.resolve("xdg-open-asked");
        Path xdgOpen = tools.resolve("xdg-open");
        Files.writeString(xdgOpen, "#!/bin/sh\necho \"$1\" >> " + asked + "\nexit 3\n");
        Files.setPosixFilePermissions(xdgOpen, PosixFilePermissions.fromString("rwxr-xr-x"));
        RunningApp app = RunningApp.start(desktop, home, Map.of("PATH", tools.toString()));

        app.press("F1");
        JsonNode guide = app.waitForDialog("The echo problem");
        String text = RunningApp.allText(guide);
        Path page = app.dataFolder().resolve("help/user-guide.html");
        assertThat(text).as("the guide's text and the file it is").contains("User guide", "Replay",
                "Back to now", page.toString());
        assertThat(Files.readString(asked)).as("the browser was asked first").contains(page.toUri().toString());
        assertThat(page.resolveSibling("replay.png")).as("a picture of the guide installed beside it").isRegularFile();
        assertThat(app.node("#copyGuidePathButton").path("visible").asBoolean()).isTrue();

        app.desktop().key("Escape");
        app.waitForNoDialog();
    }

    @Test
    void f2ExplainsEveryPartOfTheWindowAndLeavesTheTabsWhole() {
        Desktop desktop = Desktop.of(1280, 800);
        RunningApp app = RunningApp.start(desktop, Journeys.freshHome("explanations"));
        app.press("F2");
        Waits.until("the explanations shown", Duration.ofSeconds(10),
                () -> app.node("#explanations").path("visible").asBoolean());
        String explained = app.query("#explanations .label").stream().map(RunningApp::textOf)
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(explained).as("a paragraph for each part").contains("\nCharts.", "\nCurrent sample.",
                "\nInside the LSTM.", "\nConfusion matrix.", "\nExperiments.", "\nTimeline.", "\nStatus bar.",
                "\nControls.");
        JsonNode tabs = app.settledNode("#centerTabs");
        double right = tabs.get("x").asDouble() + tabs.get("width").asDouble();
        Waits.until("every tab's name whole beside the explanations", Duration.ofSeconds(5), () -> app.query("#centerTabs .tab")
                .stream().allMatch(tab -> tab.get("x").asDouble() + tab.get("width").asDouble() <= right + 1)
                && app.query("#centerTabs .tab-down-button").stream().noneMatch(b -> b.path("visible").asBoolean()),
                () -> app.query("#centerTabs .tab").stream().map(t -> RunningApp.textOf(t) + " to "
                        + (t.get("x").asDouble() + t.get("width").asDouble())).toList() + ", tabs end at " + right);
        JsonNode sample = app.node(".sample-pane");
        assertThat(sample.get("width").asDouble()).as("the sample beside them").isGreaterThan(200);
        JsonNode window = app.windows().stream().filter(w -> w.path("kind").asText().equals("stage")).findFirst().orElseThrow();
        JsonNode explanations = app.node("#explanations");
        assertThat(explanations.get("x").asDouble() + explanations.get("width").asDouble()).as("the explanations inside the window")
                .isLessThanOrEqualTo(window.get("x").asDouble() + window.get("width").asDouble() + 1);
    }
}
