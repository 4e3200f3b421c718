package org.echolstm.ui.experiments;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import org.echolstm.echo.Bounds;
import org.echolstm.training.experiments.Outcome;
import org.echolstm.training.experiments.SweepPlan;
import org.echolstm.training.experiments.SweepPoint;
import org.echolstm.ui.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Samples to the target against the swept value: the median of each network with a bar from the
 * fewest to the most samples a run needed, and a cross on the cap line where runs did not get
 * there by the cap. LSTM and plain RNN sit a little apart so their bars do not hide each other.
 */
public final class SweepChart extends LineChart<String, Number> {
    /** Horizontal shift of each network's marks from the value's centre, in pixels. */
    private static final double SHIFT = 5;

    /** A median point's extra: its bar and whether it is the RNN's. */
    private record Spread(Outcome outcome, boolean rnn, Line bar) {
    }

    private final XYChart.Series<String, Number> lstm = new XYChart.Series<>();
    private final XYChart.Series<String, Number> rnn = new XYChart.Series<>();
    private final XYChart.Series<String, Number> missed = new XYChart.Series<>();
    private final Line capLine = new Line();
    private final List<Line> bars = new ArrayList<>();
    private double cap;

    public SweepChart() {
        super(new CategoryAxis(), new NumberAxis());
        setAnimated(false);
        setLegendVisible(true);
        getStyleClass().add("sweep-chart");
        // The measure is the title: a rotated axis title has only the plot's height, too little on a small screen.
        setTitle(I18n.t("experiments.title.samples", "99"));
        ((NumberAxis) getYAxis()).setForceZeroInRange(true);
        lstm.setName(I18n.t("experiments.series.lstm"));
        rnn.setName(I18n.t("experiments.series.rnn"));
        missed.setName(I18n.t("experiments.series.missedByCap"));
        capLine.getStyleClass().add("sweep-cap-line");
        getData().setAll(FXCollections.observableArrayList(List.of(lstm, rnn, missed)));
    }

    /** Shows a sweep's results (none: an empty chart). */
    public void show(SweepPlan plan, List<SweepPoint> points) {
        getPlotChildren().removeAll(bars);
        getPlotChildren().remove(capLine);
        bars.clear();
        lstm.getData().clear();
        rnn.getData().clear();
        missed.getData().clear();
        if (plan == null) {
            return;
        }
        cap = plan.maxSamples();
        String target = Bounds.format(plan.target() * 100);
        getXAxis().setLabel(I18n.t("experiments.setting." + plan.setting().name()));
        setTitle(I18n.t("experiments.title.samples", target));
        missed.setName(I18n.t("experiments.series.missed", target, I18n.count(plan.maxSamples())));
        ((CategoryAxis) getXAxis()).setCategories(FXCollections.observableArrayList(plan.values()));
        NumberAxis y = (NumberAxis) getYAxis();
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setUpperBound(plan.maxSamples() * 1.05);
        y.setTickUnit(niceTick(plan.maxSamples()));
        for (SweepPoint point : points) {
            add(lstm, point.value(), point.lstm(), false);
            point.rnn().ifPresent(outcome -> add(rnn, point.value(), outcome, true));
        }
        getPlotChildren().add(capLine);
        getPlotChildren().addAll(bars);
        requestChartLayout();
    }

    private void add(XYChart.Series<String, Number> series, String value, Outcome outcome, boolean isRnn) {
        OptionalDouble median = outcome.median();
        String who = I18n.t(isRnn ? "experiments.series.rnn" : "experiments.series.lstm");
        if (median.isPresent()) {
            Line bar = new Line();
            bar.getStyleClass().addAll("sweep-bar", isRnn ? "sweep-bar-rnn" : "sweep-bar-lstm");
            bars.add(bar);
            XYChart.Data<String, Number> data = new XYChart.Data<>(value, median.getAsDouble());
            data.setExtraValue(new Spread(outcome, isRnn, bar));
            series.getData().add(data);
            Tooltip.install(data.getNode() != null ? data.getNode() : bar,
                    new Tooltip(who + ": " + outcome.reached() + "/" + outcome.runs()));
        }
        int misses = outcome.runs() - outcome.reached();
        if (misses > 0) {
            XYChart.Data<String, Number> mark = new XYChart.Data<>(value, cap);
            Region cross = new Region();
            cross.getStyleClass().addAll("sweep-missed", isRnn ? "sweep-missed-rnn" : "sweep-missed-lstm");
            mark.setNode(cross);
            mark.setExtraValue(isRnn);
            Tooltip.install(cross, new Tooltip(I18n.t("experiments.missedTooltip", who, misses, outcome.runs())));
            missed.getData().add(mark);
        }
    }

    /** About five ticks up to the cap, at 1, 2 or 5 times a power of ten. */
    static double niceTick(double max) {
        double rough = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= rough) {
                return step * power;
            }
        }
        return 10 * power;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis y = (NumberAxis) getYAxis();
        double capY = y.getDisplayPosition(cap);
        capLine.setStartX(0);
        capLine.setEndX(getXAxis().getWidth());
        capLine.setStartY(capY);
        capLine.setEndY(capY);
        for (XYChart.Series<String, Number> series : List.of(lstm, rnn)) {
            for (XYChart.Data<String, Number> data : series.getData()) {
                if (!(data.getExtraValue() instanceof Spread spread) || data.getNode() == null) {
                    continue;
                }
                double shift = spread.rnn() ? SHIFT : -SHIFT;
                double x = getXAxis().getDisplayPosition(data.getXValue()) + shift;
                data.getNode().setTranslateX(shift);
                Outcome outcome = spread.outcome();
                spread.bar().setStartX(x);
                spread.bar().setEndX(x);
                spread.bar().setStartY(y.getDisplayPosition(outcome.min().orElse(0)));
                spread.bar().setEndY(y.getDisplayPosition(outcome.max().orElse(0)));
            }
        }
        for (XYChart.Data<String, Number> mark : missed.getData()) {
            Node node = mark.getNode();
            double x = getXAxis().getDisplayPosition(mark.getXValue()) + (Boolean.TRUE.equals(mark.getExtraValue()) ? SHIFT : -SHIFT);
            node.resizeRelocate(x - 6, capY - 6, 12, 12);
        }
    }
}
