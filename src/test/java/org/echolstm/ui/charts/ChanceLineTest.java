package org.echolstm.ui.charts;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.echolstm.ui.canvas.FxScenes;
import org.echolstm.ui.canvas.FxScenes.Look;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.echolstm.ui.canvas.FxScenes.contrast;
import static org.echolstm.ui.canvas.FxScenes.layOut;
import static org.echolstm.ui.canvas.FxScenes.onFx;

/** Chance level on the accuracy chart: what a network that guesses gets, 1 in the number of values. */
class ChanceLineTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxScenes.startFx();
    }

    private static TrainingCharts charts(OptionalInt features) {
        TrainingCharts charts = new TrainingCharts();
        charts.setChance(features);
        charts.update(TrainingChartsTest.history(200, 3), Optional.of(TrainingChartsTest.history(200, 2)));
        return charts;
    }

    private static Optional<Path> chanceLine(Parent charts) {
        return charts.lookupAll("#accuracyChart .chance-line").stream().map(Path.class::cast).findFirst();
    }

    @Test
    void chanceIsADashedLineAcrossTheAccuracyPlotNamedInTheLegendInEveryTheme() throws Exception {
        for (Look look : Look.values()) {
            onFx(() -> {
                TrainingCharts charts = charts(OptionalInt.of(25));
                layOut(charts, 700, 800, look);
                XYChart<?, ?> chart = (XYChart<?, ?>) charts.lookup("#accuracyChart");
                Region plot = (Region) chart.lookup(".chart-plot-background");
                Path line = chanceLine(charts).orElseThrow(() -> new AssertionError(look + ": no chance line"));
                List<PathElement> elements = line.getElements();
                assertThat(elements).as(look.toString()).hasSize(2);
                double y = ((NumberAxis) chart.getYAxis()).getDisplayPosition(4);
                MoveTo from = (MoveTo) elements.get(0);
                LineTo to = (LineTo) elements.get(1);
                assertThat(from.getX()).as(look + ": from the plot's left edge").isCloseTo(0, within(0.5));
                assertThat(to.getX()).as(look + ": to its right edge").isCloseTo(plot.getWidth(), within(0.5));
                assertThat(from.getY()).as(look + ": at 4 %").isCloseTo(y, within(0.5));
                assertThat(to.getY()).isCloseTo(y, within(0.5));
                assertThat(line.getStrokeDashArray()).as(look + ": dashed").isNotEmpty();
                Color stroke = (Color) line.getStroke();
                assertThat(contrast(stroke, FxScenes.background(plot))).as(look + ": " + stroke)
                        .isGreaterThanOrEqualTo(3);
                assertThat(line.getStrokeWidth()).as(look.toString()).isGreaterThanOrEqualTo(look.presentation ? 3 : 1.5);
                assertThat(chart.lookupAll(".chart-legend-item").stream().map(n -> ((Label) n).getText()))
                        .as(look + ": the legend").contains("chance (1 in 25: 4 %)");
                // The curves keep their colours: the comparison's plain RNN is still the dashed third curve.
                XYChart.Series<Number, Number> rnn = charts.accuracySeries().get(2);
                assertThat(rnn.getNode().getStyleClass()).as(look.toString()).contains("default-color2");
                assertThat(charts.accuracySeries()).hasSize(3);
            });
        }
    }

    @Test
    void thePrintedChartShowsChanceToo() throws Exception {
        onFx(() -> {
            TrainingCharts charts = charts(OptionalInt.of(8));
            layOut(charts, 500, 600, Look.DARK);
            Parent page = charts.printLayout();
            assertThat(chanceLine(page)).isPresent();
            assertThat(page.lookupAll(".chart-legend-item").stream().map(n -> ((Label) n).getText()))
                    .contains("chance (1 in 8: 12.5 %)");
        });
    }

    @Test
    void withoutAModelThereIsNoChanceLine() throws Exception {
        onFx(() -> {
            TrainingCharts charts = charts(OptionalInt.of(25));
            charts.setChance(OptionalInt.empty());
            layOut(charts, 500, 600, Look.LIGHT);
            assertThat(chanceLine(charts)).isEmpty();
            List<Node> items = List.copyOf(charts.lookup("#accuracyChart").lookupAll(".chart-legend-item"));
            assertThat(items).noneMatch(n -> ((Label) n).getText().startsWith("chance"));
        });
    }
}
