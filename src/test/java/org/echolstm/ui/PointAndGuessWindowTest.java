package org.echolstm.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.echolstm.ui.sample.PredictionRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** In the real window: point at the charts and click to replay; guess first with G, reveal with V. */
class PointAndGuessWindowTest extends SmallLessonWindowTest {
    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    /** Where {@code samples} is on the loss chart's plot, halfway down, on the screen. */
    @SuppressWarnings("unchecked")
    private static Point2D onLossPlot(FxRobot robot, double samples) {
        XYChart<?, ?> chart = robot.lookup("#lossChart").queryAs(XYChart.class);
        ValueAxis<Number> axis = (ValueAxis<Number>) chart.getXAxis();
        Node plot = chart.lookup(".chart-plot-background");
        Bounds area = plot.localToScreen(plot.getLayoutBounds());
        return new Point2D(axis.localToScreen(axis.getDisplayPosition(samples), 0).getX(), area.getCenterY());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void pointingShowsTheFiguresAndAClickReplaysTheNearestMoment(FxRobot robot) throws Exception {
        trainSmallLesson(robot);

        robot.moveTo(onLossPlot(robot, 1000));
        waitFor(5, () -> robot.lookup("#chartReadout").queryAs(Label.class).isVisible());
        assertThat(text(robot, "#chartReadout")).contains("\u00a0samples").contains("loss ").contains("held-out ");

        robot.clickOn(onLossPlot(robot, 1100));
        waitFor(10, () -> text(robot, "#timelineLabel").startsWith("Replaying: 1,024\u00a0samples"));

        robot.type(KeyCode.LEFT); // the keyboard's way through the same moments
        waitFor(10, () -> text(robot, "#timelineLabel").startsWith("Replaying: 512\u00a0samples"));
        robot.type(KeyCode.HOME);
        waitFor(10, () -> text(robot, "#timelineLabel").startsWith("Live."));
    }

    @Test
    void gHidesTheAnswerVRevealsItAndANewSampleStartsHidden(FxRobot robot) throws Exception {
        trainSmallLesson(robot);
        robot.clickOn("#charts");
        String verdict = vm().sample().verdictProperty().get();

        robot.type(KeyCode.G);
        waitFor(5, () -> vm().sample().guessFirst().hidden());
        waitFor(5, () -> robot.lookup(".verdict").queryAs(Label.class).getText().equals(I18n.t("guess.hidden")));
        assertThat(robot.lookup("#guessField").tryQuery()).isPresent();

        robot.type(KeyCode.V);
        waitFor(5, () -> robot.lookup(".verdict").queryAs(Label.class).getText().equals(verdict));

        robot.type(KeyCode.N);
        waitFor(5, () -> robot.lookup(".verdict").queryAs(Label.class).getText().equals(I18n.t("guess.hidden")));
        waitFor(10, () -> !vm().sample().recentPredictions().isEmpty()
                && vm().sample().isShownSamplesRow(vm().sample().recentPredictions().get(0)));
        PredictionRow row = vm().sample().recentPredictions().get(0);
        waitFor(5, () -> robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(cell -> "?".equals(((javafx.scene.control.Labeled) cell).getText())));

        // The class's guess, typed and entered, reveals the answer and counts.
        robot.clickOn("#guessField").write(Integer.toString(row.predicted())).type(KeyCode.ENTER);
        waitFor(5, () -> !vm().sample().guessFirst().hidden());
        waitFor(5, () -> text(robot, "#guessTally").startsWith("class 1 of\u00a01, network "));
    }
}
