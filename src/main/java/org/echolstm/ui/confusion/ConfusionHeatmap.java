package org.echolstm.ui.confusion;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.echolstm.ui.canvas.CellTooltip;
import org.echolstm.ui.canvas.CanvasPane;
import org.echolstm.ui.canvas.Palette;
import org.echolstm.training.ConfusionMatrix;
import org.echolstm.ui.I18n;

import java.util.Optional;

/**
 * The confusion matrix on held-out samples: expected value down, predicted value across, each
 * numbered, darker for more samples on the mako scale (near white through teal to near black,
 * ordered by lightness for every colour vision); a learned model is a dark diagonal. Where a cell
 * is large enough its count is written in it; hovering a cell tells its count and its share of the
 * samples with that expected value. The per-value accuracy is at the right.
 */
public final class ConfusionHeatmap extends CanvasPane {
    /** Point sizes (before the presentation scale) of the counts in the cells: the largest that fits, down to the least. */
    private static final double COUNT = 11;
    private static final double LEAST_COUNT = 8;

    /** One cell of the matrix: how often {@code expected} was answered with {@code predicted}. */
    public record Cell(int expected, int predicted) {
    }

    /** Where the last drawing put the grid, to find the cell under the mouse. */
    private record Grid(double left, double top, double size, int features) {
    }

    private ConfusionMatrix matrix;
    private Optional<Grid> grid = Optional.empty();
    private final CellTooltip cellTip = new CellTooltip(this, (x, y) -> cellAt(x, y).map(this::describe));

    public ConfusionHeatmap() {
        getStyleClass().add("confusion-heatmap");
        setMinSize(200, 200);
        setPrefSize(500, 460);
        setFocusTraversable(true);
        speak(ConfusionSentences.confusion(null));
    }

    public void show(ConfusionMatrix newMatrix) {
        this.matrix = newMatrix;
        speak(ConfusionSentences.confusion(newMatrix));
        redraw();
    }

    public ConfusionMatrix matrix() {
        return matrix;
    }

    /** The cell at this point, as last drawn. */
    public Optional<Cell> cellAt(double x, double y) {
        if (matrix == null || grid.isEmpty()) {
            return Optional.empty();
        }
        Grid g = grid.get();
        int p = (int) Math.floor((x - g.left()) / g.size());
        int e = (int) Math.floor((y - g.top()) / g.size());
        return x < g.left() || y < g.top() || p >= g.features() || e >= g.features() ? Optional.empty()
                : Optional.of(new Cell(e, p));
    }

    /** The middle of a cell, as last drawn (x, y). */
    public double[] cellCentre(Cell cell) {
        Grid g = grid.orElseThrow();
        return new double[] {g.left() + (cell.predicted() + 0.5) * g.size(), g.top() + (cell.expected() + 0.5) * g.size()};
    }

    /** "expected 7, predicted 12: 3 samples, 2.9 % of the 104 with 7". */
    public String describe(Cell cell) {
        int count = matrix.counts()[cell.expected()][cell.predicted()];
        int row = 0;
        for (int c : matrix.counts()[cell.expected()]) {
            row += c;
        }
        String expected = Integer.toString(cell.expected());
        String predicted = Integer.toString(cell.predicted());
        if (row == 0) {
            return I18n.t("confusion.cell.noneExpected", expected, predicted);
        }
        String share = String.format(I18n.locale(), "%.1f\u00a0%%", 100.0 * count / row);
        return I18n.t(count == 1 ? "confusion.cell.one" : "confusion.cell", expected, predicted, I18n.count(count),
                share, I18n.count(row));
    }

    /** What the tooltip says now; empty while the mouse is over no cell. */
    public Optional<String> tooltipText() {
        return cellTip.text();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        grid = Optional.empty();
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
        double captionBottom = Math.ceil(labelHeight) + 2;
        double top = captionBottom + Math.ceil(labelHeight) + 6;
        double size = Math.max(1, Math.floor(Math.min(width - left - right, height - top - 8) / n));
        grid = Optional.of(new Grid(left, top, size, n));
        int max = 1;
        for (int[] row : matrix.counts()) {
            for (int c : row) {
                max = Math.max(max, c);
            }
        }
        for (int e = 0; e < n; e++) {
            for (int p = 0; p < n; p++) {
                g.setFill(cellColour(matrix.counts()[e][p], max));
                g.fillRect(left + p * size, top + e * size, size, size);
            }
        }
        String caption = I18n.t("inside.predictedAcross");
        g.setFill(textColor());
        g.setFont(fittingFont(caption, labelFont.getSize(), 7, width - left - 4));
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.LEFT);
        text(g, caption, left, captionBottom);
        g.setFont(labelFont);
        // Predicted values along the top, expected values on the left, per-value accuracy on the
        // right: as many as fit, evenly thinned where the cells are smaller than the numbers.
        int everyColumn = (int) Math.ceil((textWidth(Integer.toString(n - 1), labelFont) + 4) / size);
        g.setTextAlign(TextAlignment.CENTER);
        for (int p = 0; p < n; p += everyColumn) {
            textIfFree(g, Integer.toString(p), left + p * size + size / 2, top - 3);
        }
        g.setTextBaseline(VPos.CENTER);
        int every = (int) Math.ceil(labelHeight / size);
        for (int e = 0; e < n; e += every) {
            double y = top + e * size + size / 2;
            g.setTextAlign(TextAlignment.RIGHT);
            textIfFree(g, Integer.toString(e), left - 4, y);
            double accuracy = matrix.classAccuracy(e);
            g.setTextAlign(TextAlignment.LEFT);
            textIfFree(g, Double.isNaN(accuracy) ? "–" : Math.round(accuracy * 100) + "%", left + n * size + 6, y);
        }
        drawCounts(g, left, top, size, max);
    }

    /** The counts in their cells, where the largest count fits a cell in readable type; none otherwise. */
    private void drawCounts(GraphicsContext g, double left, double top, double size, int max) {
        String widest = Integer.toString(max);
        Font countFont = null;
        for (double points = COUNT; points >= LEAST_COUNT; points -= 0.5) {
            Font candidate = font(points);
            if (textWidth(widest, candidate) <= size - 3 && textHeight(candidate) <= size - 1) {
                countFont = candidate;
                break;
            }
        }
        if (countFont == null) {
            return;
        }
        g.setFont(countFont);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        int n = matrix.features();
        for (int e = 0; e < n; e++) {
            for (int p = 0; p < n; p++) {
                int count = matrix.counts()[e][p];
                if (count > 0) {
                    g.setFill(countColour(cellColour(count, max)));
                    text(g, Integer.toString(count), left + p * size + size / 2, top + e * size + size / 2);
                }
            }
        }
    }

    private static Color cellColour(int count, int max) {
        return Palette.amount(Math.sqrt((double) count / max));
    }

    /** Black or white, whichever stands out more on {@code cell} (at least 4.5:1 on every colour of the scale). */
    static Color countColour(Color cell) {
        double l = 0.2126 * linear(cell.getRed()) + 0.7152 * linear(cell.getGreen()) + 0.0722 * linear(cell.getBlue());
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? Color.BLACK : Color.WHITE;
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
