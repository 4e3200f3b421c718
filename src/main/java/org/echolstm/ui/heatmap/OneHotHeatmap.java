package org.echolstm.ui.heatmap;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The current sample's one-hot input: one column per time step, one row per feature, a filled
 * cell where the sequence has that value. The echo index column is outlined; the values are
 * written above their columns.
 */
public final class OneHotHeatmap extends CanvasPane {
    private static final Color BACKGROUND = Color.web("#f4f6fa");
    private static final Color GRID = Color.web("#dde2ea");
    private static final Color HOT = Color.web("#1f5fbf");
    private static final Color ECHO = Color.web("#e8590c");

    private int[] sequence = new int[0];
    private int features = 1;
    private int echoIndex = -1;
    private float[] influence = new float[0];

    public OneHotHeatmap() {
        getStyleClass().add("one-hot-heatmap");
        setMinSize(120, 120);
        setPrefSize(320, 360);
    }

    public void show(int[] newSequence, int newFeatures, int newEchoIndex) {
        this.sequence = newSequence.clone();
        this.features = newFeatures;
        this.echoIndex = newEchoIndex;
        redraw();
    }

    /** How much each time step drives the answer, drawn as bars under the grid (empty: none). */
    public void setInfluence(float[] newInfluence) {
        this.influence = newInfluence.clone();
        redraw();
    }

    public int[] sequence() {
        return sequence.clone();
    }

    public int echoIndex() {
        return echoIndex;
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        int steps = sequence.length;
        if (steps == 0) {
            return;
        }
        double left = 34;
        double top = 30;
        double cellW = Math.max(1, Math.floor((width - left - 6) / steps));
        double influenceHeight = influence.length == steps ? 26 : 0;
        double cellH = Math.max(1, Math.floor((height - top - 22 - influenceHeight) / features));
        double gridW = cellW * steps;
        double gridH = cellH * features;

        g.setFill(BACKGROUND);
        g.fillRect(left, top, gridW, gridH);
        if (cellW >= 4 && cellH >= 4) {
            g.setStroke(GRID);
            g.setLineWidth(1);
            for (int t = 0; t <= steps; t++) {
                double x = Math.floor(left + t * cellW) + 0.5;
                g.strokeLine(x, top, x, top + gridH);
            }
            for (int f = 0; f <= features; f++) {
                double y = Math.floor(top + f * cellH) + 0.5;
                g.strokeLine(left, y, left + gridW, y);
            }
        }
        for (int t = 0; t < steps; t++) {
            g.setFill(t == echoIndex ? ECHO : HOT);
            g.fillRect(left + t * cellW + 1, top + sequence[t] * cellH + 1, Math.max(1, cellW - 1), Math.max(1, cellH - 1));
        }
        if (echoIndex >= 0 && echoIndex < steps) {
            g.setStroke(ECHO);
            g.setLineWidth(2);
            g.strokeRect(left + echoIndex * cellW, top - 1, cellW, gridH + 2);
        }

        g.setFill(textColor());
        double fontSize = Math.max(8, Math.min(13, cellW * 0.55));
        g.setFont(font(fontSize));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        int labelEvery = (int) Math.ceil(fontSize * 1.6 / cellW);
        for (int t = 0; t < steps; t++) {
            if (t % labelEvery == 0 || t == echoIndex) {
                g.setFill(t == echoIndex ? ECHO : textColor());
                g.fillText(Integer.toString(sequence[t]), left + t * cellW + cellW / 2, top - 4);
            }
        }
        if (influenceHeight > 0) {
            // Influence bars: up for steps that support the answer, scaled to the largest.
            float largest = 1e-6f;
            for (float v : influence) {
                largest = Math.max(largest, Math.abs(v));
            }
            double base = top + gridH + influenceHeight - 2;
            for (int t = 0; t < steps; t++) {
                double h = (influenceHeight - 6) * Math.abs(influence[t]) / largest;
                g.setFill(influence[t] >= 0 ? (t == echoIndex ? ECHO : HOT) : Color.gray(0.6));
                g.fillRect(left + t * cellW + cellW * 0.2, base - h, cellW * 0.6, h);
            }
        }
        g.setTextBaseline(VPos.TOP);
        g.setFill(textColor());
        g.setFont(font(10));
        g.fillText(org.echolstm.ui.I18n.t("heatmap.timeStep"), left + gridW / 2, top + gridH + influenceHeight + 4);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        int featureEvery = (int) Math.ceil(12 * fontScale() / cellH);
        for (int f = 0; f < features; f += featureEvery) {
            g.fillText(Integer.toString(f), left - 4, top + f * cellH + cellH / 2);
        }
    }
}
