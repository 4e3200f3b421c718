package org.echolstm.ui.sample;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.echolstm.ui.canvas.CanvasPane;
import org.echolstm.ui.I18n;

/**
 * The current sample's one-hot input: one column per time step, one row per value, a filled cell
 * where the sequence has that value. The sequence's values are written above their columns, the
 * values' row numbers on the left and the time step numbers below; the echo index column is
 * outlined. Under the grid, an influence row shows how much each step drives the answer.
 */
public final class OneHotHeatmap extends CanvasPane {
    /** Point sizes before the presentation scale. */
    private static final double SMALL = 10;
    private static final double VALUE_MAX = 13;
    private static final double VALUE_MIN = 8;
    private static final double INFLUENCE_HEIGHT = 24;
    /** Room right of the grid for the echo outline. */
    private static final double RIGHT = 4;
    /** The least a value row gets, where even a share of a pixel each does not fit: never none. */
    private static final double MIN_ROW_HEIGHT = 0.01;

    private int[] sequence = new int[0];
    private int features = 1;
    private int echoIndex = -1;
    private float[] influence = new float[0];
    private int cursor = -1;
    private final ReadOnlyObjectWrapper<RowGeometry> rowGeometry =
            new ReadOnlyObjectWrapper<>(this, "rowGeometry", new RowGeometry(0, 1, 1));

    /** Where everything goes at one size. */
    private record Layout(double left, double cellWidth, int steps, RowGeometry rows, double influenceHeight,
                          double lineHeight) {
        double gridRight() {
            return left + cellWidth * steps;
        }

        double columnCentre(int step) {
            return left + step * cellWidth + cellWidth / 2;
        }

        double stepNumbersTop() {
            return rows.bottom() + influenceHeight + 3;
        }
    }

    public OneHotHeatmap() {
        getStyleClass().add("one-hot-heatmap");
        setMinSize(120, 120);
        setPrefSize(320, 360);
        // A keyboard reads the steps one by one: left and right move a cursor the screen reader follows.
        setFocusTraversable(true);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        keepOwnKeys();
        focusedProperty().addListener((obs, old, now) -> redraw());
        speak(SampleSentences.sequence(sequence, features, echoIndex));
    }

    public void show(int[] newSequence, int newFeatures, int newEchoIndex) {
        this.sequence = newSequence.clone();
        this.features = Math.max(1, newFeatures);
        this.echoIndex = newEchoIndex;
        cursor = Math.min(cursor, sequence.length - 1);
        speakCursor();
        redraw();
    }

    private void keyPressed(KeyEvent event) {
        if (sequence.length == 0 || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        int moved = switch (event.getCode()) {
            case LEFT -> Math.max(0, cursor - 1);
            case RIGHT -> Math.min(sequence.length - 1, cursor + 1);
            case HOME -> 0;
            case END -> sequence.length - 1;
            default -> -2;
        };
        if (moved != -2) {
            cursor = Math.max(0, moved);
            speakCursor();
            redraw();
            event.consume();
        }
    }

    /** The time step the keyboard cursor is on (-1 before the arrow keys were used). */
    public int cursor() {
        return cursor;
    }

    private void speakCursor() {
        String whole = SampleSentences.sequence(sequence, features, echoIndex);
        speak(cursor >= 0 ? SampleSentences.step(sequence, echoIndex, cursor) + " " + whole
                : whole + " " + I18n.t("speak.sample.keys"));
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

    /** The value rows at the current size; follows every size and content change. */
    public ReadOnlyObjectProperty<RowGeometry> rowGeometryProperty() {
        return rowGeometry.getReadOnlyProperty();
    }

    /** The value rows at the current size. */
    public RowGeometry rowGeometry() {
        return currentLayout().rows();
    }

    /** The middle of value {@code value}'s row, in this control's coordinates. */
    public double rowCentreY(int value) {
        return rowGeometry().centreY(value);
    }

    /** The middle of time step {@code step}'s column, in this control's coordinates. */
    public double columnCentreX(int step) {
        return currentLayout().columnCentre(step);
    }

    /** Where the grid ends on the right, in this control's coordinates. */
    public double gridRight() {
        return currentLayout().gridRight();
    }

    /**
     * The width that holds the grid laid out in {@code room} × {@code height}, with nothing to
     * spare; more than the room where even one pixel per step does not fit in it.
     */
    public double neededWidth(double room, double height) {
        return Math.ceil(layout(Math.floor(room), Math.floor(height)).gridRight()) + RIGHT;
    }

    private boolean hasInfluence() {
        return influence.length > 0 && influence.length == sequence.length;
    }

    private Layout currentLayout() {
        return layout(Math.floor(getWidth()), Math.floor(getHeight()));
    }

    private Layout layout(double width, double height) {
        Font small = font(SMALL);
        double lineHeight = Math.ceil(textHeight(small) * 1.15);
        double top = Math.ceil(textHeight(font(VALUE_MAX)) * 1.1) + 4;
        double labels = Math.max(textWidth(Integer.toString(features - 1), small),
                textWidth(I18n.t("heatmap.value"), small));
        if (hasInfluence()) {
            labels = Math.max(labels, textWidth(I18n.t("heatmap.influence"), small));
        }
        double left = Math.ceil(labels) + 8;
        int steps = Math.max(1, sequence.length);
        double cellWidth = Math.max(1, Math.floor((width - left - RIGHT) / steps));
        double influenceHeight = hasInfluence() ? Math.ceil(INFLUENCE_HEIGHT * fontScale()) : 0;
        double bottom = influenceHeight + 3 + 2 * lineHeight;
        // Whole pixels per row where they fit (crisp cells); with more values than pixels, a share
        // of one, so that the grid, the step numbers and the influence row still fit.
        double perRow = Math.max(0, height - top - bottom) / features;
        double rowHeight = perRow >= 1 ? Math.floor(perRow) : Math.max(MIN_ROW_HEIGHT, perRow);
        return new Layout(left, cellWidth, steps, new RowGeometry(top, rowHeight, features), influenceHeight, lineHeight);
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        Layout layout = layout(width, height);
        rowGeometry.set(layout.rows());
        if (sequence.length == 0) {
            return;
        }
        drawGrid(g, layout);
        if (isFocused() && cursor >= 0) {
            // The keyboard cursor: the chosen column, outlined in the text colour.
            g.setStroke(textColor());
            g.setLineWidth(1.5);
            g.setLineDashes(3, 2);
            g.strokeRect(layout.left() + cursor * layout.cellWidth() - 2, layout.rows().top() - 3,
                    layout.cellWidth() + 4, layout.rows().bottom() - layout.rows().top() + 6);
            g.setLineDashes();
        }
        drawValues(g, layout);
        drawStepNumbers(g, layout);
        if (hasInfluence()) {
            drawInfluence(g, layout);
        }
        Font small = font(SMALL);
        g.setFont(small);
        g.setFill(textColor());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        textIfFree(g, I18n.t("heatmap.timeStep"), (layout.left() + layout.gridRight()) / 2,
                layout.stepNumbersTop() + layout.lineHeight());
        // Row numbers: as many as fit without touching.
        RowGeometry rows = layout.rows();
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        int every = (int) Math.ceil(textHeight(small) / rows.rowHeight());
        for (int f = 0; f < features; f += every) {
            textIfFree(g, Integer.toString(f), layout.left() - 4, rows.centreY(f));
        }
        g.setTextBaseline(VPos.BOTTOM);
        textIfFree(g, I18n.t("heatmap.value"), layout.left() - 4, rows.top() - 3);
    }

    private void drawGrid(GraphicsContext g, Layout layout) {
        RowGeometry rows = layout.rows();
        double left = layout.left();
        double cellW = layout.cellWidth();
        double gridW = layout.gridRight() - left;
        double gridH = rows.bottom() - rows.top();
        g.setFill(palette().grid());
        g.fillRect(left, rows.top(), gridW, gridH);
        if (cellW >= 4 && rows.rowHeight() >= 4) {
            g.setStroke(palette().gridLine());
            g.setLineWidth(1);
            for (int t = 0; t <= sequence.length; t++) {
                double x = Math.floor(left + t * cellW) + 0.5;
                g.strokeLine(x, rows.top(), x, rows.bottom());
            }
            for (int f = 0; f <= features; f++) {
                double y = Math.floor(rows.rowTop(f)) + 0.5;
                g.strokeLine(left, y, left + gridW, y);
            }
        }
        for (int t = 0; t < sequence.length; t++) {
            g.setFill(t == echoIndex ? palette().echo() : palette().hot());
            g.fillRect(left + t * cellW + 1, rows.rowTop(sequence[t]) + 1, Math.max(1, cellW - 1),
                    Math.max(1, rows.rowHeight() - 1));
        }
        if (echoIndex >= 0 && echoIndex < sequence.length) {
            g.setStroke(palette().echo());
            g.setLineWidth(2);
            g.strokeRect(left + echoIndex * cellW, rows.top() - 1, cellW, gridH + 2);
        }
    }

    /** The sequence's values above their columns. */
    private void drawValues(GraphicsContext g, Layout layout) {
        double size = Math.max(VALUE_MIN * fontScale(), Math.min(VALUE_MAX * fontScale(), layout.cellWidth() * 0.6));
        Font font = Font.font(size);
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        int every = labelEvery(Integer.toString(features - 1), font, layout.cellWidth());
        for (int t = 0; t < sequence.length; t++) {
            if (labelled(t, every)) {
                g.setFill(t == echoIndex ? echoText() : textColor());
                text(g, Integer.toString(sequence[t]), layout.columnCentre(t), layout.rows().top() - 3);
            }
        }
    }

    /** The time step numbers under the grid and the influence row. */
    private void drawStepNumbers(GraphicsContext g, Layout layout) {
        Font font = font(SMALL);
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int every = labelEvery(Integer.toString(sequence.length - 1), font, layout.cellWidth());
        for (int t = 0; t < sequence.length; t++) {
            if (labelled(t, every)) {
                g.setFill(t == echoIndex ? echoText() : textColor());
                text(g, Integer.toString(t), layout.columnCentre(t), layout.stepNumbersTop());
            }
        }
    }

    /** Bars up for steps that support the answer, scaled to the largest; the row is labelled on the left. */
    private void drawInfluence(GraphicsContext g, Layout layout) {
        float largest = 1e-6f;
        for (float v : influence) {
            largest = Math.max(largest, Math.abs(v));
        }
        double top = layout.rows().bottom() + 2;
        double base = layout.rows().bottom() + layout.influenceHeight() - 1;
        double cellW = layout.cellWidth();
        for (int t = 0; t < sequence.length; t++) {
            double h = (base - top - 2) * Math.abs(influence[t]) / largest;
            g.setFill(influence[t] >= 0 ? (t == echoIndex ? palette().echo() : palette().accent()) : palette().bar());
            g.fillRect(layout.left() + t * cellW + cellW * 0.2, base - h, Math.max(1, cellW * 0.6), h);
        }
        g.setFont(font(SMALL));
        g.setFill(textColor());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        textIfFree(g, I18n.t("heatmap.influence"), layout.left() - 4, (top + base) / 2);
    }

    /** Every how many columns a label fits without touching its neighbours. */
    private static int labelEvery(String widest, Font font, double cellWidth) {
        return Math.max(1, (int) Math.ceil((textWidth(widest, font) + 3) / cellWidth));
    }

    /** Every {@code every}-th column is labelled, and the echo index always; its neighbours give way. */
    private boolean labelled(int step, int every) {
        if (step == echoIndex) {
            return true;
        }
        boolean nearEcho = echoIndex >= 0 && Math.abs(step - echoIndex) < every;
        return step % every == 0 && !nearEcho;
    }

    private Color echoText() {
        return palette().echoText();
    }
}
