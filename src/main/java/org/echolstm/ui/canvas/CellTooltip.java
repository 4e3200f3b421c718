package org.echolstm.ui.canvas;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A tooltip that names the cell of a canvas picture under the mouse ("expected 7, predicted 12:
 * 3 samples…", "cell state, unit 4, time step 7: 0.93"), following the mouse from cell to cell;
 * over no cell, none.
 */
public final class CellTooltip {
    private final Node owner;
    private final Tooltip tip = new Tooltip();
    private boolean installed;

    /** @param describe what the cell at a point of {@code owner} is, if there is one */
    public CellTooltip(Node owner, BiFunction<Double, Double, Optional<String>> describe) {
        this.owner = owner;
        tip.setShowDelay(Duration.millis(250));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        // Only a move decides: leaving the picture, the tooltip hides by itself (and a window
        // appearing under the mouse, which also makes it leave, takes nothing away).
        owner.addEventHandler(MouseEvent.MOUSE_MOVED, e -> show(describe.apply(e.getX(), e.getY())));
    }

    private void show(Optional<String> text) {
        if (text.isPresent()) {
            tip.setText(text.get());
            if (!installed) {
                Tooltip.install(owner, tip); // it shows once the mouse rests on the next move
                installed = true;
            }
        } else if (installed) {
            Tooltip.uninstall(owner, tip);
            tip.hide();
            installed = false;
        }
    }

    /** What the tooltip says now; empty while the mouse is over no cell. */
    public Optional<String> text() {
        return installed ? Optional.of(tip.getText()) : Optional.empty();
    }
}
