package org.echolstm.ui;

import javafx.beans.property.DoubleProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * The divider stays where the user put it: a window made too small for both sides pushes it
 * aside, and it comes back when the window grows again (otherwise the squeezed position stuck).
 * The share is set again after the split pane's own layout at each new width: set when the width
 * changes, the skin's layout then moved the divider by the pixels it had before (0.53, not 0.55,
 * after a window grew from 900 px).
 */
final class DividerShare {
    private final SplitPane split;
    private final DoubleProperty share;
    private boolean dragging;
    private double laidOutWidth = Double.NaN;
    private final Runnable afterLayout = this::afterLayout;

    private DividerShare(SplitPane split, DoubleProperty share) {
        this.split = split;
        this.share = share;
    }

    /** Keeps {@code split}'s divider at {@code share}; a drag of the divider sets the share. */
    static void keep(SplitPane split, DoubleProperty share) {
        DividerShare state = new DividerShare(split, share);
        split.setDividerPositions(share.get());
        share.addListener((obs, old, now) -> split.setDividerPositions(now.doubleValue()));
        split.sceneProperty().addListener((obs, old, now) -> state.follow(old, now));
        state.follow(null, split.getScene());
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> state.dragging = isDivider(e.getPickResult().getIntersectedNode()));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (state.dragging) {
                state.dragging = false;
                share.set(split.getDividerPositions()[0]);
            }
        });
    }

    private void follow(Scene old, Scene now) {
        if (old != null) {
            old.removePostLayoutPulseListener(afterLayout);
        }
        if (now != null) {
            now.addPostLayoutPulseListener(afterLayout);
        }
    }

    /** Once per width, after the skin has laid the split out for it. */
    private void afterLayout() {
        double width = split.getWidth();
        if (width != laidOutWidth && width > 0 && !dragging) {
            laidOutWidth = width;
            split.setDividerPositions(share.get());
        }
    }

    private static boolean isDivider(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }
}
