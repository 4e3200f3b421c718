package org.echolstm.ui.charts;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.echolstm.training.MetricHistory;
import org.echolstm.ui.canvas.FxScenes;
import org.echolstm.ui.canvas.FxScenes.Look;

/** The training charts as the pointing and zooming tests handle them: a known run laid out, places on a plot, the mouse. */
final class ChartHands {
    /** 100 steps of 32 samples: the run ends at 3,200. */
    static final MetricHistory HISTORY = TrainingChartsTest.history(100, 3);

    private ChartHands() {
    }

    /** Charts showing {@link #HISTORY}, laid out at 700 × 560 in the light look (call on the FX thread). */
    static TrainingCharts laidOut() {
        TrainingCharts charts = new TrainingCharts();
        charts.update(HISTORY);
        FxScenes.layOut(charts, 700, 560, Look.LIGHT);
        return charts;
    }

    static XYChart<?, ?> chart(TrainingCharts charts, String id) {
        return (XYChart<?, ?>) charts.lookup("#" + id);
    }

    @SuppressWarnings("unchecked")
    static ValueAxis<Number> samplesAxis(TrainingCharts charts, String id) {
        return (ValueAxis<Number>) chart(charts, id).getXAxis();
    }

    /** Where {@code samples} is on the chart's plot, halfway down, in scene coordinates. */
    static Point2D sceneAt(TrainingCharts charts, String id, double samples) {
        ValueAxis<Number> axis = samplesAxis(charts, id);
        Node plot = chart(charts, id).lookup(".chart-plot-background");
        Bounds area = plot.localToScene(plot.getLayoutBounds());
        return new Point2D(axis.localToScene(axis.getDisplayPosition(samples), 0).getX(), area.getCenterY());
    }

    /**
     * A mouse event of {@code type} at {@code at} on {@code target}, the primary button held while
     * pressed or dragged; {@code still}: the pointer has not moved since the press (a click, not a drag).
     */
    static void mouse(Node target, EventType<MouseEvent> type, Point2D at, int clicks, boolean still) {
        boolean held = type == MouseEvent.MOUSE_PRESSED || type == MouseEvent.MOUSE_DRAGGED;
        Event.fireEvent(target, new MouseEvent(type, at.getX(), at.getY(), at.getX(), at.getY(), MouseButton.PRIMARY,
                clicks, false, false, false, false, held, false, false, false, false, still, null));
    }
}
