package org.echolstm.ui.charts;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.ValueAxis;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Moments of the training drawn across the charts: the one being replayed (a solid line, the
 * cursor) and the marked ones (dashed), at their sample counts, the same x in every chart.
 */
final class ChartMoments extends Region {
    private OptionalLong cursor = OptionalLong.empty();
    private List<Long> marked = List.of();
    private OptionalDouble cursorX = OptionalDouble.empty();

    ChartMoments() {
        getStyleClass().add("chart-moments");
        setMouseTransparent(true);
        setManaged(false);
    }

    void show(OptionalLong replayed, List<Long> marks) {
        cursor = replayed;
        marked = List.copyOf(marks);
        if (getParent() != null) {
            getParent().requestLayout();
        }
    }

    OptionalLong cursor() {
        return cursor;
    }

    /** Where the replayed moment's line was last drawn, in this region's coordinates (which are the charts'). */
    OptionalDouble cursorX() {
        return cursorX;
    }

    /**
     * Draws the lines over the plots of {@code charts}, whose x axes count samples. The lines are
     * kept from one layout to the next (a line made during layout has no style until the next pulse,
     * and the charts lay out every frame while training runs).
     */
    void place(List<LineChart<Number, Number>> charts) {
        resizeRelocate(0, 0, getParent().getLayoutBounds().getWidth(), getParent().getLayoutBounds().getHeight());
        List<Line> lines = new ArrayList<>();
        cursorX = OptionalDouble.empty();
        for (LineChart<Number, Number> chart : charts) {
            Node plot = chart.lookup(".chart-plot-background");
            if (plot == null || !(chart.getXAxis() instanceof ValueAxis<Number> axis)) {
                continue;
            }
            Bounds area = sceneToLocal(plot.localToScene(plot.getLayoutBounds()));
            for (long samples : marked) {
                line(axis, area, samples, "chart-mark", lines);
            }
            if (cursor.isPresent() && line(axis, area, cursor.getAsLong(), "chart-cursor", lines)) {
                cursorX = OptionalDouble.of(lines.get(lines.size() - 1).getStartX());
            }
        }
        while (getChildren().size() > lines.size()) {
            getChildren().remove(getChildren().size() - 1);
        }
        for (int i = 0; i < lines.size(); i++) {
            Line wanted = lines.get(i);
            if (i == getChildren().size()) {
                getChildren().add(wanted);
                wanted.applyCss();
                continue;
            }
            Line kept = (Line) getChildren().get(i);
            kept.setStartX(wanted.getStartX());
            kept.setStartY(wanted.getStartY());
            kept.setEndX(wanted.getEndX());
            kept.setEndY(wanted.getEndY());
            if (!kept.getStyleClass().equals(wanted.getStyleClass())) {
                kept.getStyleClass().setAll(wanted.getStyleClass());
            }
        }
    }

    /** Adds the line at {@code samples} where the axis shows it; whether it did. */
    private boolean line(ValueAxis<Number> axis, Bounds area, long samples, String style, List<Line> lines) {
        if (area == null || samples < axis.getLowerBound() || samples > axis.getUpperBound()) {
            return false;
        }
        Point2D at = sceneToLocal(axis.localToScene(axis.getDisplayPosition(samples), 0));
        if (at == null) {
            return false;
        }
        Line line = new Line(at.getX(), area.getMinY(), at.getX(), area.getMaxY());
        line.getStyleClass().add(style);
        lines.add(line);
        return true;
    }
}
