package org.echolstm.ui.sample;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.echolstm.ui.canvas.CanvasPane;
import org.echolstm.ui.I18n;

import java.util.Optional;

/**
 * The model's class probabilities, one horizontal bar per value, each level with its value's row
 * of the heatmap (whose {@link RowGeometry} it is given); the predicted value's bar is filled in the
 * accent colour and its percentage carries ✓ (right) or ✗ (wrong); the expected value is framed.
 * Shape and mark say which is which, so no one needs to tell the colours apart.
 */
public final class ProbabilityBars extends CanvasPane {
    /** The least share of its size the title may shrink to before it is abbreviated. */
    private static final double MIN_TITLE_SHARE = 0.9;
    private static final double SMALL = 10;
    private static final double LEFT = 4;

    private float[] probabilities = new float[0];
    private int predicted = -1;
    private int expected = -1;
    private Optional<RowGeometry> givenRows = Optional.empty();

    public ProbabilityBars() {
        getStyleClass().add("probability-bars");
        setMinSize(70, 120);
        setPrefSize(160, 360);
        speak(SampleSentences.answer(probabilities, predicted, expected));
    }

    public void show(float[] newProbabilities, int newPredicted, int newExpected) {
        this.probabilities = newProbabilities.clone();
        this.predicted = newPredicted;
        this.expected = newExpected;
        speak(SampleSentences.answer(probabilities, predicted, expected));
        redraw();
    }

    public void clear(int features) {
        show(new float[features], -1, -1);
    }

    /** Empty bars that say the answer is hidden (guess first): neither drawn nor spoken. */
    public void hide(int features) {
        clear(features);
        speak(I18n.t("speak.bars.hidden"));
    }

    /** Puts the bars on these rows (the heatmap's); redraws. */
    public void setRows(RowGeometry rows) {
        if (!givenRows.equals(Optional.of(rows))) {
            givenRows = Optional.of(rows);
            redraw();
        }
    }

    /** The rows the bars are drawn on: the given ones, or rows filling this control alone. */
    public RowGeometry rowGeometry() {
        return givenRows.orElseGet(() -> {
            double top = 30;
            int n = Math.max(1, probabilities.length);
            return new RowGeometry(top, Math.max(1, Math.floor((Math.floor(getHeight()) - top - 22) / n)), n);
        });
    }

    /** The middle of value {@code value}'s bar, in this control's coordinates. */
    public double barCentreY(int value) {
        RowGeometry rows = rowGeometry();
        return barTop(rows, value) + barHeight(rows) / 2;
    }

    /** A gap between bars where rows are tall; at least a pixel where rows are a share of one. */
    private static double barHeight(RowGeometry rows) {
        return rows.rowHeight() >= 3 ? rows.rowHeight() - 2 : Math.max(1, rows.rowHeight());
    }

    private static double barTop(RowGeometry rows, int value) {
        return rows.rowTop(value) + (rows.rowHeight() - barHeight(rows)) / 2;
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        int n = probabilities.length;
        if (n == 0) {
            return;
        }
        RowGeometry rows = rowGeometry();
        // The title first: the percentages give way to it where rows are tiny.
        // A title too long for the column is abbreviated before it is shrunk ("Wahrscheinlichkeit" was 7 px).
        String title = I18n.t("heatmap.probability");
        double size = SMALL * fontScale();
        if (textWidth(title, Font.font(size * MIN_TITLE_SHARE)) > width - LEFT) {
            title = I18n.t("heatmap.probability.short");
        }
        g.setFill(textColor());
        g.setFont(fittingFont(title, size, 7, width - LEFT));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        text(g, title, LEFT, rows.top() - 3);
        double rowH = rows.rowHeight();
        // Percentages in a column right of the bars, clear of the expected value's outline; in
        // full size even on small rows, the predicted value's first, the others where they fit.
        Font percentFont = font(11);
        double right = Math.ceil(textWidth("100% ✗", percentFont)) + 6;
        double maxW = Math.max(1, width - LEFT - right);
        for (int i = 0; i < n && i < rows.rows(); i++) {
            double w = Math.max(0, Math.min(1, probabilities[i])) * maxW;
            g.setFill(i == predicted ? palette().accent() : palette().bar());
            g.fillRect(LEFT, barTop(rows, i), w, barHeight(rows));
            if (i == expected) {
                g.setStroke(palette().expected());
                g.setLineWidth(2);
                g.strokeRect(LEFT, rows.rowTop(i) + 0.5, maxW, Math.max(1, rowH - 1));
            }
        }
        g.setFont(percentFont);
        g.setFill(textColor());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        if (predicted >= 0 && predicted < Math.min(n, rows.rows())) {
            textIfFree(g, percent(predicted) + verdict(), LEFT + maxW + 4, labelY(rows, predicted, percentFont));
        }
        for (int i = 0; i < n && i < rows.rows(); i++) {
            if (i != predicted && probabilities[i] >= 0.05) {
                textIfFree(g, percent(i), LEFT + maxW + 4, labelY(rows, i, percentFont));
            }
        }
    }

    /** Level with the row, but never sticking out above the first row into the title. */
    private static double labelY(RowGeometry rows, int value, Font font) {
        return Math.max(rows.centreY(value), rows.top() + textHeight(font) / 2);
    }

    /** " ✓" when the prediction is right, " ✗" when wrong, nothing when the answer is not known. */
    private String verdict() {
        return expected < 0 ? "" : predicted == expected ? " ✓" : " ✗";
    }

    private String percent(int value) {
        return Math.round(probabilities[value] * 100) + "%";
    }
}
