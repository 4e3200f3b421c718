package org.echolstm.journey;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A teacher prepares a lesson with three stops at home — a note, a silenced unit, a typed
 * sequence — saves it, and in class opens it on another computer (a fresh home), presses F11 and
 * goes through the stops with Page Down: each shows its moment, tab, sequence and units as they
 * were, with its caption.
 */
@Journey
class StorylineJourney {
    private static final Pattern ADDED = Pattern.compile("Added “Stop (\\d)” at ([0-9,]+)[\\s\u00a0]samples");
    private static final String TYPED = "1 2 3 4 5 6 7 8 9 10";

    record Told(String title, String note, int tab, long samples) {
    }

    @Test
    void threeStopsPreparedAtHomeAreToldInClassAsTheyWere() {
        Desktop desktop = Desktop.of(1600, 1000);
        Path home = Journeys.freshHome("story-home");
        RunningApp app = RunningApp.start(desktop, home);
        app.press("F5");
        Waits.until("training to the target", Duration.ofSeconds(90),
                () -> app.text("statusLabel").startsWith("Finished"), () -> app.text("statusLabel"));
        List<Long> samples = new ArrayList<>();

        // 1: an earlier moment, on the training charts.
        app.press("Left", "Left", "Left");
        Waits.until("a moment replayed", Duration.ofSeconds(10), () -> app.text("timelineLabel").startsWith("Replaying"),
                () -> app.text("timelineLabel"));
        app.press("ctrl+shift+m");
        samples.add(added(app, 1));

        // 2: inside the LSTM, a moment earlier still, with unit 2 silenced.
        app.click(app.settledNode("#insideTab"));
        Waits.until("the Inside tab", Duration.ofSeconds(10), () -> app.node("#centerTabs").get("selectedTab").asInt() == 1);
        app.desktop().key("Left");
        Waits.until("the heatmaps drawn", Duration.ofSeconds(20), () -> app.query(".gate-heatmaps").size() == 1);
        app.settledNode(".gate-heatmaps");
        InsideHeatmapsJourney.silenceUnit(app, 2);
        Waits.until("unit 2 silenced", Duration.ofSeconds(20), () -> app.text("ablationLabel").contains("unit 2 "),
                () -> app.text("ablationLabel"));
        String silenced = app.text("ablationLabel");
        app.press("ctrl+shift+m");
        samples.add(added(app, 2));

        // 3: now, back on the training tab with every unit back, and a sequence the teacher typed.
        app.click(app.settledNode("#restoreUnitsButton"));
        Waits.until("the units back", Duration.ofSeconds(10), () -> !app.text("ablationLabel").contains("unit 2 "));
        app.click(app.settledNode("#trainingTab"));
        app.press("Home");
        Waits.until("back to now", Duration.ofSeconds(10), () -> app.text("timelineLabel").startsWith("Live"));
        app.typeInto("sequenceField", TYPED);
        app.click(app.settledNode("#showSequenceButton"));
        Waits.until("the typed sequence answered", Duration.ofSeconds(20),
                () -> app.text("verdictLabel").matches("(?s).*expected[\\s\u00a0]8\\b.*"), () -> app.text("verdictLabel"));
        app.press("ctrl+shift+m");
        samples.add(added(app, 3));

        List<Told> story = List.of(
                new Told("Guessing still", "Half of the answers are wrong here.", 0, samples.get(0)),
                new Told("Without unit 2", "Unit 2 is silenced: watch the forget gate.", 1, samples.get(1)),
                new Told("Your own sequence", "The class chose this sequence.", 0, samples.get(2)));
        app.press("ctrl+shift+y");
        app.waitForDialog("Storyline");
        for (int i = 0; i < story.size(); i++) {
            String row = (i + 1) + ". ";
            app.click(Waits.forValue("row " + row, Duration.ofSeconds(10), () -> app.query(".list-cell").stream()
                    .filter(c -> RunningApp.textOf(c).startsWith(row)).findFirst()));
            app.typeInto("storyTitleField", story.get(i).title());
            app.typeInto("storyNoteField", story.get(i).note());
        }
        app.clickButton("Close");
        app.waitForNoDialog();

        Path lesson = home.resolve("story.echolesson");
        app.press("ctrl+shift+l");
        FileDialogs.saveAs(desktop, "Save lesson", lesson);
        Waits.until("the lesson saved", Duration.ofSeconds(20),
                () -> app.title().equals("story.echolesson — Echo LSTM Explorer"), app::title);
        app.press("ctrl+q");
        app.waitForExit();

        RunningApp inClass = RunningApp.start(desktop, Journeys.freshHome("story-class"));
        inClass.press("ctrl+shift+o");
        FileDialogs.open(desktop, "Open lesson", lesson);
        Waits.until("the lesson opened", Duration.ofSeconds(30),
                () -> inClass.title().equals("story.echolesson — Echo LSTM Explorer"), inClass::title);
        inClass.press("F11");
        Waits.until("presentation mode", Duration.ofSeconds(10), () -> inClass.query("#parameters").stream()
                .noneMatch(p -> p.path("visible").asBoolean()));
        for (int i = 0; i < story.size(); i++) {
            Told told = story.get(i);
            String caption = (i + 1) + " of 3 · " + told.title();
            inClass.press("Page_Down");
            Waits.until("stop " + (i + 1) + " on screen", Duration.ofSeconds(20),
                    () -> inClass.text("storyTitle").equals(caption), () -> inClass.text("storyTitle"));
            assertThat(inClass.text("storyNote")).isEqualTo(told.note());
            assertThat(inClass.node("#storyCaption").path("visible").asBoolean()).isTrue();
            assertThat(inClass.node("#centerTabs").get("selectedTab").asInt()).as("the tab of stop %d", i + 1)
                    .isEqualTo(told.tab());
            Waits.until("the moment of stop " + (i + 1), Duration.ofSeconds(10),
                    () -> inClass.samplesShown() == told.samples(), () -> inClass.text("samplesLabel"));
            assertThat(inClass.text("timelineLabel")).startsWith("Replaying");
            if (i == 1) {
                Waits.until("unit 2 silenced again", Duration.ofSeconds(20),
                        () -> inClass.text("ablationLabel").equals(silenced), () -> inClass.text("ablationLabel"));
            }
            if (i == 2) {
                assertThat(inClass.text("sequenceField")).isEqualTo(TYPED);
            }
            desktop.screenshot(JourneyExtension.OUTPUT.resolve("storyline-stop-" + (i + 1) + ".png"));
        }
        inClass.press("c");
        Waits.until("the caption hidden", Duration.ofSeconds(10),
                () -> !inClass.node("#storyCaption").path("visible").asBoolean());
        inClass.press("Page_Up");
        Waits.until("stop 2 again, its caption still hidden", Duration.ofSeconds(20),
                () -> inClass.node("#centerTabs").get("selectedTab").asInt() == 1
                        && !inClass.node("#storyCaption").path("visible").asBoolean());
    }

    /** The samples of stop {@code number}, as the status bar says it was added. */
    private static long added(RunningApp app, int number) {
        String said = Waits.forValue("stop " + number + " added", Duration.ofSeconds(30), () -> {
            Matcher m = ADDED.matcher(app.text("statusLabel"));
            return m.find() && m.group(1).equals(String.valueOf(number)) ? java.util.Optional.of(m.group(2))
                    : java.util.Optional.empty();
        });
        return Long.parseLong(said.replace(",", ""));
    }
}
