package org.echolstm.ui.charts;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.echolstm.training.MetricHistory;
import org.echolstm.ui.I18n;
import org.echolstm.ui.canvas.FxScenes;
import org.junit.jupiter.api.BeforeAll;
import javafx.event.EventType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.echolstm.ui.canvas.FxScenes.onFx;
import static org.echolstm.ui.charts.ChartHands.chart;
import static org.echolstm.ui.charts.ChartHands.laidOut;
import static org.echolstm.ui.charts.ChartHands.sceneAt;

/** Pointing at the training charts: the figures under the pointer, a click to replay, the log loss axis, by mouse and keys. */
class PointingAtChartsTest {
    private static final MetricHistory HISTORY = ChartHands.HISTORY;

    @BeforeAll
    static void startFx() throws Exception {
        FxScenes.startFx();
    }

    private static void mouse(Node target, EventType<MouseEvent> type, Point2D at) {
        ChartHands.mouse(target, type, at, 1, true);
    }

    @Test
    void pointingAtAPlotShowsTheFiguresThereAndLeavingHidesThem() throws Exception {
        onFx(() -> {
            TrainingCharts charts = laidOut();
            MetricHistory.Curves curves = HISTORY.curves();
            for (String id : List.of("lossChart", "accuracyChart")) {
                Point2D at = sceneAt(charts, id, 32 * 40);
                mouse(chart(charts, id), MouseEvent.MOUSE_MOVED, at);

                assertThat(charts.readout().isVisible()).as(id).isTrue();
                assertThat(charts.readout().getText()).as(id)
                        .isEqualTo(ChartReadout.at(curves, 32 * 40).orElseThrow().text()).contains(I18n.count(32 * 40));
                Bounds label = charts.readout().localToScene(charts.readout().getLayoutBounds());
                Bounds all = charts.localToScene(charts.getLayoutBounds());
                assertThat(all.contains(label)).as(id + ": the label stays inside the charts").isTrue();

                mouse(chart(charts, id), MouseEvent.MOUSE_EXITED, at);
                assertThat(charts.readout().isVisible()).isFalse();
            }
            // Beside the plot (over the axis's labels) there is nothing to read.
            Point2D left = sceneAt(charts, "lossChart", 0).subtract(30, 0);
            mouse(chart(charts, "lossChart"), MouseEvent.MOUSE_MOVED, left);
            assertThat(charts.readout().isVisible()).isFalse();
        });
    }

    @Test
    void aClickOnAPlotAsksForTheSampleCountUnderThePointer() throws Exception {
        List<Double> picked = new ArrayList<>();
        onFx(() -> {
            TrainingCharts charts = laidOut();
            charts.setOnPick(picked::add);
            mouse(chart(charts, "accuracyChart"), MouseEvent.MOUSE_CLICKED, sceneAt(charts, "accuracyChart", 1600));
            mouse(chart(charts, "lossChart"), MouseEvent.MOUSE_CLICKED, sceneAt(charts, "lossChart", 640));
        });
        assertThat(picked).hasSize(2);
        assertThat(picked.get(0)).isCloseTo(1600, within(40.0));
        assertThat(picked.get(1)).isCloseTo(640, within(40.0));
    }

    @Test
    void theReplayedMomentsFiguresAreShownAtItsLineAndSpoken() throws Exception {
        onFx(() -> {
            TrainingCharts charts = laidOut();
            ChartReadout there = ChartReadout.at(HISTORY.curves(), 32 * 25).orElseThrow();

            charts.showMoments(OptionalLong.of(32 * 25), List.of());
            charts.applyCss();
            charts.layout();

            assertThat(charts.readout().isVisible()).isTrue();
            assertThat(charts.readout().getText()).isEqualTo(there.text());
            assertThat(charts.getAccessibleText()).isEqualTo(there.sentence());
            double line = sceneAt(charts, "lossChart", 32 * 25).getX();
            assertThat(charts.readout().localToScene(0, 0).getX()).isGreaterThan(line);

            charts.showMoments(OptionalLong.empty(), List.of());
            charts.layout();
            assertThat(charts.readout().isVisible()).as("back at now").isFalse();
            assertThat(charts.getAccessibleText()).isEqualTo(ChartSentences.latest(HISTORY.curves()));
        });
    }

    @Test
    void theLossAxisTurnsLogarithmicWithLAndBack() throws Exception {
        onFx(() -> {
            TrainingCharts charts = laidOut();
            List<Double> linear = charts.lossSeries().get(0).getData().stream().map(d -> d.getYValue().doubleValue()).toList();

            Event.fireEvent(charts, new KeyEvent(KeyEvent.KEY_PRESSED, "l", "l", KeyCode.L, false, false, false, false));

            assertThat(charts.logLossProperty().get()).isTrue();
            assertThat(chart(charts, "lossChart").getTitle()).isEqualTo(I18n.t("chart.loss.log"));
            assertThat(chart(charts, "lossChart").isHorizontalZeroLineVisible()).isFalse();
            List<Double> drawn = charts.lossSeries().get(0).getData().stream().map(d -> d.getYValue().doubleValue()).toList();
            assertThat(drawn).hasSameSizeAs(linear);
            for (int i = 0; i < drawn.size(); i++) {
                assertThat(drawn.get(i)).isCloseTo(Math.log10(Math.max(LossScale.FLOOR, linear.get(i))), within(1e-9));
            }
            // The figures under the pointer stay the losses themselves.
            mouse(chart(charts, "lossChart"), MouseEvent.MOUSE_MOVED, sceneAt(charts, "lossChart", 32 * 40));
            assertThat(charts.readout().getText()).isEqualTo(ChartReadout.at(HISTORY.curves(), 32 * 40).orElseThrow().text());

            TrainingCharts printed = (TrainingCharts) charts.printLayout().getChildrenUnmodifiable().get(0);
            assertThat(printed.logLossProperty().get()).as("the exported picture too").isTrue();
            assertThat(printed.lossSeries().get(0).getData().get(0).getYValue().doubleValue()).isEqualTo(drawn.get(0));

            Event.fireEvent(charts, new KeyEvent(KeyEvent.KEY_PRESSED, "l", "l", KeyCode.L, false, false, false, false));
            assertThat(charts.logLossProperty().get()).isFalse();
            assertThat(charts.lossSeries().get(0).getData().stream().map(d -> d.getYValue().doubleValue()).toList())
                    .isEqualTo(linear);
            assertThat(chart(charts, "lossChart").getTitle()).isEqualTo(I18n.t("chart.loss"));
        });
    }

    @Test
    void theLogarithmicTicksSayTheLossItself() {
        var labels = LossScale.tickLabels();
        assertThat(labels.toString(-2)).isEqualTo("0.01");
        assertThat(labels.toString(0)).isEqualTo("1");
        assertThat(labels.toString(0.5)).isEqualTo("3.2");
        assertThat(labels.toString(-0.5)).isEqualTo("0.32");
        assertThat(LossScale.drawn(0.1, true)).isCloseTo(-1, within(1e-12));
        assertThat(LossScale.drawn(0.1, false)).isEqualTo(0.1);
        assertThat(LossScale.drawn(0, true)).isEqualTo(Math.log10(LossScale.FLOOR));
    }
}
