package org.echolstm.ui.charts;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.echolstm.ui.I18n;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;

/**
 * The loss axis on a logarithmic scale: the curves are drawn as log10 of the loss on a plain number
 * axis whose tick labels say the loss itself (0.01, 0.1, 1), so the slow last stretch of a run,
 * flat on the linear axis, shows its progress.
 */
final class LossScale {
    /** Cross-entropy is never 0, but a rounded one may be: it is drawn at this floor. */
    static final double FLOOR = 1e-6;
    /** The axis before any training: 0.01 to 10. */
    static final double EMPTY_LOWER = -2;
    static final double EMPTY_UPPER = 1;

    private LossScale() {
    }

    /** Offers the switch on {@code charts}: a check item in their context menu, and L while they have the focus. */
    static void offerSwitch(Region charts, ContextMenu menu, BooleanProperty logarithmic) {
        CheckMenuItem item = new CheckMenuItem(I18n.t("chart.logLoss"));
        item.setId("logLossItem");
        item.selectedProperty().bindBidirectional(logarithmic);
        menu.getItems().add(item);
        charts.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.L && !e.isShortcutDown() && !e.isAltDown()) {
                logarithmic.set(!logarithmic.get());
                e.consume();
            }
        });
    }

    /** Where a loss is drawn: itself, or its log10. */
    static double drawn(double loss, boolean logarithmic) {
        return logarithmic ? Math.log10(Math.max(FLOOR, loss)) : loss;
    }

    /** The loss a drawn value stands for. */
    static double loss(double drawn, boolean logarithmic) {
        return logarithmic ? Math.pow(10, drawn) : drawn;
    }

    /** Tick labels that say the loss, to two significant digits, as the window's language writes it. */
    static StringConverter<Number> tickLabels() {
        return new StringConverter<>() {
            @Override
            public String toString(Number drawn) {
                double loss = loss(drawn.doubleValue(), true);
                NumberFormat format = NumberFormat.getNumberInstance(I18n.locale());
                format.setMaximumFractionDigits(8);
                return format.format(new BigDecimal(loss).round(new MathContext(2)).doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("tick labels are only written");
            }
        };
    }
}
