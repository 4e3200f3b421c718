package org.echolstm.journey;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing a teacher does is lost: a crash, a restored lesson, closing it, training while closing. */
@Journey
class NothingLostJourney {
    private static final Duration TRAINING = Duration.ofSeconds(90);

    @Test
    void aRestoredAutosaveIsKeptUntilTheTeacherDecides() {
        Desktop desktop = Desktop.of(1600, 1000);
        Path home = Journeys.freshHome("restore");
        RunningApp first = RunningApp.start(desktop, home);
        first.press("F5");
        Waits.until("training to the target", TRAINING, () -> first.title().startsWith("*")
                && first.text("statusLabel").startsWith("Finished"), () -> first.text("statusLabel"));
        long trained = first.samplesShown();
        Path autosave = first.dataFolder().resolve("autosave.echolesson");
        // The first file written loads ND4J's native library (the model file's format is DL4J's): seconds on a busy machine.
        Waits.until("the lesson saved automatically once training stopped", Duration.ofSeconds(45),
                () -> Files.isRegularFile(autosave));
        first.kill();

        RunningApp second = RunningApp.start(desktop, home);
        JsonNode offer = second.waitForDialog("did not close normally");
        String said = RunningApp.allText(offer);
        assertThat(said).as("the offer says how far the lesson was trained")
                .contains(NumberFormat.getIntegerInstance(Locale.US).format(trained) + "\u00a0samples");
        assertThat(said).as("and when it was saved").contains(LocalTime.now().format(DateTimeFormatter.ofPattern("HH:")));
        second.clickButton("Restore");
        second.waitForNoDialog();
        Waits.until("the restored lesson shown as unsaved work", Duration.ofSeconds(10),
                () -> second.title().startsWith("*") && second.samplesShown() == trained, second::title);
        assertThat(second.title()).doesNotContain("autosave");

        second.press("ctrl+q");
        second.waitForDialog("not saved");
        second.clickButton("Cancel");
        second.waitForNoDialog();
        assertThat(second.isAlive()).isTrue();
        assertThat(autosave).as("kept while the work is not saved").isRegularFile();

        second.press("ctrl+q");
        second.waitForDialog("not saved");
        second.clickButton("Don’t save");
        second.waitForExit();
        assertThat(autosave).as("gone once the teacher chose not to save").doesNotExist();

        RunningApp third = RunningApp.start(desktop, home);
        Waits.until("a start with nothing to restore", Duration.ofSeconds(10),
                () -> third.text("statusLabel").startsWith("No model yet"), () -> third.text("statusLabel"));
        assertThat(third.dialog()).isEmpty();
    }

    @Test
    void savingARestoredLessonPutsItAmongTheRecentFiles() {
        Desktop desktop = Desktop.of(1600, 1000);
        Path home = Journeys.freshHome("restore-save");
        RunningApp first = RunningApp.start(desktop, home);
        first.press("F5");
        Path autosave = first.dataFolder().resolve("autosave.echolesson");
        Waits.until("the lesson saved automatically once training stopped", TRAINING,
                () -> Files.isRegularFile(autosave));
        first.kill();

        RunningApp second = RunningApp.start(desktop, home);
        second.waitForDialog("did not close normally");
        second.clickButton("Restore");
        Waits.until("the restored lesson", Duration.ofSeconds(10), () -> second.title().startsWith("*"), second::title);
        second.press("ctrl+q");
        second.waitForDialog("not saved");
        second.clickButton("Save…");
        Path kept = home.resolve("kept.echolesson");
        FileDialogs.saveAs(desktop, "Save lesson", kept);
        second.waitForExit();
        assertThat(kept).isRegularFile();
        assertThat(autosave).doesNotExist();

        RunningApp third = RunningApp.start(desktop, home);
        third.press("alt+f");
        Waits.until("the File menu", Duration.ofSeconds(10), () -> !third.query(".menu-item").isEmpty());
        third.click(Waits.forValue("Open recent", Duration.ofSeconds(10), () -> third.query(".menu-item").stream()
                .filter(item -> RunningApp.textOf(item).contains("Open recent")).findFirst()));
        Waits.until("kept.echolesson among the recent files", Duration.ofSeconds(10), () -> third.query(".menu-item")
                .stream().anyMatch(item -> RunningApp.textOf(item).contains("kept.echolesson")));
    }

    @Test
    void closingWhileTrainingPausesAndCountsWhatWouldBeSaved() {
        Desktop desktop = Desktop.of(1600, 1000);
        RunningApp app = RunningApp.start(desktop, Journeys.freshHome("close-while-training"));
        app.typeInto("targetAccuracyField", "");
        app.typeInto("sampleLimitField", "5000000");
        app.press("F5");
        Waits.until("training under way", TRAINING, () -> app.samplesShown() > 2000);

        app.press("ctrl+q");
        JsonNode question = app.waitForDialog("not saved");
        long asked = Long.parseLong(RunningApp.allText(question).replaceAll("(?s).*?([0-9][0-9,]*)[\\s\\u00a0]+samples of training.*", "$1")
                .replace(",", ""));
        Waits.until("the status bar at the count the question gives (" + asked + ")", Duration.ofSeconds(5),
                () -> app.samplesShown() == asked, app::samplesShown);
        Waits.until("training paused behind the question: no sample for a second", Duration.ofSeconds(10),
                () -> Stable.forAtLeast(Duration.ofSeconds(1), app::samplesShown));
        assertThat(app.samplesShown()).isEqualTo(asked);

        app.clickButton("Cancel");
        app.waitForNoDialog();
        Waits.until("training on after Cancel", Duration.ofSeconds(10), () -> app.samplesShown() > asked);
        app.press("F8");
    }
}
