package org.echolstm.ui.charts;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.ValueAxis;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.echolstm.training.MetricHistory;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * Pointing at the charts: over a plot, a small label beside the pointer says the figures there
 * ({@link ChartReadout}); a click asks for the moment nearest to that sample count to be replayed.
 * The label is also how the replayed moment's figures are shown when ← and → move through them.
 */
final class ChartPointer {
    private static final double OFFSET = 14;

    private final Region owner;
    private final Supplier<Optional<MetricHistory.Curves>> curves;
    private final Label readout = new Label();
    private DoubleConsumer onPick = samples -> { };
    /** Whether a click ends a drag (which zoomed) rather than being a click. */
    private BooleanSupplier wasDrag = () -> false;
    /** Whether the label shows the replayed moment (and goes when the replay ends). */
    private boolean showsReplay;

    ChartPointer(Region owner, List<LineChart<Number, Number>> charts, Supplier<Optional<MetricHistory.Curves>> curves) {
        this.owner = owner;
        this.curves = curves;
        readout.getStyleClass().add("chart-readout");
        readout.setId("chartReadout");
        readout.setManaged(false);
        readout.setMouseTransparent(true);
        readout.setVisible(false);
        for (LineChart<Number, Number> chart : charts) {
            chart.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(chart, e.getSceneX(), e.getSceneY()));
            chart.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hide());
            chart.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && e.getClickCount() == 1
                        && !wasDrag.getAsBoolean()) {
                    samplesAt(chart, e.getSceneX(), e.getSceneY()).ifPresent(onPick::accept);
                }
            });
        }
    }

    /** The label, to be put over the charts. */
    Label label() {
        return readout;
    }

    /** What a click on a plot does with the sample count under the pointer. */
    void setOnPick(DoubleConsumer pick) {
        onPick = pick;
    }

    /** Tells a click from the end of a drag, which replays nothing. */
    void setDragTest(BooleanSupplier drag) {
        wasDrag = drag;
    }

    /** Shows the figures under the pointer, or hides the label outside the plots and before any curve. */
    void hover(LineChart<Number, Number> chart, double sceneX, double sceneY) {
        OptionalDouble samples = samplesAt(chart, sceneX, sceneY);
        Optional<ChartReadout> figures = samples.isPresent()
                ? curves.get().flatMap(c -> ChartReadout.at(c, samples.getAsDouble())) : Optional.empty();
        if (figures.isEmpty()) {
            hide();
            return;
        }
        Point2D at = owner.sceneToLocal(sceneX, sceneY);
        showsReplay = false;
        showAt(figures.get(), at.getX() + OFFSET, at.getY() + OFFSET);
    }

    /** Shows the replayed moment's figures at the top of its line; the figures, if a moment is replayed. */
    Optional<ChartReadout> followReplay(ChartMoments moments, Optional<MetricHistory.Curves> shown) {
        OptionalLong replayed = moments.cursor();
        Optional<ChartReadout> figures = replayed.isPresent()
                ? shown.flatMap(c -> ChartReadout.at(c, replayed.getAsLong())) : Optional.empty();
        OptionalDouble x = moments.cursorX();
        if (figures.isPresent() && x.isPresent()) {
            showAt(figures.get(), x.getAsDouble() + OFFSET, OFFSET);
            showsReplay = true;
        } else if (showsReplay) {
            hide();
        }
        return figures;
    }

    void hide() {
        readout.setVisible(false);
        showsReplay = false;
    }

    private void showAt(ChartReadout figures, double x, double y) {
        readout.setText(figures.text());
        readout.setVisible(true);
        readout.applyCss();
        readout.autosize();
        // Inside the charts: to the pointer's left or above it where it would run off.
        double width = readout.getWidth();
        double height = readout.getHeight();
        double left = x + width > owner.getWidth() ? x - width - 2 * OFFSET : x;
        double top = y + height > owner.getHeight() ? y - height - 2 * OFFSET : y;
        readout.relocate(Math.max(0, left), Math.max(0, top));
        readout.toFront();
    }

    /** The sample count at {@code sceneX} when the point is over the chart's plot. */
    static OptionalDouble samplesAt(LineChart<Number, Number> chart, double sceneX, double sceneY) {
        Node plot = chart.lookup(".chart-plot-background");
        if (plot == null || !(chart.getXAxis() instanceof ValueAxis<Number> axis)) {
            return OptionalDouble.empty();
        }
        Bounds area = plot.localToScene(plot.getLayoutBounds());
        if (!area.contains(sceneX, sceneY)) {
            return OptionalDouble.empty();
        }
        double x = axis.sceneToLocal(sceneX, sceneY).getX();
        return OptionalDouble.of(Math.max(0, axis.getValueForDisplay(x).doubleValue()));
    }
}
