package org.echolstm.ui.charts;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.echolstm.training.MetricHistory;
import org.echolstm.ui.I18n;

import java.util.ArrayList;
import java.util.List;

/**
 * Live loss and accuracy curves against samples seen. The curves come from a bounded, decimated
 * {@link MetricHistory}, so redrawing costs the same after ten samples or ten million.
 */
public final class TrainingCharts extends VBox {
    private final LineChart<Number, Number> lossChart;
    private final LineChart<Number, Number> accuracyChart;
    private final XYChart.Series<Number, Number> loss = series(I18n.t("series.loss"));
    private final XYChart.Series<Number, Number> smoothedLoss = series(I18n.t("series.smoothedLoss"));
    private final XYChart.Series<Number, Number> trainAccuracy = series(I18n.t("series.trainAccuracy"));
    private final XYChart.Series<Number, Number> heldOutAccuracy = series(I18n.t("series.heldOutAccuracy"));
    private final XYChart.Series<Number, Number> rnnLoss = series(I18n.t("series.rnnLoss"));
    private final XYChart.Series<Number, Number> rnnAccuracy = series(I18n.t("series.rnnAccuracy"));
    private long shownComparisonVersion = -1;
    private long shownVersion = -1;

    public TrainingCharts() {
        getStyleClass().add("training-charts");
        setSpacing(4);
        NumberAxis lossX = new NumberAxis();
        lossX.setLabel(I18n.t("chart.samples"));
        lossX.setForceZeroInRange(false);
        NumberAxis lossY = new NumberAxis();
        lossY.setLabel(I18n.t("chart.crossEntropy"));
        lossChart = chart(I18n.t("chart.loss"), lossX, lossY);
        lossChart.setId("lossChart");
        lossChart.getData().setAll(List.of(loss, smoothedLoss));

        NumberAxis accuracyX = new NumberAxis();
        accuracyX.setLabel(I18n.t("chart.samples"));
        accuracyX.setForceZeroInRange(false);
        NumberAxis accuracyY = new NumberAxis(0, 100, 10);
        accuracyY.setAutoRanging(false);
        accuracyY.setLabel(I18n.t("chart.accuracyPercent"));
        accuracyChart = chart(I18n.t("chart.accuracy"), accuracyX, accuracyY);
        accuracyChart.setId("accuracyChart");
        accuracyChart.getData().setAll(List.of(trainAccuracy, heldOutAccuracy));

        getChildren().addAll(lossChart, accuracyChart);
        VBox.setVgrow(lossChart, Priority.ALWAYS);
        VBox.setVgrow(accuracyChart, Priority.ALWAYS);
    }

    private static LineChart<Number, Number> chart(String title, NumberAxis x, NumberAxis y) {
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setMinHeight(140);
        return chart;
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }

    /**
     * Shows the curves if they changed since the last call, and a plain RNN's beside them when a
     * comparison runs.
     */
    public void update(MetricHistory history, java.util.Optional<MetricHistory> comparison) {
        update(history);
        if (comparison.isEmpty()) {
            if (shownComparisonVersion != -1) {
                lossChart.getData().remove(rnnLoss);
                accuracyChart.getData().remove(rnnAccuracy);
                shownComparisonVersion = -1;
            }
            return;
        }
        if (!lossChart.getData().contains(rnnLoss)) {
            lossChart.getData().add(rnnLoss);
            accuracyChart.getData().add(rnnAccuracy);
        }
        MetricHistory other = comparison.get();
        if (other.version() != shownComparisonVersion) {
            MetricHistory.Curves curves = other.curves();
            shownComparisonVersion = curves.version();
            set(rnnLoss, curves.smoothedLoss(), 1);
            set(rnnAccuracy, curves.heldOutAccuracy(), 100);
        }
    }

    /** Shows the history's curves if they changed since the last call. */
    public void update(MetricHistory history) {
        if (history.version() == shownVersion) {
            return;
        }
        MetricHistory.Curves curves = history.curves();
        shownVersion = curves.version();
        set(loss, curves.loss(), 1);
        set(smoothedLoss, curves.smoothedLoss(), 1);
        set(trainAccuracy, curves.trainAccuracy(), 100);
        set(heldOutAccuracy, curves.heldOutAccuracy(), 100);
    }

    private static void set(XYChart.Series<Number, Number> series, List<MetricHistory.Point> points, double scale) {
        List<XYChart.Data<Number, Number>> data = new ArrayList<>(points.size());
        for (MetricHistory.Point p : points) {
            data.add(new XYChart.Data<>(p.samples(), p.value() * scale));
        }
        series.getData().setAll(data);
    }

    /** Points currently drawn over all four curves. */
    public int pointCount() {
        return loss.getData().size() + smoothedLoss.getData().size() + trainAccuracy.getData().size()
                + heldOutAccuracy.getData().size();
    }

    public ObservableList<XYChart.Series<Number, Number>> lossSeries() {
        return FXCollections.unmodifiableObservableList(lossChart.getData());
    }

    public ObservableList<XYChart.Series<Number, Number>> accuracySeries() {
        return FXCollections.unmodifiableObservableList(accuracyChart.getData());
    }
}
