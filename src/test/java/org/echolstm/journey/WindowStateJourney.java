package org.echolstm.journey;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The window comes back as it was left: size, place, maximised, dividers and tab, start after start. */
@Journey
class WindowStateJourney {

    @Test
    void theWindowComesBackAsItWasLeft() {
        Desktop desktop = Desktop.of(1600, 1000);
        Path home = Journeys.freshHome("window-state");

        RunningApp first = RunningApp.start(desktop, home);
        Waits.until("a first start opens large on a 1600x1000 screen", Duration.ofSeconds(10),
                () -> first.geometry().width() > 1300 && first.geometry().height() > 800, first::geometry);
        desktop.resize(first.windowId(), 1200, 760);
        desktop.move(first.windowId(), 150, 110);
        Waits.until("the window at 1200x760", Duration.ofSeconds(10),
                () -> first.geometry().sameSizeAs(new Desktop.Geometry(0, 0, 1200, 760), 2), first::geometry);
        first.click(first.node("#insideTab"));
        dragDivider(first, -120);
        double divider = dividerOf(first);
        assertThat(first.node("#centerTabs").get("selectedTab").asInt()).isEqualTo(1);
        Desktop.Geometry left = first.geometry();
        quit(first);

        RunningApp second = RunningApp.start(desktop, home);
        Waits.until("the second start at the size and place it was left, " + left, Duration.ofSeconds(10),
                () -> second.geometry().sameSizeAs(left, 2) && second.geometry().samePlaceAs(left, 2), second::geometry);
        assertThat(second.node("#centerTabs").get("selectedTab").asInt()).as("the tab left open").isEqualTo(1);
        assertThat(dividerOf(second)).as("the divider where it was left").isCloseTo(divider, within(0.01));
        desktop.maximize(second.windowId());
        Waits.until("maximised", Duration.ofSeconds(10), () -> desktop.isMaximized(second.windowId()));
        quit(second);

        RunningApp third = RunningApp.start(desktop, home);
        Waits.until("the third start maximised, as it was left", Duration.ofSeconds(10),
                () -> desktop.isMaximized(third.windowId()));
        assertThat(third.geometry().width()).isGreaterThan(1500);
    }

    @Test
    void aWindowLeftLargerThanTheScreenIsFittedToIt() {
        Path home = Journeys.freshHome("larger-than-screen");
        Desktop large = Desktop.of(2560, 1600);
        RunningApp first = RunningApp.start(large, home);
        large.resize(first.windowId(), 2400, 1500);
        Waits.until("the window at 2400x1500", Duration.ofSeconds(10),
                () -> first.geometry().sameSizeAs(new Desktop.Geometry(0, 0, 2400, 1500), 2), first::geometry);
        quit(first);

        Desktop small = Desktop.of(1280, 800);
        RunningApp second = RunningApp.start(small, home);
        Waits.until("the window, frame and all, wholly on the 1280x800 screen", Duration.ofSeconds(10), () -> {
            Desktop.Geometry g = small.frame(second.windowId());
            return g.x() >= 0 && g.y() >= 0 && g.x() + g.width() <= 1280 && g.y() + g.height() <= 800
                    && g.width() > 1200;
        }, () -> small.frame(second.windowId()));
    }

    @Test
    void aWindowThatStartsSmallAndGrowsIsLaidOutAsAFreshOne() {
        Desktop desktop = Desktop.of(1600, 1000);
        RunningApp app = RunningApp.start(desktop, Journeys.freshHome("small-then-large"));
        Waits.until("a first start opens large", Duration.ofSeconds(10), () -> app.geometry().width() > 1300, app::geometry);
        Desktop.Geometry fresh = app.geometry();
        double tabsWidth = app.node("#centerTabs").get("width").asDouble();
        assertThat(Layout.elided(app)).as("texts cut in a fresh window").isEmpty();

        desktop.resize(app.windowId(), 900, 600);
        Waits.until("the window small", Duration.ofSeconds(10), () -> app.geometry().width() < 1000, app::geometry);
        desktop.resize(app.windowId(), fresh.width(), fresh.height());
        Waits.until("the window as large as it started", Duration.ofSeconds(10),
                () -> app.geometry().sameSizeAs(fresh, 2), app::geometry);
        Waits.until("the tabs as wide as in the fresh window (" + tabsWidth + " px)", Duration.ofSeconds(5),
                () -> Math.abs(app.node("#centerTabs").get("width").asDouble() - tabsWidth) < 4,
                () -> app.node("#centerTabs").get("width"));
        assertThat(Layout.elided(app)).as("texts cut after growing again").isEmpty();
        app.click(app.node("#insideTab"));
        Waits.until("the Inside tab shown", Duration.ofSeconds(5),
                () -> app.node("#centerTabs").get("selectedTab").asInt() == 1);
        assertThat(Layout.elided(app)).as("texts cut on the Inside tab").isEmpty();
    }

    private static double dividerOf(RunningApp app) {
        return app.node("#centerSplit").get("dividers").get(0).asDouble();
    }

    private static void dragDivider(RunningApp app, int byX) {
        // Where it settles: a tab opened for the first time is made then, and where its least width
        // is more than the tabs had, the divider makes room for it.
        JsonNode handle = app.settledNode("#centerSplit > .split-pane-divider");
        double x = handle.get("x").asDouble() + handle.get("width").asDouble() / 2;
        double y = handle.get("y").asDouble() + handle.get("height").asDouble() / 2;
        double before = dividerOf(app);
        app.desktop().drag(x, y, x + byX, y);
        Waits.until("the divider moved", Duration.ofSeconds(5), () -> Math.abs(dividerOf(app) - before) > 0.02);
    }

    static void quit(RunningApp app) {
        app.activate();
        app.desktop().key("ctrl+q");
        app.waitForExit();
    }
}
