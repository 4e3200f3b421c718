package org.echolstm.ui.charts;

import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import org.echolstm.ui.I18n;

import java.util.OptionalInt;

/**
 * The accuracy chart: the curves in percent, and chance level - what a network that guesses gets,
 * 1 in the number of values - as a dashed line across the whole plot, named in the legend
 * ("chance (1 in 25: 4 %)"). The line is a series of its own, always the last, so the curves keep
 * the colours JavaFX gives by order (the comparison's plain RNN stays the third, dashed one).
 */
final class AccuracyChart extends LineChart<Number, Number> {
    static final String CHANCE_LINE = "chance-line";
    static final String CHANCE_SYMBOL = "chance-symbol";

    private final XYChart.Series<Number, Number> chance = new XYChart.Series<>();
    private OptionalInt features = OptionalInt.empty();

    AccuracyChart(ValueAxis<Number> x, NumberAxis y) {
        super(x, y);
    }

    /** Shows chance level for a task of {@code values} values; none without a model. */
    void setChance(OptionalInt values) {
        if (values.equals(features)) {
            return;
        }
        features = values;
        getData().remove(chance);
        chance.getData().clear();
        if (values.isPresent()) {
            double percent = 100.0 / values.getAsInt();
            chance.setName(I18n.t("series.chance", I18n.count(values.getAsInt()), percent(percent)));
            chance.getData().add(new XYChart.Data<>(0, percent));
            getData().add(chance);
            chance.getNode().getStyleClass().add(CHANCE_LINE);
        }
    }

    OptionalInt chance() {
        return features;
    }

    /** Adds a curve before the chance line, so it takes the colour its place gives. */
    void addCurve(XYChart.Series<Number, Number> curve) {
        boolean shown = getData().remove(chance);
        getData().add(curve);
        if (shown) {
            getData().add(chance);
            chance.getNode().getStyleClass().add(CHANCE_LINE);
        }
    }

    /** Whether {@code series} is the chance line, not a curve. */
    boolean isChance(XYChart.Series<Number, Number> series) {
        return series == chance;
    }

    /** "4 %", "12.5 %", "14.3 %". */
    static String percent(double percent) {
        return Math.abs(percent - Math.rint(percent)) < 0.05 ? String.format(I18n.locale(), "%.0f %%", percent)
                : String.format(I18n.locale(), "%.1f %%", percent);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        if (features.isEmpty() || !(chance.getNode() instanceof Path line)) {
            return;
        }
        double y = getYAxis().getDisplayPosition(100.0 / features.getAsInt());
        line.getElements().setAll(new MoveTo(0, y), new LineTo(getXAxis().getWidth(), y));
        // The legend's mark of the line takes its colour (the legend is made anew as series come and go).
        for (Node item : lookupAll(".chart-legend-item")) {
            if (item instanceof Label label && chance.getName().equals(label.getText()) && label.getGraphic() != null
                    && !label.getGraphic().getStyleClass().contains(CHANCE_SYMBOL)) {
                label.getGraphic().getStyleClass().add(CHANCE_SYMBOL);
            }
        }
    }
}
