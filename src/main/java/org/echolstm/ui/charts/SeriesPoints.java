package org.echolstm.ui.charts;

import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Path;
import org.echolstm.training.MetricHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** A chart series made to show a curve's points, keeping those it already shows. */
final class SeriesPoints {
    private SeriesPoints() {
    }

    /**
     * Makes the series show {@code points}. Between two redraws a curve usually only gains points
     * at its end, so the points it already shows are kept and only the rest is replaced: building
     * all 500 points of four curves anew ten times a second kept the FX thread busy for 8–25 ms a
     * redraw.
     */
    static void set(XYChart.Series<Number, Number> series, List<MetricHistory.Point> points,
                    DoubleUnaryOperator scale) {
        ObservableList<XYChart.Data<Number, Number>> data = series.getData();
        int kept = 0;
        int common = Math.min(data.size(), points.size());
        while (kept < common && shows(data.get(kept), points.get(kept), scale)) {
            kept++;
        }
        if (kept < data.size()) {
            data.remove(kept, data.size());
        }
        if (kept < points.size()) {
            List<XYChart.Data<Number, Number>> added = new ArrayList<>(points.size() - kept);
            for (MetricHistory.Point p : points.subList(kept, points.size())) {
                added.add(new XYChart.Data<>(p.samples(), scale.applyAsDouble(p.value())));
            }
            data.addAll(added);
        }
        if (data.isEmpty() && series.getNode() instanceof Path line) {
            // LineChart leaves the last drawn line of a series whose data became empty: erase it.
            line.getElements().clear();
        }
    }

    private static boolean shows(XYChart.Data<Number, Number> shown, MetricHistory.Point point, DoubleUnaryOperator scale) {
        return shown.getXValue().longValue() == point.samples()
                && shown.getYValue().doubleValue() == scale.applyAsDouble(point.value());
    }

}
