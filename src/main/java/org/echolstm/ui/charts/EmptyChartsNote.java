package org.echolstm.ui.charts;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.echolstm.ui.I18n;

/** The note over the empty charts ("no training yet"), centred over the loss plot wherever the chart puts it. */
final class EmptyChartsNote extends Label {
    EmptyChartsNote() {
        super(I18n.t("chart.empty"));
        getStyleClass().add("chart-placeholder");
        setWrapText(true);
        setMouseTransparent(true);
        setManaged(false);
    }

    /** Places the note in the middle of {@code plot}, a part of {@code charts} (all of them while the plot has no size). */
    void placeOver(Region plot, Region charts) {
        Bounds area = charts.sceneToLocal(plot.localToScene(plot.getLayoutBounds()));
        if (area == null || area.getWidth() <= 0) {
            area = charts.getLayoutBounds();
        }
        double width = Math.min(prefWidth(-1), Math.max(40, area.getWidth() - 16));
        double height = prefHeight(width);
        resizeRelocate(Math.round(area.getCenterX() - width / 2), Math.round(area.getCenterY() - height / 2),
                width, height);
    }
}
