package org.echolstm.ui.charts;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.ValueAxis;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Zooming the samples axis with the mouse: a drag across either chart's plot shows a translucent
 * band over that stretch in every chart, and on release asks for it to be shown; a drag shorter
 * than {@value #DRAG_PIXELS} pixels stays a click. A double-click asks for all samples again.
 */
final class ChartZoom extends Region {
    /** How far the pointer must move before a press becomes a drag. */
    static final double DRAG_PIXELS = 5;

    private final List<LineChart<Number, Number>> charts;
    /** The stretch both charts show, which the gestures change. */
    private final ShownStretch stretch;
    /** Run when a drag begins: the label under the pointer is in the way. */
    private final Runnable dragStarted;
    private final List<Region> bands = new ArrayList<>();
    private LineChart<Number, Number> pressedOn;
    private double pressX;
    private double pressSamples;
    private boolean dragging;
    /** Whether the last press ended a drag: its click is not a click. */
    private boolean dragged;

    ChartZoom(List<LineChart<Number, Number>> charts, ShownStretch stretch, Runnable dragStarted) {
        this.charts = List.copyOf(charts);
        this.stretch = stretch;
        this.dragStarted = dragStarted;
        getStyleClass().add("chart-zoom");
        setMouseTransparent(true);
        setManaged(false);
        for (LineChart<Number, Number> chart : charts) {
            Region band = new Region();
            band.getStyleClass().add("chart-zoom-band");
            band.setManaged(false);
            band.setVisible(false);
            bands.add(band);
            getChildren().add(band);
            chart.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> press(chart, e));
            chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> drag(e));
            chart.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> release(e));
            chart.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !dragged) {
                    stretch.showAll();
                }
            });
        }
    }

    /** Whether the press that led to this click ended a drag (so the click replays nothing). */
    boolean endedDrag() {
        return dragged;
    }

    private void press(LineChart<Number, Number> chart, MouseEvent e) {
        dragged = false;
        dragging = false;
        pressedOn = null;
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        OptionalDouble samples = ChartPointer.samplesAt(chart, e.getSceneX(), e.getSceneY());
        if (samples.isPresent()) {
            pressedOn = chart;
            pressX = e.getSceneX();
            pressSamples = samples.getAsDouble();
        }
    }

    private void drag(MouseEvent e) {
        if (pressedOn == null) {
            return;
        }
        if (!dragging && Math.abs(e.getSceneX() - pressX) < DRAG_PIXELS) {
            return;
        }
        if (!dragging) {
            dragging = true;
            dragStarted.run();
        }
        showBand(pressSamples, samplesClamped(pressedOn, e.getSceneX()));
    }

    private void release(MouseEvent e) {
        if (pressedOn == null || !dragging) {
            pressedOn = null;
            return;
        }
        double to = samplesClamped(pressedOn, e.getSceneX());
        pressedOn = null;
        dragging = false;
        dragged = true;
        hideBand();
        stretch.showBetween(pressSamples, to);
    }

    /** The sample count at {@code sceneX}, held to the chart's plot. */
    private static double samplesClamped(LineChart<Number, Number> chart, double sceneX) {
        Node plot = chart.lookup(".chart-plot-background");
        ValueAxis<Number> axis = (ValueAxis<Number>) chart.getXAxis();
        Bounds area = plot.localToScene(plot.getLayoutBounds());
        double x = Math.min(area.getMaxX(), Math.max(area.getMinX(), sceneX));
        return Math.max(0, axis.getValueForDisplay(axis.sceneToLocal(x, area.getCenterY()).getX()).doubleValue());
    }

    /** The band over {@code from} to {@code to} samples, across every chart's plot. */
    private void showBand(double from, double to) {
        resizeRelocate(0, 0, getParent().getLayoutBounds().getWidth(), getParent().getLayoutBounds().getHeight());
        for (int i = 0; i < charts.size(); i++) {
            LineChart<Number, Number> chart = charts.get(i);
            Region band = bands.get(i);
            Node plot = chart.lookup(".chart-plot-background");
            ValueAxis<Number> axis = (ValueAxis<Number>) chart.getXAxis();
            Bounds area = plot == null ? null : sceneToLocal(plot.localToScene(plot.getLayoutBounds()));
            if (area == null) {
                band.setVisible(false);
                continue;
            }
            double a = sceneToLocal(axis.localToScene(axis.getDisplayPosition(Math.min(from, to)), 0)).getX();
            double b = sceneToLocal(axis.localToScene(axis.getDisplayPosition(Math.max(from, to)), 0)).getX();
            double left = Math.max(area.getMinX(), a);
            double right = Math.min(area.getMaxX(), b);
            band.resizeRelocate(left, area.getMinY(), Math.max(1, right - left), area.getHeight());
            band.setVisible(true);
        }
        toFront();
    }

    private void hideBand() {
        bands.forEach(band -> band.setVisible(false));
    }
}
