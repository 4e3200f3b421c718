package org.echolstm.ui.internals;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.echolstm.model.LstmTrace;
import org.echolstm.ui.I18n;
import org.echolstm.ui.actions.KeyboardShortcuts;
import org.echolstm.ui.heatmap.CanvasPane;
import org.echolstm.ui.heatmap.Palette;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntConsumer;

/**
 * Six heatmaps, units (rows) × time steps (columns), of the LSTM on the current sample: input,
 * forget and output gates, candidate, cell state and hidden state, on one shared colour scale
 * (-1 blue, 0 white, +1 red; gates run 0..1). The echo index column is outlined; silenced units
 * are greyed. Clicking a unit's row silences it or brings it back; so do the keys: up and down
 * choose a unit (outlined while the heatmaps have the focus), Space or Enter silences it.
 *
 * <p>The six panels take whichever arrangement (3 × 2, 2 × 3, 1 × 6, 6 × 1) gives the heatmaps
 * the most room at the current size; titles shrink, and unit numbers thin out where rows are
 * small, so that no text overlaps and nothing is clipped down to {@link #MIN_WIDTH} ×
 * {@link #MIN_HEIGHT}.
 */
public final class GateHeatmaps extends CanvasPane {
    public static final double MIN_WIDTH = 200;
    public static final double MIN_HEIGHT = 200;
    private static final String[] TITLES = {"inside.inputGate", "inside.forgetGate", "inside.outputGate",
            "inside.candidate", "inside.cellState", "inside.hiddenState"};
    private static final int[] COLUMN_CHOICES = {3, 2, 1, 6};
    /** Point sizes before the presentation scale, and the smallest any text gets. */
    private static final double TITLE = 12;
    private static final double LABEL = 10;
    private static final double SMALLEST = 7;
    private static final double PANEL_GAP = 8;

    private Inside inside;
    private IntConsumer onUnitClicked = unit -> { };
    private int chosenUnit;
    /** The panels of the last drawing, to map clicks to units. */
    private List<Panel> panels = List.of();

    /** One heatmap's place: the panel's box and its grid's top left corner and cell size. */
    record Panel(double x, double y, double width, double height, double gridLeft, double gridTop,
                 double columnWidth, double rowHeight) {
    }

    /** The panels at one size, with the fonts they need. */
    private record Arrangement(List<Panel> panels, Font titleFont, Font labelFont, int labelEvery, double score) {
    }

    public GateHeatmaps() {
        getStyleClass().add("gate-heatmaps");
        setMinSize(MIN_WIDTH, MIN_HEIGHT);
        setPrefSize(600, 460);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        setFocusTraversable(true);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        getProperties().put(KeyboardShortcuts.OWN_KEYS, true);
        focusedProperty().addListener((obs, old, now) -> redraw());
        speak(I18n.t("inside.empty"));
    }

    public void show(Inside newInside) {
        this.inside = newInside;
        if (inside != null) {
            chosenUnit = Math.min(chosenUnit, inside.trace().units() - 1);
        }
        speak(inside == null ? I18n.t("inside.empty") : InsideSentences.gates(inside, chosenUnit));
        redraw();
    }

    /** The unit the keyboard chose (outlined while focused); Space or Enter silences it. */
    public int chosenUnit() {
        return chosenUnit;
    }

    private void keyPressed(KeyEvent event) {
        if (inside == null || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        int units = inside.trace().units();
        switch (event.getCode()) {
            case UP -> chosenUnit = Math.max(0, chosenUnit - 1);
            case DOWN -> chosenUnit = Math.min(units - 1, chosenUnit + 1);
            case HOME -> chosenUnit = 0;
            case END -> chosenUnit = units - 1;
            case SPACE, ENTER -> onUnitClicked.accept(chosenUnit);
            default -> {
                return;
            }
        }
        event.consume();
        speak(InsideSentences.gates(inside, chosenUnit));
        redraw();
    }

    public void setOnUnitClicked(IntConsumer handler) {
        this.onUnitClicked = handler;
    }

    private void clicked(MouseEvent event) {
        unitAt(event.getX(), event.getY()).ifPresent(onUnitClicked);
    }

    /** The unit whose row is at this point of any heatmap (as last drawn), if any. */
    public OptionalInt unitAt(double x, double y) {
        if (inside == null) {
            return OptionalInt.empty();
        }
        int units = inside.trace().units();
        for (Panel p : panels) {
            if (x >= p.x() && x < p.x() + p.width() && y >= p.gridTop() && y < p.gridTop() + units * p.rowHeight()) {
                return OptionalInt.of((int) Math.floor((y - p.gridTop()) / p.rowHeight()));
            }
        }
        return OptionalInt.empty();
    }

    /** The middle of unit {@code unit}'s row in heatmap {@code panel} (0..5), as last drawn. */
    public double rowCentreY(int panel, int unit) {
        Panel p = panels.get(panel);
        return p.gridTop() + unit * p.rowHeight() + p.rowHeight() / 2;
    }

    /** The middle of heatmap {@code panel}'s grid across, as last drawn. */
    public double panelCentreX(int panel) {
        Panel p = panels.get(panel);
        return p.gridLeft() + p.columnWidth() * inside.trace().timesteps() / 2;
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        panels = List.of();
        if (inside == null) {
            g.setFill(textColor());
            g.setFont(font(13));
            wrappedText(g, I18n.t("inside.empty"), 8, 8, width - 16);
            return;
        }
        LstmTrace trace = inside.trace();
        float[][][] data = {trace.inputGate(), trace.forgetGate(), trace.outputGate(), trace.candidate(),
                trace.cellState(), trace.hiddenState()};
        double legendTop = drawLegend(g, width, height);
        Arrangement best = null;
        for (int columns : COLUMN_CHOICES) {
            Arrangement a = arrange(columns, width, legendTop, trace.units(), trace.timesteps());
            if (best == null || a.score() > best.score()) {
                best = a;
            }
        }
        panels = best.panels();
        for (int p = 0; p < data.length; p++) {
            drawPanel(g, panels.get(p), best, I18n.t(TITLES[p]), data[p], trace.units(), trace.timesteps());
        }
    }

    private Arrangement arrange(int columns, double width, double height, int units, int steps) {
        int rows = (TITLES.length + columns - 1) / columns;
        double panelWidth = Math.floor(width / columns);
        double panelHeight = Math.floor(height / rows);
        Font titleFont = font(TITLE);
        double titleHeight = Math.ceil(textHeight(titleFont)) + 3;
        double rowHeight = Math.max(1, Math.floor((panelHeight - titleHeight - PANEL_GAP) / units));
        // Unit numbers keep their size (a projector needs it) and thin out on small rows instead.
        Font labelFont = font(LABEL);
        int labelEvery = (int) Math.ceil(textHeight(labelFont) / rowHeight);
        double labelWidth = Math.ceil(textWidth(Integer.toString(units - 1), labelFont)) + 5;
        double columnWidth = Math.max(1, Math.floor((panelWidth - labelWidth - PANEL_GAP) / steps));
        List<Panel> placed = new ArrayList<>();
        for (int p = 0; p < TITLES.length; p++) {
            double x = (p % columns) * panelWidth;
            double y = (p / columns) * panelHeight;
            placed.add(new Panel(x, y, panelWidth, panelHeight, x + labelWidth, y + titleHeight, columnWidth, rowHeight));
        }
        double gridWidth = columnWidth * steps;
        double gridHeight = rowHeight * units;
        boolean fits = gridWidth + labelWidth <= panelWidth && gridHeight + titleHeight <= panelHeight;
        // The most heatmap area wins, a little against very long or tall cells, and much against
        // titles cut short ("output g…": six narrow columns won at 1024 px); overflowing loses.
        double shape = Math.min(columnWidth, 3 * rowHeight) * Math.min(rowHeight, 3 * columnWidth);
        double titles = titlesFit(titleRoom(placed.get(0))) ? 1 : 0.25;
        double score = (fits ? titles : -1) * gridWidth * gridHeight * shape / (columnWidth * rowHeight);
        return new Arrangement(placed, titleFont, labelFont, labelEvery, score);
    }

    /** Whether every title fits {@code room} whole, in the smallest type at least. */
    private boolean titlesFit(double room) {
        for (String title : TITLES) {
            if (textWidth(I18n.t(title), Font.font(SMALLEST)) > room) {
                return false;
            }
        }
        return true;
    }

    /** The width a panel's title may take: from the grid's left edge to the panel's right, less a margin. */
    private static double titleRoom(Panel panel) {
        return panel.x() + panel.width() - panel.gridLeft() - 4;
    }

    private void drawPanel(GraphicsContext g, Panel panel, Arrangement arrangement, String title, float[][] values,
                           int units, int steps) {
        double room = titleRoom(panel);
        g.setFill(textColor());
        g.setFont(fittingFont(title, arrangement.titleFont().getSize(), SMALLEST, room));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        text(g, shortened(title, g.getFont(), room), panel.gridLeft(), panel.y() + 1);
        for (int u = 0; u < units; u++) {
            boolean silenced = inside.silenced().get(u);
            for (int t = 0; t < steps; t++) {
                g.setFill(silenced ? palette().silenced() : colour(values[t][u]));
                g.fillRect(panel.gridLeft() + t * panel.columnWidth(), panel.gridTop() + u * panel.rowHeight(),
                        panel.columnWidth(), panel.rowHeight());
            }
        }
        // The echo column's frame: the text colour around the echo colour, so it shows on orange cells too.
        int echo = inside.echoIndex();
        double frameX = panel.gridLeft() + echo * panel.columnWidth();
        double frameHeight = units * panel.rowHeight() + 2;
        g.setStroke(textColor());
        g.setLineWidth(3.5);
        g.strokeRect(frameX, panel.gridTop() - 1, panel.columnWidth(), frameHeight);
        g.setStroke(palette().echo());
        g.setLineWidth(1.5);
        g.strokeRect(frameX, panel.gridTop() - 1, panel.columnWidth(), frameHeight);
        if (isFocused()) {
            // The keyboard's unit: its row outlined in the text colour.
            g.setStroke(textColor());
            g.setLineWidth(1.5);
            g.setLineDashes(3, 2);
            g.strokeRect(panel.gridLeft() - 1, panel.gridTop() + chosenUnit * panel.rowHeight() - 1,
                    steps * panel.columnWidth() + 2, panel.rowHeight() + 2);
            g.setLineDashes();
        }
        g.setFill(textColor());
        g.setFont(arrangement.labelFont());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int u = 0; u < units; u += arrangement.labelEvery()) {
            textIfFree(g, Integer.toString(u), panel.gridLeft() - 3, rowCentreY(panel, u));
        }
    }

    private static double rowCentreY(Panel panel, int unit) {
        return panel.gridTop() + unit * panel.rowHeight() + panel.rowHeight() / 2;
    }

    /** {@code text}, cut short with an ellipsis where even the smallest font is too wide. */
    private static String shortened(String text, Font font, double width) {
        String shown = text;
        while (shown.length() > 1 && textWidth(shown, font) > width) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        return shown;
    }

    /**
     * The colour scale at the bottom, "-1 [scale] +1" and what rows and columns are, on one line
     * where it fits and on two where not; returns the top of the legend.
     */
    private double drawLegend(GraphicsContext g, double width, double height) {
        String caption = I18n.t("inside.legend");
        Font font = fittingFont(caption, LABEL * fontScale(), SMALLEST, width - 8);
        double lineHeight = Math.ceil(textHeight(font)) + 2;
        double scaleWidth = Math.min(240, width / 2);
        double ends = textWidth("-1", font) + textWidth("+1", font) + 8;
        double captionWidth = textWidth(caption, font);
        boolean oneLine = scaleWidth + ends + 12 + captionWidth <= width - 8;
        double top = height - (oneLine ? lineHeight : 2 * lineHeight) - 4;
        double lineWidth = scaleWidth + ends + (oneLine ? 12 + captionWidth : 0);
        double x = Math.max(4, (width - lineWidth) / 2) + textWidth("-1", font) + 4;
        for (int i = 0; i < scaleWidth; i++) {
            g.setFill(colour((float) (2.0 * i / scaleWidth - 1)));
            g.fillRect(x + i, top + (lineHeight - 10) / 2, 1, 10);
        }
        g.setFill(textColor());
        g.setFont(font);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.RIGHT);
        text(g, "-1", x - 4, top);
        g.setTextAlign(TextAlignment.LEFT);
        text(g, "+1", x + scaleWidth + 4, top);
        if (oneLine) {
            text(g, caption, x + scaleWidth + 4 + textWidth("+1", font) + 12, top);
        } else {
            g.setTextAlign(TextAlignment.CENTER);
            text(g, shortened(caption, font, width - 8), width / 2, top + lineHeight);
        }
        return top - 4;
    }

    /** Diverging scale: -1 blue, 0 white, +1 orange (apart for every common colour vision). */
    static Color colour(float value) {
        return Palette.signed(value);
    }
}
