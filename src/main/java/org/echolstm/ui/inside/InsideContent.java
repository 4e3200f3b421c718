package org.echolstm.ui.inside;

import javafx.scene.layout.VBox;

/**
 * The Inside tab's column in its scroll pane. Asked for its least height without a width, as a
 * scroll pane asks to decide on its scroll bar, it answers for the width it has: its wrapped
 * labels and the heatmaps need more height the narrower they are, and at no width the bar stayed
 * hidden while the content was cut.
 */
public final class InsideContent extends VBox {
    @Override
    protected double computeMinHeight(double width) {
        return super.computeMinHeight(width < 0 && getWidth() > 0 ? getWidth() : width);
    }
}
