package org.echolstm.journey;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** What the teacher sets is kept even when the application does not close normally. */
@Journey
class PreferencesJourney {

    @Test
    void themeLanguageZoomAndFieldsSurviveACrash() throws Exception {
        Desktop desktop = Desktop.of(1600, 1000);
        Path home = Journeys.freshHome("preferences");
        RunningApp first = RunningApp.start(desktop, home);
        String normalStyle = first.node("#root").path("style").asText();
        first.press("ctrl+shift+d");
        first.press("ctrl+plus");
        first.typeInto("unitsField", "30");
        first.press("ctrl+comma");
        first.waitForDialog("Language");
        first.click(first.node("#languageBox"));
        first.click(Waits.forValue("Deutsch in the list", Duration.ofSeconds(10), () -> first.query(".list-cell")
                .stream().filter(cell -> RunningApp.textOf(cell).equals("Deutsch")).findFirst()));
        first.clickButton("Close");
        first.waitForNoDialog();
        Path prefs = home.resolve(".java/.userPrefs/org/echolstm/explorer/prefs.xml");
        Waits.until("the preferences written", Duration.ofSeconds(10), () -> {
            String written = Files.isRegularFile(prefs) ? Files.readString(prefs) : "";
            return written.contains("\"de\"") && written.contains("\"dark\"");
        });
        first.kill();

        RunningApp second = RunningApp.start(desktop, home);
        assertThat(second.query(".theme-dark")).as("the dark theme").isNotEmpty();
        assertThat(second.node("#root").path("style").asText()).as("the zoom").isNotEqualTo(normalStyle);
        assertThat(second.text("unitsField")).isEqualTo("30");
        assertThat(second.query(".menu-bar .menu-button").stream().map(RunningApp::textOf))
                .as("the menus in German").contains("Datei");
    }
}
