package org.echolstm.ui.timeline;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polygon;

import java.util.List;

/** The marked moments drawn on the timeline's track: a small flag at each one's sample count. */
final class TimelineMarks extends Region {
    private static final double SIZE = 5;
    private Slider slider;
    private List<Long> marked = List.of();

    TimelineMarks() {
        getStyleClass().add("timeline-marks");
        setMouseTransparent(true);
        setManaged(false);
    }

    void follow(Slider followed) {
        this.slider = followed;
        followed.layoutBoundsProperty().addListener((obs, old, now) -> requestLayout());
        followed.minProperty().addListener((obs, old, now) -> requestLayout());
        followed.maxProperty().addListener((obs, old, now) -> requestLayout());
    }

    void show(List<Long> samples) {
        marked = List.copyOf(samples);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        Node trackNode = slider == null ? null : slider.lookup(".track");
        if (trackNode == null || getParent() == null) {
            getChildren().clear();
            return;
        }
        Bounds trackBounds = getParent().sceneToLocal(trackNode.localToScene(trackNode.getLayoutBounds()));
        resizeRelocate(0, 0, getParent().getLayoutBounds().getWidth(), getParent().getLayoutBounds().getHeight());
        double range = slider.getMax() - slider.getMin();
        // The flags are kept from one layout to the next: a layout only moves them.
        while (getChildren().size() > marked.size()) {
            getChildren().remove(getChildren().size() - 1);
        }
        while (getChildren().size() < marked.size()) {
            Polygon flag = new Polygon();
            flag.getStyleClass().add("timeline-mark");
            getChildren().add(flag);
        }
        for (int i = 0; i < marked.size(); i++) {
            double x = trackBounds.getMinX() + (range <= 0 ? 0 : (marked.get(i) - slider.getMin()) / range)
                    * trackBounds.getWidth();
            double y = trackBounds.getMinY() - 1;
            List<Double> points = List.of(x - SIZE, y - SIZE * 1.4, x + SIZE, y - SIZE * 1.4, x, y);
            Polygon flag = (Polygon) getChildren().get(i);
            if (!flag.getPoints().equals(points)) {
                flag.getPoints().setAll(points);
            }
        }
    }
}
