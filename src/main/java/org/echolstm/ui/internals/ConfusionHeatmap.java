package org.echolstm.ui.internals;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.echolstm.training.ConfusionMatrix;
import org.echolstm.ui.I18n;
import org.echolstm.ui.heatmap.CanvasPane;
import org.echolstm.ui.heatmap.Palette;

/**
 * The confusion matrix on held-out samples: expected value down, predicted value across, darker
 * for more samples on the mako scale (near white through teal to near black, ordered by lightness
 * for every colour vision); a learned model is a dark diagonal. The per-value accuracy is at the right.
 */
public final class ConfusionHeatmap extends CanvasPane {
    private ConfusionMatrix matrix;

    public ConfusionHeatmap() {
        getStyleClass().add("confusion-heatmap");
        setMinSize(200, 200);
        setPrefSize(500, 460);
        setFocusTraversable(true);
        speak(InsideSentences.confusion(null));
    }

    public void show(ConfusionMatrix newMatrix) {
        this.matrix = newMatrix;
        speak(InsideSentences.confusion(newMatrix));
        redraw();
    }

    public ConfusionMatrix matrix() {
        return matrix;
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        if (matrix == null || matrix.total() == 0) {
            g.setFill(textColor());
            g.setFont(font(13));
            wrappedText(g, I18n.t("inside.empty"), 8, 8, width - 16);
            return;
        }
        int n = matrix.features();
        Font labelFont = font(11);
        double labelHeight = textHeight(labelFont);
        double left = Math.ceil(textWidth(Integer.toString(n - 1), labelFont)) + 10;
        double right = Math.ceil(textWidth("100%", labelFont)) + 12;
        double top = Math.ceil(labelHeight) + 8;
        double size = Math.max(1, Math.floor(Math.min(width - left - right, height - top - 8) / n));
        int max = 1;
        for (int[] row : matrix.counts()) {
            for (int c : row) {
                max = Math.max(max, c);
            }
        }
        for (int e = 0; e < n; e++) {
            for (int p = 0; p < n; p++) {
                double share = Math.sqrt((double) matrix.counts()[e][p] / max);
                g.setFill(Palette.amount(share));
                g.fillRect(left + p * size, top + e * size, size, size);
            }
        }
        String caption = I18n.t("inside.predictedAcross");
        g.setFill(textColor());
        g.setFont(fittingFont(caption, labelFont.getSize(), 7, width - left - 4));
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.LEFT);
        text(g, caption, left, top - 4);
        g.setFont(labelFont);
        g.setTextBaseline(VPos.CENTER);
        // Value numbers on the left, per-value accuracy on the right: as many rows as fit.
        int every = (int) Math.ceil(labelHeight / size);
        for (int e = 0; e < n; e += every) {
            double y = top + e * size + size / 2;
            g.setTextAlign(TextAlignment.RIGHT);
            textIfFree(g, Integer.toString(e), left - 4, y);
            double accuracy = matrix.classAccuracy(e);
            g.setTextAlign(TextAlignment.LEFT);
            textIfFree(g, Double.isNaN(accuracy) ? "–" : Math.round(accuracy * 100) + "%", left + n * size + 6, y);
        }
    }
}
