package org.echolstm.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** In the real window: drag across a chart to zoom both to a stretch of samples, keys to move it, and back to all. */
class ChartZoomWindowTest extends SmallLessonWindowTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        window = App.open(stage, dialogs);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static ValueAxis<Number> axis(FxRobot robot, String id) {
        return (ValueAxis<Number>) robot.lookup("#" + id).queryAs(XYChart.class).getXAxis();
    }

    /** Where {@code samples} is on the chart's plot, halfway down, on the screen. */
    private static Point2D onPlot(FxRobot robot, String id, double samples) {
        ValueAxis<Number> axis = axis(robot, id);
        Node plot = robot.lookup("#" + id).query().lookup(".chart-plot-background");
        Bounds area = plot.localToScreen(plot.getLayoutBounds());
        return new Point2D(axis.localToScreen(axis.getDisplayPosition(samples), 0).getX(), area.getCenterY());
    }

    /** Both charts' samples axes run from {@code lower} to {@code upper}, give or take a pixel's worth. */
    private static void assertShows(FxRobot robot, double lower, double upper, double slack) {
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("lossChart", "accuracyChart")) {
            assertThat(axis(robot, id).getLowerBound()).as(id + " from").isCloseTo(lower, within(slack));
            assertThat(axis(robot, id).getUpperBound()).as(id + " to").isCloseTo(upper, within(slack));
        }
    }

    private static void assertAll(FxRobot robot, long atLeast) {
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("lossChart", "accuracyChart")) {
            assertThat(axis(robot, id).getLowerBound()).as(id).isZero();
            assertThat(axis(robot, id).getUpperBound()).as(id).isGreaterThanOrEqualTo(atLeast);
            assertThat(axis(robot, id).getLabel()).as(id).isEqualTo(I18n.t("chart.samples"));
        }
    }

    /** Trains the small lesson and waits until the charts have drawn all of it (they redraw at most every 100 ms). */
    private void trainAndDraw(FxRobot robot) throws Exception {
        trainSmallLesson(robot);
        waitFor(10, () -> axis(robot, "lossChart").getUpperBound() >= LIMIT && axis(robot, "accuracyChart").getUpperBound() >= LIMIT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aDragZoomsBothChartsKeysMoveTheStretchAndAClickStillReplays(FxRobot robot) throws Exception {
        trainAndDraw(robot);

        // Press, move across, release: both charts show that stretch, with the band shown while dragging.
        robot.moveTo(onPlot(robot, "lossChart", 1_000)).press(MouseButton.PRIMARY);
        robot.moveTo(onPlot(robot, "lossChart", 2_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".chart-zoom-band").<Node>queryAll()).hasSize(2).allSatisfy(band -> assertThat(band.isVisible()).isTrue());
        robot.moveTo(onPlot(robot, "lossChart", 3_000)).release(MouseButton.PRIMARY);
        double slack = 4_096 / 100.0; // a few pixels of the whole axis
        assertShows(robot, 1_000, 3_000, slack);
        assertThat(window.view().charts().isZoomed()).isTrue();
        assertThat(text(robot, "#timelineLabel")).as("a drag replays nothing").startsWith("Live.");
        assertThat(axis(robot, "accuracyChart").getLabel()).contains(" of 4,096");
        assertThat(window.view().charts().getAccessibleText()).startsWith("Samples ").contains(" of 4,096 shown. ");

        // A click without a drag replays the nearest moment, and its line stands on both zoomed charts.
        robot.clickOn(onPlot(robot, "lossChart", 2_100));
        waitFor(10, () -> text(robot, "#timelineLabel").startsWith("Replaying: 2,048\u00a0samples"));
        assertThat(window.view().charts().isZoomed()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".chart-cursor").queryAll()).hasSize(2);
        double lower = axis(robot, "lossChart").getLowerBound();
        double upper = axis(robot, "lossChart").getUpperBound();

        // + halves the stretch around the replayed moment, Shift+→ moves it a quarter on, - doubles it.
        robot.type(KeyCode.EQUALS);
        double half = (upper - lower) / 2;
        assertShows(robot, 2_048 - half / 2, 2_048 + half / 2, 1);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertShows(robot, 2_048 - half / 4, 2_048 + 3 * half / 4, 1);
        assertThat(text(robot, "#timelineLabel")).as("Shift+→ is not →").startsWith("Replaying: 2,048\u00a0samples");
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        robot.type(KeyCode.MINUS);
        assertShows(robot, 2_048 - half, 2_048 + half, 1);

        robot.type(KeyCode.DIGIT0);
        assertAll(robot, 4_096);
        assertThat(window.view().charts().getAccessibleText()).startsWith("All samples shown. ");

        // Drag again, then a double-click shows all samples.
        robot.drag(onPlot(robot, "accuracyChart", 500), MouseButton.PRIMARY).moveTo(onPlot(robot, "accuracyChart", 1_500))
                .release(MouseButton.PRIMARY);
        assertShows(robot, 500, 1_500, slack);
        robot.doubleClickOn(onPlot(robot, "accuracyChart", 1_000));
        assertAll(robot, 4_096);
    }

    @Test
    void resetWeightsLeavesNoZoomedRangeBehind(FxRobot robot) throws Exception {
        trainAndDraw(robot);
        robot.clickOn("#charts");
        robot.type(KeyCode.PLUS);
        assertShows(robot, 1_024, 3_072, 1);

        dialogs.answerConfirm(true);
        robot.interact(() -> vm().training().resetWeights());
        waitFor(10, () -> window.view().charts().isEmpty());
        assertShows(robot, 0, 1_000, 0);
        assertAll(robot, 1_000);
        assertThat(window.view().charts().isZoomed()).isFalse();
    }
}
