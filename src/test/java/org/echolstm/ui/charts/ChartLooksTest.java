package org.echolstm.ui.charts;

import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import org.echolstm.training.MetricHistory;
import org.echolstm.ui.canvas.FxScenes;
import org.echolstm.ui.canvas.FxScenes.Look;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echolstm.ui.canvas.FxScenes.contrast;
import static org.echolstm.ui.canvas.FxScenes.layOut;
import static org.echolstm.ui.canvas.FxScenes.onFx;

/**
 * The charts as the style sheets draw them, read back from the laid-out nodes: every curve stands
 * out from its plot (WCAG non-text contrast 3:1), every text from what lies behind it (4.5:1),
 * and the curves are thick enough for a projector in presentation mode.
 */
class ChartLooksTest {
    private static final double LINE_CONTRAST = 3;
    private static final double TEXT_CONTRAST = 4.5;

    @BeforeAll
    static void startFx() throws Exception {
        FxScenes.startFx();
    }

    private static TrainingCharts chartsWithComparison(Look look) {
        MetricHistory history = TrainingChartsTest.history(200, 3);
        MetricHistory comparison = TrainingChartsTest.history(200, 2);
        TrainingCharts charts = new TrainingCharts();
        charts.update(history, Optional.of(comparison));
        layOut(charts, 700, 800, look);
        return charts;
    }

    private static Color colour(Object paint) {
        assertThat(paint).isInstanceOf(Color.class);
        return (Color) paint;
    }

    @Test
    void everyCurveStandsOutFromItsPlotInBothThemes() throws Exception {
        for (Look look : Look.values()) {
            onFx(() -> {
                TrainingCharts charts = chartsWithComparison(look);
                for (String id : List.of("lossChart", "accuracyChart")) {
                    XYChart<?, ?> chart = (XYChart<?, ?>) charts.lookup("#" + id);
                    Color plot = FxScenes.background((Region) chart.lookup(".chart-plot-background"));
                    List<Node> lines = List.copyOf(chart.lookupAll(".chart-series-line"));
                    assertThat(lines).hasSize(3);
                    for (Node node : lines) {
                        Path line = (Path) node;
                        Color stroke = colour(line.getStroke());
                        String what = String.format(Locale.ROOT, "%s %s %s on %s", look, id, stroke, plot);
                        assertThat(contrast(stroke, plot)).as(what).isGreaterThanOrEqualTo(LINE_CONTRAST);
                        assertThat(line.getStrokeWidth()).as(what)
                                .isGreaterThanOrEqualTo(look.presentation ? 3 : 1.5);
                    }
                }
            });
        }
    }

    @Test
    void everyChartTextIsReadableOnItsBackground() throws Exception {
        for (Look look : Look.values()) {
            onFx(() -> {
                TrainingCharts charts = chartsWithComparison(look);
                StackPane root = (StackPane) charts.getParent();
                Color pane = FxScenes.background(root);
                for (Node node : charts.lookupAll(".axis")) {
                    Axis<?> axis = (Axis<?>) node;
                    assertThat(contrast(colour(axis.getTickLabelFill()), pane)).as(look + " tick labels")
                            .isGreaterThanOrEqualTo(TEXT_CONTRAST);
                }
                for (String selector : List.of(".axis-label", ".chart-title", ".chart-legend-item")) {
                    List<Node> labels = List.copyOf(charts.lookupAll(selector));
                    assertThat(labels).as(selector).isNotEmpty();
                    for (Node node : labels) {
                        Color text = colour(((Label) node).getTextFill());
                        assertThat(contrast(text, pane)).as(look + " " + selector + " " + text + " on " + pane)
                                .isGreaterThanOrEqualTo(TEXT_CONTRAST);
                    }
                }
            });
        }
    }

    @Test
    void presentationModeEnlargesTheChartText() throws Exception {
        double[] normal = onFx(() -> fontSizes(chartsWithComparison(Look.LIGHT)));
        double[] large = onFx(() -> fontSizes(chartsWithComparison(Look.PRESENTATION)));
        for (int i = 0; i < normal.length; i++) {
            assertThat(large[i]).as("font " + i).isGreaterThanOrEqualTo(normal[i] * 1.4);
        }
    }

    /** Tick label, axis label, title and legend font sizes. */
    private static double[] fontSizes(TrainingCharts charts) {
        Axis<?> axis = (Axis<?>) charts.lookup(".axis");
        return new double[] {axis.getTickLabelFont().getSize(), ((Label) charts.lookup(".axis-label")).getFont().getSize(),
                ((Label) charts.lookup(".chart-title")).getFont().getSize(),
                ((Label) charts.lookup(".chart-legend-item")).getFont().getSize()};
    }
}
