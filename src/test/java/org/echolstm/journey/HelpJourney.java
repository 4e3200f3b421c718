package org.echolstm.journey;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Help is there when it is asked for: the guide with F1 even without a browser. */
@ExtendWith(JourneyExtension.class)
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
}
