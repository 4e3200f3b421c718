package org.echolstm.ui.training;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;

import java.util.List;

/**
 * A toolbar too narrow for all its labels shows some buttons by their icon alone (their name stays
 * in the tooltip and for screen readers) instead of hiding them behind "»": in German at 1024 px,
 * "Neues Beispiel" was out of reach. The buttons given first lose their label first.
 */
final class ToolbarFit {
    private final ToolBar bar;
    private final List<? extends Labeled> compactable;

    private ToolbarFit(ToolBar bar, List<? extends Labeled> compactable) {
        this.bar = bar;
        this.compactable = compactable;
    }

    static void keep(ToolBar bar, List<? extends Labeled> compactable) {
        ToolbarFit fit = new ToolbarFit(bar, compactable);
        bar.widthProperty().addListener((obs, old, now) -> fit.update());
        for (Labeled button : compactable) {
            button.fontProperty().addListener((obs, old, now) -> fit.update());
            button.textProperty().addListener((obs, old, now) -> fit.update());
        }
    }

    private void update() {
        double room = bar.getWidth() - horizontal(bar.getInsets());
        if (room <= 0) {
            return;
        }
        double needed = spacing() * (bar.getItems().size() - 1);
        for (Node item : bar.getItems()) {
            needed += item.prefWidth(-1);
        }
        // As if every button showed its label, then take labels away until the rest fits.
        for (Labeled button : compactable) {
            if (button.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
                needed += labelWidth(button);
            }
        }
        for (Labeled button : compactable) {
            boolean compact = needed > room;
            if (compact) {
                needed -= labelWidth(button);
            }
            button.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        }
    }

    /** What a button's label adds to its width: the text and the gap before it. */
    private static double labelWidth(Labeled button) {
        Text measure = new Text(button.getText());
        measure.setFont(button.getFont());
        return Math.ceil(measure.getLayoutBounds().getWidth()) + button.getGraphicTextGap();
    }

    private double spacing() {
        return bar.lookup(".container") instanceof HBox box ? box.getSpacing() : 0;
    }

    private static double horizontal(Insets insets) {
        return insets.getLeft() + insets.getRight();
    }
}
