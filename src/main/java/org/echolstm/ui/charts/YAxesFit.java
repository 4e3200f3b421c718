package org.echolstm.ui.charts;

import javafx.scene.chart.NumberAxis;
import javafx.scene.text.Text;

import java.util.List;

/** The y axes of the training charts, fitted after each layout: level plots, and accuracy ticks that never crowd. */
final class YAxesFit {
    /** Accuracy tick units, finest first. */
    private static final double[] PERCENT_UNITS = {10, 20, 25, 50};

    private YAxesFit() {
    }

    /**
     * Makes the two y axes equally wide, so the plots start at the same x and a sample count is at
     * the same place in both (the loss axis's "3.5" is narrower than the accuracy axis's "100"):
     * both take the width of the wider one's labels. The charts lay out again once with it, and
     * then nothing changes until the labels do. (A wider tick-label gap did the same, but JavaFX
     * also takes that gap as the least room between two labels, and so hid the second and the
     * last but one where the axis was short: "0, 2, 3, 4, 5, 7".)
     */
    static void lineUp(NumberAxis lossY, NumberAxis accuracyY) {
        double wider = Math.max(labelsWidth(lossY), labelsWidth(accuracyY));
        if (wider <= 0) {
            return; // not laid out yet
        }
        for (NumberAxis axis : List.of(lossY, accuracyY)) {
            if (Math.abs(axis.getPrefWidth() - wider) >= 0.5) {
                axis.setPrefWidth(wider);
            }
        }
    }

    /** What a y axis needs for its tick labels as drawn: the widest, the gap and the tick mark (0 before any). */
    private static double labelsWidth(NumberAxis axis) {
        double widest = axis.getChildrenUnmodifiable().stream().filter(node -> node instanceof Text && node.isVisible())
                .mapToDouble(node -> node.getLayoutBounds().getWidth()).max().orElse(0);
        return widest == 0 ? 0 : Math.ceil(widest + axis.getTickLabelGap()
                + (axis.isTickMarkVisible() ? axis.getTickLength() : 0));
    }

    /**
     * A tick every 10 % where each label has its height and the gap clear to the next, else a
     * coarser step: JavaFX hides labels that come closer one by one, the second and the last but
     * one first, which left an uneven "0, 20, 30, …, 80, 100" on a short axis.
     */
    static void fitPercentTicks(NumberAxis accuracyY) {
        Text measure = new Text("100");
        measure.setFont(accuracyY.getTickLabelFont());
        double needed = measure.getLayoutBounds().getHeight() + accuracyY.getTickLabelGap() + 1;
        double unit = PERCENT_UNITS[PERCENT_UNITS.length - 1];
        for (double candidate : PERCENT_UNITS) {
            if (accuracyY.getHeight() * candidate / 100 >= needed) {
                unit = candidate;
                break;
            }
        }
        if (accuracyY.getHeight() > 0 && accuracyY.getTickUnit() != unit) {
            accuracyY.setTickUnit(unit);
        }
    }
}
