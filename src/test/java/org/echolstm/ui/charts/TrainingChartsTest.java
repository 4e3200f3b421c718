package org.echolstm.ui.charts;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.echolstm.training.MetricHistory;
import org.echolstm.training.TrainingFigures;
import org.echolstm.training.TrainingState;
import org.echolstm.ui.canvas.FxScenes;
import org.echolstm.ui.canvas.FxScenes.Look;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echolstm.ui.canvas.FxScenes.layOut;
import static org.echolstm.ui.canvas.FxScenes.onFx;

class TrainingChartsTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxScenes.startFx();
    }

    /** A run of {@code steps} steps of 32 samples with a falling loss and a rising accuracy. */
    static MetricHistory history(int steps, double lossScale) {
        MetricHistory history = new MetricHistory(500);
        for (int i = 1; i <= steps; i++) {
            double progress = (double) i / steps;
            history.onStep(new TrainingFigures(TrainingState.RUNNING, 32L * i, i, lossScale * (1.1 - progress),
                    lossScale * (1 - progress), progress * 0.9, OptionalDouble.of(progress), true, 0, 0, 0));
        }
        return history;
    }

    /** The x axes' tick labels that are shown, left to right, in scene coordinates. */
    private static List<Bounds> shownSampleLabels(TrainingCharts charts, String chartId) {
        ValueAxis<?> axis = (ValueAxis<?>) ((XYChart<?, ?>) charts.lookup("#" + chartId)).getXAxis();
        List<Bounds> shown = new ArrayList<>();
        for (Node child : axis.getChildrenUnmodifiable()) {
            if (child instanceof Text text && text.isVisible() && !text.getText().isEmpty()
                    && !text.getStyleClass().contains("axis-label")) {
                shown.add(text.localToScene(text.getBoundsInLocal()));
            }
        }
        shown.sort(Comparator.comparingDouble(Bounds::getMinX));
        return shown;
    }

    private static List<String> shownSampleTexts(TrainingCharts charts, String chartId) {
        ValueAxis<?> axis = (ValueAxis<?>) ((XYChart<?, ?>) charts.lookup("#" + chartId)).getXAxis();
        return axis.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text && n.isVisible())
                .map(n -> ((Text) n).getText()).toList();
    }

    @Test
    void aRedrawKeepsThePointsAlreadyDrawnAndShowsExactlyTheHistory() throws Exception {
        MetricHistory history = new MetricHistory(500);
        MetricHistory longer = history(130, 3);
        List<XYChart.Data<Number, Number>> before = new ArrayList<>();
        onFx(() -> {
            TrainingCharts charts = new TrainingCharts();
            for (int i = 1; i <= 100; i++) {
                history.onStep(snapshotOf(longer, i));
            }
            charts.update(history);
            before.addAll(charts.lossSeries().get(0).getData());
            for (int i = 101; i <= 130; i++) {
                history.onStep(snapshotOf(longer, i));
            }
            charts.update(history);
            List<XYChart.Data<Number, Number>> after = charts.lossSeries().get(0).getData();
            assertThat(after).hasSize(130);
            assertThat(after.subList(0, 100)).as("points drawn before are kept, not rebuilt")
                    .zipSatisfy(before, (kept, old) -> assertThat(kept).isSameAs(old));
            assertThat(points(charts.lossSeries().get(0))).isEqualTo(points(history.curves().loss(), 1));
            assertThat(points(charts.accuracySeries().get(1)))
                    .isEqualTo(points(history.curves().heldOutAccuracy(), 100));
            // Past the capacity the history thins its points: the curve follows it exactly.
            for (int i = 131; i <= 1_200; i++) {
                history.onStep(new TrainingFigures(TrainingState.RUNNING, 32L * i, i, 0.5, 0.4, 0.9,
                        OptionalDouble.of(0.95), true, 0, 0, 0));
            }
            charts.update(history);
            assertThat(points(charts.lossSeries().get(0))).isEqualTo(points(history.curves().loss(), 1));
            assertThat(charts.lossSeries().get(0).getData()).hasSizeLessThanOrEqualTo(500);
        });
    }

    private static TrainingFigures snapshotOf(MetricHistory source, int step) {
        MetricHistory.Point loss = source.curves().loss().get(step - 1);
        return new TrainingFigures(TrainingState.RUNNING, loss.samples(), step, loss.value(), loss.value() * 0.9,
                0.5, OptionalDouble.of(step / 130.0), true, 0, 0, 0);
    }

    private static List<String> points(XYChart.Series<Number, Number> series) {
        return series.getData().stream().map(d -> d.getXValue().longValue() + ":" + d.getYValue().doubleValue()).toList();
    }

    private static List<String> points(List<MetricHistory.Point> curve, double scale) {
        return curve.stream().map(p -> p.samples() + ":" + p.value() * scale).toList();
    }

    @Test
    void sampleAxisLabelsNeverOverlapAndStayInside() throws Exception {
        int[] widths = {300, 334, 380, 450, 490, 640, 1100, 1500};
        int[] runs = {0, 3, 288, 375, 4_000, 40_000};
        for (Look look : new Look[] {Look.LIGHT, Look.PRESENTATION}) {
            for (int steps : runs) {
                MetricHistory history = history(steps, 3);
                for (int width : widths) {
                    onFx(() -> {
                        TrainingCharts charts = new TrainingCharts();
                        charts.update(history);
                        layOut(charts, width, 700, look);
                        for (String id : List.of("lossChart", "accuracyChart")) {
                            List<Bounds> labels = shownSampleLabels(charts, id);
                            String where = look + " " + width + " px, " + steps * 32 + " samples, " + id;
                            assertThat(labels).as(where).hasSizeGreaterThanOrEqualTo(2);
                            ValueAxis<?> axis = (ValueAxis<?>) ((XYChart<?, ?>) charts.lookup("#" + id)).getXAxis();
                            assertThat(axis.getUpperBound()).as(where).isGreaterThanOrEqualTo(steps * 32);
                            assertThat(shownSampleTexts(charts, id)).as(where + ": the axis end is labelled")
                                    .contains(SampleTicks.label(axis.getUpperBound(), Locale.ENGLISH));
                            for (int i = 1; i < labels.size(); i++) {
                                assertThat(labels.get(i).getMinX() - labels.get(i - 1).getMaxX()).as(where)
                                        .isGreaterThanOrEqualTo(4);
                            }
                            assertThat(labels.get(0).getMinX()).as(where).isGreaterThanOrEqualTo(0);
                            assertThat(labels.get(labels.size() - 1).getMaxX()).as(where).isLessThanOrEqualTo(width);
                        }
                    });
                }
            }
        }
    }

    @Test
    void anotherHistoryWithTheSameVersionIsStillDrawn() throws Exception {
        MetricHistory first = history(40, 3);
        MetricHistory second = history(40, 1);
        assertThat(second.version()).isEqualTo(first.version());
        onFx(() -> {
            TrainingCharts charts = new TrainingCharts();
            charts.update(first);
            charts.update(second);
            double firstLoss = charts.lossSeries().get(0).getData().get(0).getYValue().doubleValue();
            assertThat(firstLoss).isEqualTo(second.curves().loss().get(0).value());
        });
    }

    @Test
    void anEmptyHistoryEmptiesEveryCurve() throws Exception {
        onFx(() -> {
            TrainingCharts charts = new TrainingCharts();
            charts.update(history(40, 3));
            assertThat(charts.pointCount()).isPositive();
            charts.update(new MetricHistory(500));
            assertThat(charts.pointCount()).isZero();
            charts.update(history(40, 3));
            MetricHistory cleared = history(40, 3);
            cleared.clear();
            charts.update(cleared);
            assertThat(charts.pointCount()).isZero();
        });
    }

    @Test
    void beforeTrainingTheChartsSaySoOnFixedAxes() throws Exception {
        onFx(() -> {
            TrainingCharts charts = new TrainingCharts();
            StackPane root = layOut(charts, 500, 700, Look.LIGHT);
            assertThat(charts.isEmpty()).isTrue();
            Label note = (Label) charts.lookup(".chart-placeholder");
            assertThat(note.isVisible()).isTrue();
            assertThat(note.getText()).isEqualTo("No training yet – press Train");
            Bounds box = note.localToScene(note.getLayoutBounds());
            assertThat(box.getMinX()).isPositive();
            assertThat(box.getMaxX()).isLessThan(root.getWidth());
            ValueAxis<?> lossSamples = (ValueAxis<?>) ((XYChart<?, ?>) charts.lookup("#lossChart")).getXAxis();
            NumberAxis lossValues = (NumberAxis) ((XYChart<?, ?>) charts.lookup("#lossChart")).getYAxis();
            assertThat(lossSamples.getUpperBound()).isEqualTo(1_000);
            assertThat(lossValues.getLowerBound()).isZero();
            assertThat(lossValues.getUpperBound()).isEqualTo(4);

            charts.update(history(40, 3));
            assertThat(charts.isEmpty()).isFalse();
            assertThat(note.isVisible()).isFalse();
        });
    }

    @Test
    void clearEmptiesEveryCurveAndDropsTheComparison() throws Exception {
        MetricHistory history = history(40, 3);
        onFx(() -> {
            TrainingCharts charts = new TrainingCharts();
            charts.update(history, Optional.of(history(30, 2)));
            assertThat(charts.lossSeries()).hasSize(3);
            charts.clear();
            assertThat(charts.isEmpty()).isTrue();
            assertThat(charts.lossSeries()).hasSize(2).allMatch(series -> series.getData().isEmpty());
            assertThat(charts.accuracySeries()).hasSize(2).allMatch(series -> series.getData().isEmpty());
            // The same history at the same version is drawn again after a clear.
            charts.update(history);
            assertThat(charts.pointCount()).isEqualTo(history.curves().totalPoints());
        });
    }

    @Test
    void printImageHoldsBothChartsWithWholeLegends() throws Exception {
        onFx(() -> {
            TrainingCharts charts = new TrainingCharts();
            layOut(charts, 334, 461, Look.DARK);
            charts.update(history(300, 3), Optional.of(history(300, 2)));
            WritableImage image = charts.printImage();
            assertThat(image.getWidth()).isEqualTo(TrainingCharts.PRINT_WIDTH * TrainingCharts.PRINT_SCALE);
            assertThat(image.getHeight()).isEqualTo(TrainingCharts.PRINT_HEIGHT * TrainingCharts.PRINT_SCALE);
            assertThat(image.getWidth()).isGreaterThanOrEqualTo(1600);

            Parent page = charts.printLayout();
            Bounds pageBounds = page.getLayoutBounds();
            List<Node> legends = List.copyOf(page.lookupAll(".chart-legend"));
            assertThat(legends).hasSize(2);
            for (Node legend : legends) {
                Bounds box = legend.localToScene(legend.getLayoutBounds());
                assertThat(pageBounds.contains(box)).as(box + " inside " + pageBounds).isTrue();
            }
            List<Node> items = List.copyOf(page.lookupAll(".chart-legend-item"));
            assertThat(items).hasSize(6);
            for (Node item : items) {
                Label label = (Label) item;
                Bounds box = label.localToScene(label.getLayoutBounds());
                assertThat(pageBounds.contains(box)).as(label.getText()).isTrue();
                assertThat(label.getWidth()).as(label.getText()).isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
            }
        });
    }
}
