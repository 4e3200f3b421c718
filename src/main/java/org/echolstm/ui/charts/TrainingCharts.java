package org.echolstm.ui.charts;

import org.echolstm.ui.canvas.PrintPage;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.AccessibleRole;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Transform;
import org.echolstm.training.MetricHistory;
import org.echolstm.ui.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleUnaryOperator;

/**
 * Live loss and accuracy curves against samples seen. The curves come from a bounded, decimated
 * {@link MetricHistory}, so redrawing costs the same after ten samples or ten million. Before any
 * training the charts say so and keep fixed axes; the samples axis picks a tick unit whose labels
 * never touch. A drag across a chart, or + and - while they have the focus, zooms both to a
 * stretch of samples that stays put while training goes on; double-click or 0 shows all again.
 */
public final class TrainingCharts extends StackPane {
    /** The print image: laid out at this size, drawn at twice it. */
    static final double PRINT_WIDTH = 800;
    static final double PRINT_HEIGHT = 640;
    static final double PRINT_SCALE = 2;
    private static final String STYLE_SHEET = "/org/echolstm/ui/MainView.css";
    /** The loss axis before any training: cross-entropy starts near ln(features), under 4 here. */
    private static final double EMPTY_LOSS_TOP = 4;

    private final SampleAxis lossX = sampleAxis();
    private final SampleAxis accuracyX = sampleAxis();
    private final NumberAxis lossY = new NumberAxis();
    private final NumberAxis accuracyY = new NumberAxis(0, 100, 10);
    private final LineChart<Number, Number> lossChart;
    private final AccuracyChart accuracyChart;
    private final EmptyChartsNote placeholder = new EmptyChartsNote();
    private final ChartMoments moments = new ChartMoments();
    private final ChartPointer pointer;
    private final ChartZoom zoomGesture;
    /** The stretch of samples both charts show; none: all, following the run. */
    private final ShownStretch zoom = new ShownStretch(List.of(lossX, accuracyX), this::trained, this::stretchShown);
    /** The loss axis on a logarithmic scale (for the session: the charts' context menu or L). */
    private final BooleanProperty logLoss = new SimpleBooleanProperty();
    private final XYChart.Series<Number, Number> loss = series(I18n.t("series.loss"));
    private final XYChart.Series<Number, Number> smoothedLoss = series(I18n.t("series.smoothedLoss"));
    private final XYChart.Series<Number, Number> trainAccuracy = series(I18n.t("series.trainAccuracy"));
    private final XYChart.Series<Number, Number> heldOutAccuracy = series(I18n.t("series.heldOutAccuracy"));
    private final XYChart.Series<Number, Number> rnnLoss = series(I18n.t("series.rnnLoss"));
    private final XYChart.Series<Number, Number> rnnAccuracy = series(I18n.t("series.rnnAccuracy"));
    /** What is drawn: which history at which version (another history may reach the same version). */
    private Optional<MetricHistory> shownHistory = Optional.empty();
    private long shownVersion = -1;
    private Optional<MetricHistory> shownComparison = Optional.empty();
    private long shownComparisonVersion = -1;
    /** The curves drawn, for the figures under the pointer. */
    private Optional<MetricHistory.Curves> shownCurves = Optional.empty();

    public TrainingCharts() {
        getStyleClass().add("training-charts");
        // The charts take the focus so that a screen reader reads their latest values.
        setFocusTraversable(true);
        setOnMousePressed(event -> { // a click takes the focus as Tab does (the tab pane would take it otherwise)
            requestFocus();
            event.consume();
        });
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(I18n.t("speak.charts.empty"));
        lossChart = chart(new LineChart<>(lossX, lossY) {
            @Override
            protected void updateAxisRange() {
                super.updateAxisRange();
                if (zoom.isZoomed()) {
                    fitLossToStretch(); // the loss axis spans the curves in the stretch, not the whole run
                }
            }
        }, "lossChart", I18n.t("chart.loss"));
        lossChart.getData().setAll(List.of(loss, smoothedLoss));

        accuracyY.setAutoRanging(false);
        accuracyChart = chart(new AccuracyChart(accuracyX, accuracyY), "accuracyChart", I18n.t("chart.accuracy"));
        accuracyChart.getData().setAll(List.of(trainAccuracy, heldOutAccuracy));

        VBox charts = new VBox(4, lossChart, accuracyChart);
        VBox.setVgrow(lossChart, Priority.ALWAYS);
        VBox.setVgrow(accuracyChart, Priority.ALWAYS);
        pointer = new ChartPointer(this, List.of(lossChart, accuracyChart), () -> shownCurves);
        zoomGesture = new ChartZoom(List.of(lossChart, accuracyChart), zoom, pointer::hide);
        pointer.setDragTest(zoomGesture::endedDrag);
        getChildren().addAll(charts, moments, zoomGesture, placeholder, pointer.label());
        logLoss.addListener((obs, was, now) -> showLossScale());
        ContextMenu menu = new ContextMenu();
        LossScale.offerSwitch(this, menu, logLoss);
        zoom.offer(menu, this, moments::cursor);
        setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
        // The note sits in the middle of the loss plot: follow the plot wherever the chart puts it.
        lossPlot().boundsInParentProperty().addListener((obs, old, now) -> requestLayout());
        clear();
    }

    /** Whether the charts show a stretch of samples rather than all of them. */
    public boolean isZoomed() {
        return zoom.isZoomed();
    }

    /** The samples trained as the curves show them: the furthest point of any curve. */
    private double trained() {
        return shownCurves.map(c -> (double) java.util.stream.Stream.of(c.loss(), c.smoothedLoss(), c.trainAccuracy(),
                        c.heldOutAccuracy()).filter(points -> !points.isEmpty())
                .mapToLong(points -> points.get(points.size() - 1).samples()).max().orElse(0)).orElse(0.0);
    }

    /** The stretch the axes now show (or all samples): the loss axis fits it, the label and the spoken text say it. */
    private void stretchShown() {
        fitLossToStretch();
        sayStretch();
        requestLayout();
    }

    /** Ranges the loss axis over the loss curves' points in the stretch shown (all of them when not zoomed). */
    private void fitLossToStretch() {
        if (!lossY.isAutoRanging()) {
            return;
        }
        List<Number> shown = new ArrayList<>();
        for (XYChart.Series<Number, Number> series : lossChart.getData()) {
            for (XYChart.Data<Number, Number> point : series.getData()) {
                double samples = point.getXValue().doubleValue();
                if (zoom.shows(samples)) {
                    shown.add(point.getYValue());
                }
            }
        }
        if (!shown.isEmpty()) {
            lossY.invalidateRange(shown);
        }
    }

    /** The samples axes' label and the spoken text say the stretch shown. */
    private void sayStretch() {
        String label = zoom.axisLabel();
        lossX.setLabel(label);
        accuracyX.setLabel(label);
        if (!placeholder.isVisible()) {
            setAccessibleText(zoom.spoken(shownCurves.map(ChartSentences::latest).orElse(I18n.t("speak.charts.empty"))));
            showReplayedFigures();
        }
    }

    private Region lossPlot() {
        return (Region) lossChart.lookup(".chart-plot-background");
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        YAxesFit.fitPercentTicks(accuracyY);
        YAxesFit.lineUp(lossY, accuracyY);
        moments.place(List.of(lossChart, accuracyChart));
        showReplayedFigures();
        if (placeholder.isVisible()) {
            placeholder.placeOver(lossPlot(), this);
        }
    }

    private static SampleAxis sampleAxis() {
        SampleAxis axis = new SampleAxis();
        axis.setLabel(I18n.t("chart.samples"));
        return axis;
    }

    private static <C extends LineChart<Number, Number>> C chart(C chart, String id, String title) {
        chart.setId(id);
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

    /** Empties every curve, drops a comparison's and shows the charts as before any training. */
    public void clear() {
        for (XYChart.Series<Number, Number> series : List.of(loss, smoothedLoss, trainAccuracy, heldOutAccuracy,
                rnnLoss, rnnAccuracy)) {
            SeriesPoints.set(series, List.of(), DoubleUnaryOperator.identity());
        }
        lossChart.getData().remove(rnnLoss);
        accuracyChart.getData().remove(rnnAccuracy);
        shownHistory = Optional.empty();
        shownVersion = -1;
        shownComparison = Optional.empty();
        shownComparisonVersion = -1;
        shownCurves = Optional.empty();
        pointer.hide();
        zoom.drop();
        setAccessibleText(I18n.t("speak.charts.empty"));
        showRanges();
    }

    /** Whether the loss axis is logarithmic. */
    public BooleanProperty logLossProperty() {
        return logLoss;
    }

    /** What a click on a plot does with the sample count under the pointer: replay the moment nearest to it. */
    public void setOnPick(DoubleConsumer pick) {
        pointer.setOnPick(pick);
    }

    /** The label with the figures under the pointer (or at the replayed moment). */
    public Label readout() {
        return pointer.label();
    }

    /** Draws the loss curves anew on the scale chosen. */
    private void showLossScale() {
        lossChart.setTitle(I18n.t(logLoss.get() ? "chart.loss.log" : "chart.loss"));
        lossY.setTickLabelFormatter(logLoss.get() ? LossScale.tickLabels() : null);
        lossChart.setHorizontalZeroLineVisible(!logLoss.get()); // on the log axis, 0 is a loss of 1: no line there
        shownVersion = -1;
        shownComparisonVersion = -1;
        shownHistory.ifPresentOrElse(history -> update(history, shownComparison), this::showRanges);
    }

    /**
     * While a moment is replayed (← and → move through them), the label says its figures at its
     * line and a screen reader hears them; back at now, the latest figures.
     */
    private void showReplayedFigures() {
        Optional<ChartReadout> figures = pointer.followReplay(moments, shownCurves);
        String spoken = zoom.spoken(figures.map(ChartReadout::sentence)
                .orElseGet(() -> shownCurves.map(ChartSentences::latest).orElse(I18n.t("speak.charts.empty"))));
        if (!spoken.equals(getAccessibleText()) && !placeholder.isVisible()) {
            setAccessibleText(spoken);
        }
    }

    /**
     * What the note over empty charts says: "no training yet", or, for a model trained before it
     * was opened, that the file kept no curves. The screen reader hears the same.
     */
    public void setEmptyNote(String note) {
        placeholder.setText(note);
        if (placeholder.isVisible()) {
            setAccessibleText(note);
        }
    }

    /** Draws the replayed moment (if any) and the marked ones across both charts. */
    public void showMoments(OptionalLong replayed, List<Long> marked) {
        moments.show(replayed, marked);
    }

    /** Whether no curve has a point: the charts show their "no training yet" note. */
    public boolean isEmpty() {
        return placeholder.isVisible();
    }

    /**
     * Shows the curves if they changed since the last call, and a plain RNN's beside them when a
     * comparison runs.
     */
    public void update(MetricHistory history, Optional<MetricHistory> comparison) {
        update(history);
        if (comparison.isEmpty()) {
            if (shownComparison.isPresent()) {
                lossChart.getData().remove(rnnLoss);
                accuracyChart.getData().remove(rnnAccuracy);
                shownComparison = Optional.empty();
                shownComparisonVersion = -1;
                showRanges();
            }
            return;
        }
        if (!lossChart.getData().contains(rnnLoss)) {
            lossChart.getData().add(rnnLoss);
            accuracyChart.addCurve(rnnAccuracy);
        }
        MetricHistory other = comparison.get();
        if (shownComparison.orElse(null) != other || other.version() != shownComparisonVersion) {
            MetricHistory.Curves curves = other.curves();
            shownComparison = comparison;
            shownComparisonVersion = curves.version();
            SeriesPoints.set(rnnLoss, curves.smoothedLoss(), this::lossDrawn);
            SeriesPoints.set(rnnAccuracy, curves.heldOutAccuracy(), PERCENT);
            showRanges();
        }
    }

    /** Shows the history's curves if they changed since the last call; an empty history empties them. */
    public void update(MetricHistory history) {
        if (shownHistory.orElse(null) == history && history.version() == shownVersion) {
            return;
        }
        MetricHistory.Curves curves = history.curves();
        shownHistory = Optional.of(history);
        shownVersion = curves.version();
        shownCurves = Optional.of(curves);
        SeriesPoints.set(loss, curves.loss(), this::lossDrawn);
        SeriesPoints.set(smoothedLoss, curves.smoothedLoss(), this::lossDrawn);
        SeriesPoints.set(trainAccuracy, curves.trainAccuracy(), PERCENT);
        SeriesPoints.set(heldOutAccuracy, curves.heldOutAccuracy(), PERCENT);
        zoom.figuresChanged();
        setAccessibleText(zoom.spoken(ChartSentences.latest(curves)));
        showRanges();
        if (zoom.isZoomed() && !placeholder.isVisible()) {
            sayStretch(); // "of 12,000" grows with the run; the stretch itself stays
        }
    }

    private static final DoubleUnaryOperator PERCENT = share -> share * 100;

    private double lossDrawn(double value) {
        return LossScale.drawn(value, logLoss.get());
    }

    /** Fixed axes and the note while nothing is drawn; the loss axis follows the curves after. */
    private void showRanges() {
        boolean empty = pointCount() == 0 && rnnLoss.getData().isEmpty() && rnnAccuracy.getData().isEmpty();
        placeholder.setVisible(empty);
        requestLayout();
        lossY.setAutoRanging(!empty);
        if (empty) {
            lossY.setLowerBound(logLoss.get() ? LossScale.EMPTY_LOWER : 0);
            lossY.setUpperBound(logLoss.get() ? LossScale.EMPTY_UPPER : EMPTY_LOSS_TOP);
            lossY.setTickUnit(1);
            zoom.drop();
            lossX.reset();
            accuracyX.reset();
        }
    }

    /** Points currently drawn over all four curves. */
    public int pointCount() {
        return loss.getData().size() + smoothedLoss.getData().size() + trainAccuracy.getData().size()
                + heldOutAccuracy.getData().size();
    }

    public ObservableList<XYChart.Series<Number, Number>> lossSeries() {
        return FXCollections.unmodifiableObservableList(lossChart.getData());
    }

    /** The accuracy curves (not the chance line). */
    public ObservableList<XYChart.Series<Number, Number>> accuracySeries() {
        return FXCollections.unmodifiableObservableList(accuracyChart.getData().filtered(s -> !accuracyChart.isChance(s)));
    }

    /** Draws chance level (1 in {@code features}) on the accuracy chart; none without a model. */
    public void setChance(OptionalInt features) {
        accuracyChart.setChance(features);
    }

    /**
     * Both charts as an image for export: drawn afresh off-screen in the light theme, laid out at
     * {@value #PRINT_WIDTH} × {@value #PRINT_HEIGHT} so both legends fit whole, at twice that
     * resolution (1600 × 1280 pixels). Call on the FX thread.
     */
    public WritableImage printImage() {
        Parent page = printLayout();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(PRINT_SCALE, PRINT_SCALE));
        return page.snapshot(parameters, null);
    }

    /** The off-screen page the print image is taken of, laid out. */
    Parent printLayout() {
        TrainingCharts copy = new TrainingCharts();
        copy.setChance(accuracyChart.chance());
        copy.logLossProperty().set(logLoss.get()); // the picture shows the loss on the scale on screen
        shownHistory.ifPresent(history -> copy.update(history, shownComparison));
        copy.zoom.show(zoom.get()); // and the stretch zoomed to
        return PrintPage.of(copy, PRINT_WIDTH, PRINT_HEIGHT, TrainingCharts.class, List.of(STYLE_SHEET), 1);
    }
}
