package org.echolstm.ui.heatmap;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The model's class probabilities, one horizontal bar per value, aligned with the heatmap's rows;
 * the predicted value is filled in the accent colour, the expected value is outlined in green.
 */
public final class ProbabilityBars extends CanvasPane {
    private static final Color BAR = Color.web("#94a3b8");
    private static final Color PREDICTED = Color.web("#1f5fbf");
    private static final Color EXPECTED = Color.web("#16a34a");

    private float[] probabilities = new float[0];
    private int predicted = -1;
    private int expected = -1;

    public ProbabilityBars() {
        getStyleClass().add("probability-bars");
        setMinSize(80, 120);
        setPrefSize(160, 360);
    }

    public void show(float[] newProbabilities, int newPredicted, int newExpected) {
        this.probabilities = newProbabilities.clone();
        this.predicted = newPredicted;
        this.expected = newExpected;
        redraw();
    }

    public void clear(int features) {
        show(new float[features], -1, -1);
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        int n = probabilities.length;
        if (n == 0) {
            return;
        }
        double top = 30;
        double left = 4;
        double right = 40;
        double rowH = Math.max(1, Math.floor((height - top - 22) / n));
        double maxW = Math.max(1, width - left - right);
        g.setFont(font(Math.max(8, Math.min(11, rowH * 0.8))));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int i = 0; i < n; i++) {
            double y = top + i * rowH;
            double w = Math.max(0, Math.min(1, probabilities[i])) * maxW;
            g.setFill(i == predicted ? PREDICTED : BAR);
            g.fillRect(left, y + 1, w, Math.max(1, rowH - 2));
            if (i == expected) {
                g.setStroke(EXPECTED);
                g.setLineWidth(2);
                g.strokeRect(left, y + 0.5, maxW, Math.max(1, rowH - 1));
            }
            if (i == predicted || (rowH >= 9 && probabilities[i] >= 0.05)) {
                g.setFill(textColor());
                g.fillText(Math.round(probabilities[i] * 100) + "%", left + w + 3, y + rowH / 2);
            }
        }
        g.setFill(textColor());
        g.setFont(font(10));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(org.echolstm.ui.I18n.t("heatmap.probability"), left + maxW / 2, top - 4);
    }
}
