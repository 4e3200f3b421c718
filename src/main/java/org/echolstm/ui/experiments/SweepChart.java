package org.echolstm.ui.experiments;

import org.echolstm.ui.canvas.PrintPage;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.transform.Transform;
import org.echolstm.echo.Bounds;
import org.echolstm.training.experiments.Outcome;
import org.echolstm.training.experiments.SweepPlan;
import org.echolstm.training.experiments.SweepPoint;
import org.echolstm.ui.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Samples to the target against the swept value: the median of each network with a bar from the
 * fewest to the most samples a run needed, and a cross on the cap line where runs did not get
 * there by the cap. LSTM and plain RNN sit a little apart so their bars do not hide each other. A
 * network's line joins the medians of neighbouring values only: where its runs missed, the line
 * breaks at the cross. Shown without points (a sweep running), it has the running sweep's axes,
 * cap and legend; shown nothing, nothing of the last sweep is left.
 */
public final class SweepChart extends LineChart<String, Number> {
    /** Horizontal shift of each network's marks from the value's centre, in pixels. */
    private static final double SHIFT = 5;
    /** The print image: laid out at this size, drawn at twice it (1600 px wide, as the training charts). */
    static final double PRINT_WIDTH = 800;
    static final double PRINT_HEIGHT = 560;
    static final double PRINT_SCALE = 2;
    private static final List<String> PRINT_SHEETS = List.of("/org/echolstm/ui/MainView.css",
        "/org/echolstm/ui/experiments/ExperimentsView.css");

    /** A median point's extra: its bar, whether it is the RNN's, and its value's place in the plan. */
    private record Spread(Outcome outcome, boolean rnn, Line bar, int index) {
    }

    private final XYChart.Series<String, Number> lstm = new XYChart.Series<>();
    private final XYChart.Series<String, Number> rnn = new XYChart.Series<>();
    private final XYChart.Series<String, Number> missed = new XYChart.Series<>();
    private final Line capLine = new Line();
    private final List<Line> bars = new ArrayList<>();
    private double cap;
    private Optional<SweepPlan> shownPlan = Optional.empty();
    private List<SweepPoint> shownPoints = List.of();

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
        shownPlan = Optional.ofNullable(plan);
        shownPoints = List.copyOf(points);
        getPlotChildren().removeAll(bars);
        getPlotChildren().remove(capLine);
        bars.clear();
        for (XYChart.Series<String, Number> series : List.of(lstm, rnn, missed)) {
            series.getData().clear();
            if (series.getNode() instanceof Path line) {
                line.getElements().clear(); // LineChart leaves the last line of a series emptied
            }
        }
        if (plan == null) {
            setTitle(I18n.t("experiments.title.samples", "99"));
            getXAxis().setLabel(null);
            ((CategoryAxis) getXAxis()).getCategories().clear();
            getYAxis().setAutoRanging(true);
            missed.setName(I18n.t("experiments.series.missedByCap"));
            requestChartLayout();
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
            int index = plan.values().indexOf(point.value());
            add(lstm, point.value(), point.lstm(), false, index);
            point.rnn().ifPresent(outcome -> add(rnn, point.value(), outcome, true, index));
        }
        getPlotChildren().add(capLine);
        getPlotChildren().addAll(bars);
        requestChartLayout();
    }

    private void add(XYChart.Series<String, Number> series, String value, Outcome outcome, boolean isRnn, int index) {
        OptionalDouble median = outcome.median();
        String who = I18n.t(isRnn ? "experiments.series.rnn" : "experiments.series.lstm");
        if (median.isPresent()) {
            Line bar = new Line();
            bar.getStyleClass().addAll("sweep-bar", isRnn ? "sweep-bar-rnn" : "sweep-bar-lstm");
            bars.add(bar);
            XYChart.Data<String, Number> data = new XYChart.Data<>(value, median.getAsDouble());
            data.setExtraValue(new Spread(outcome, isRnn, bar, index));
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

    /**
     * The chart as an image for export, as the training charts are: drawn afresh off-screen in the
     * light theme, laid out at {@value #PRINT_WIDTH} × {@value #PRINT_HEIGHT} so the legend fits
     * whole, at twice that resolution (1600 × 1120 pixels). Call on the FX thread.
     */
    public WritableImage printImage() {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(PRINT_SCALE, PRINT_SCALE));
        return printLayout().snapshot(parameters, null);
    }

    /** The off-screen page the print image is taken of, laid out. */
    Parent printLayout() {
        SweepChart copy = new SweepChart();
        copy.show(shownPlan.orElse(null), shownPoints);
        return PrintPage.of(copy, PRINT_WIDTH, PRINT_HEIGHT, SweepChart.class, PRINT_SHEETS, 3); // the axes settle over two passes
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
            Path line = series.getNode() instanceof Path path ? path : new Path();
            line.getElements().clear();
            int previous = -2;
            for (XYChart.Data<String, Number> data : series.getData()) {
                if (!(data.getExtraValue() instanceof Spread spread) || data.getNode() == null) {
                    continue;
                }
                double shift = spread.rnn() ? SHIFT : -SHIFT;
                double x = getXAxis().getDisplayPosition(data.getXValue()) + shift;
                double medianY = y.getDisplayPosition(data.getYValue());
                // Joined to the value before only where that value has a median: a miss breaks the line.
                line.getElements().add(spread.index() == previous + 1 ? new LineTo(x, medianY) : new MoveTo(x, medianY));
                previous = spread.index();
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
