package org.echolstm.ui.inside;

import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.echolstm.ui.canvas.CellTooltip;
import org.echolstm.ui.canvas.CanvasPane;
import org.echolstm.ui.canvas.Palette;
import org.echolstm.model.LstmTrace;
import org.echolstm.ui.I18n;
import org.echolstm.ui.preferences.Theme;
import org.echolstm.ui.preferences.Zoom;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntConsumer;

/**
 * Six heatmaps, units (rows) × time steps (columns), of the LSTM on the current sample: input,
 * forget and output gates, candidate, cell state and hidden state, on one shared colour scale
 * (-1 blue, 0 white, +1 orange; gates run 0..1). Units and time steps are numbered where the
 * numbers fit, the echo index's column is outlined and numbered in the echo colour; silenced units
 * are greyed. Hovering a cell names its heatmap, unit, time step and value. Clicking a unit's row
 * silences it or brings it back; so do the keys: up and down choose a unit (outlined while the
 * heatmaps have the focus), Space or Enter silences it.
 *
 * <p>How the six stand follows from the width alone ({@link GateLayout}); titles are in the
 * window's text size; rows are never lower than {@link GateLayout#MIN_ROW} pixels: the minimum
 * height for a width says so, and the tab scrolls where it is lower.
 */
public final class GateHeatmaps extends CanvasPane {
    public static final double MIN_WIDTH = 200;
    public static final double MIN_HEIGHT = 200;
    private static final String[] TITLES = {"inside.inputGate", "inside.forgetGate", "inside.outputGate",
            "inside.candidate", "inside.cellState", "inside.hiddenState"};
    /** Point sizes before the window's scale: titles as the window's text, numbers and the legend smaller. */
    private static final double TITLE = Zoom.FONT_SIZE;
    private static final double LABEL = 10;

    private Inside inside;
    private IntConsumer onUnitClicked = unit -> { };
    private int chosenUnit;
    /** The layout of the last drawing, to map clicks and the mouse to cells. */
    private Optional<GateLayout> layout = Optional.empty();
    private final CellTooltip cellTip = new CellTooltip(this, this::describeAt);

    public GateHeatmaps() {
        getStyleClass().add("gate-heatmaps");
        setMinWidth(MIN_WIDTH); // the least height follows from the width: computeMinHeight
        setPrefWidth(600);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        setFocusTraversable(true);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        keepOwnKeys();
        focusedProperty().addListener((obs, old, now) -> redraw());
        speak(I18n.t("inside.empty"));
    }

    public void show(Inside newInside) {
        boolean reshaped = inside == null || newInside == null || shape(inside) != shape(newInside);
        this.inside = newInside;
        if (inside != null) {
            chosenUnit = Math.min(chosenUnit, inside.trace().units() - 1);
        }
        speak(inside == null ? I18n.t("inside.empty") : InsideSentences.gates(inside, chosenUnit));
        if (reshaped) {
            requestLayout(); // another number of units or steps needs another height
        }
        redraw();
    }

    private static long shape(Inside look) {
        return ((long) look.trace().units() << 32) | look.trace().timesteps();
    }

    @Override
    public void setLook(Theme theme, double scale) {
        super.setLook(theme, scale);
        requestLayout();
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

    // ---- size -----------------------------------------------------------------------------------

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinHeight(double width) {
        if (inside == null) {
            return MIN_HEIGHT;
        }
        double w = width > 0 ? width : getWidth() > 0 ? getWidth() : prefWidth(-1);
        return Math.max(MIN_HEIGHT, Math.ceil(GateLayout.minHeight(w, measures(), legendHeight(w))));
    }

    @Override
    protected double computePrefHeight(double width) {
        return computeMinHeight(width);
    }

    private GateLayout.Measures measures() {
        LstmTrace trace = inside.trace();
        return new GateLayout.Measures(font(TITLE), font(LABEL), Arrays.stream(TITLES).map(I18n::t).toList(),
                trace.units(), trace.timesteps());
    }

    // ---- what is where --------------------------------------------------------------------------

    /** Heatmaps side by side in the last drawing (0 before one). */
    public int across() {
        return layout.map(GateLayout::across).orElse(0);
    }

    /** The height of a unit's row in the last drawing (0 before one). */
    public double rowHeight() {
        return layout.map(l -> l.panels().get(0).rowHeight()).orElse(0.0);
    }

    /** The titles' type: the window's text size. */
    public Font titleFont() {
        return font(TITLE);
    }

    /** The unit whose row is at this point of any heatmap (as last drawn), if any. */
    public OptionalInt unitAt(double x, double y) {
        if (inside == null || layout.isEmpty()) {
            return OptionalInt.empty();
        }
        int units = inside.trace().units();
        for (GateLayout.Panel p : layout.get().panels()) {
            if (x >= p.x() && x < p.x() + p.width() && y >= p.gridTop() && y < p.gridBottom(units)) {
                return OptionalInt.of((int) Math.floor((y - p.gridTop()) / p.rowHeight()));
            }
        }
        return OptionalInt.empty();
    }

    /** What the cell at this point is: "cell state, unit 4, time step 7: 0.93"; nothing outside the grids. */
    public Optional<String> describeAt(double x, double y) {
        if (inside == null || layout.isEmpty()) {
            return Optional.empty();
        }
        LstmTrace trace = inside.trace();
        List<GateLayout.Panel> panels = layout.get().panels();
        for (int p = 0; p < panels.size(); p++) {
            GateLayout.Panel panel = panels.get(p);
            int step = (int) Math.floor((x - panel.gridLeft()) / panel.columnWidth());
            int unit = (int) Math.floor((y - panel.gridTop()) / panel.rowHeight());
            if (x >= panel.gridLeft() && y >= panel.gridTop() && step < trace.timesteps() && unit < trace.units()) {
                String value = String.format(I18n.locale(), "%.2f", values(trace)[p][step][unit]);
                String cell = I18n.t(step == inside.echoIndex() ? "inside.cell.echo" : "inside.cell", I18n.t(TITLES[p]),
                        Integer.toString(unit), Integer.toString(step), value);
                return Optional.of(inside.silenced().get(unit) ? cell + " " + I18n.t("speak.gates.silenced") : cell);
            }
        }
        return Optional.empty();
    }

    /** What the tooltip says now; empty while the mouse is over no cell. */
    public Optional<String> tooltipText() {
        return cellTip.text();
    }

    /** The middle of unit {@code unit}'s row in heatmap {@code panel} (0..5), as last drawn. */
    public double rowCentreY(int panel, int unit) {
        GateLayout.Panel p = layout.orElseThrow().panels().get(panel);
        return p.gridTop() + unit * p.rowHeight() + p.rowHeight() / 2;
    }

    /** The middle of heatmap {@code panel}'s grid across, as last drawn. */
    public double panelCentreX(int panel) {
        GateLayout.Panel p = layout.orElseThrow().panels().get(panel);
        return p.gridLeft() + p.gridWidth(inside.trace().timesteps()) / 2;
    }

    /** The middle of time step {@code step}'s column in heatmap {@code panel}, as last drawn. */
    public double columnCentreX(int panel, int step) {
        GateLayout.Panel p = layout.orElseThrow().panels().get(panel);
        return p.gridLeft() + step * p.columnWidth() + p.columnWidth() / 2;
    }

    private static float[][][] values(LstmTrace trace) {
        return new float[][][] {trace.inputGate(), trace.forgetGate(), trace.outputGate(), trace.candidate(),
                trace.cellState(), trace.hiddenState()};
    }

    // ---- drawing --------------------------------------------------------------------------------

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        layout = Optional.empty();
        if (inside == null) {
            g.setFill(textColor());
            g.setFont(font(13));
            wrappedText(g, I18n.t("inside.empty"), 8, 8, width - 16);
            return;
        }
        LstmTrace trace = inside.trace();
        double legendTop = drawLegend(g, width, height);
        GateLayout arranged = GateLayout.of(width, legendTop, measures());
        layout = Optional.of(arranged);
        float[][][] data = values(trace);
        for (int p = 0; p < data.length; p++) {
            drawPanel(g, arranged, p, data[p], trace.units(), trace.timesteps());
        }
    }

    private void drawPanel(GraphicsContext g, GateLayout arranged, int index, float[][] values, int units, int steps) {
        GateLayout.Panel panel = arranged.panels().get(index);
        g.setFill(textColor());
        g.setFont(font(TITLE));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        List<String> title = arranged.titles().get(index);
        for (int line = 0; line < title.size(); line++) {
            text(g, title.get(line), panel.gridLeft(), panel.y() + 1 + line * arranged.titleLine());
        }
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
        g.setFont(font(LABEL));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(textColor());
        for (int u = 0; u < units; u += arranged.unitEvery()) {
            textIfFree(g, Integer.toString(u), panel.gridLeft() - 3, rowCentre(panel, u));
        }
        drawSteps(g, arranged, panel, units, steps);
    }

    /** The time steps under the grid: the echo index in its colour first, then every few that fit. */
    private void drawSteps(GraphicsContext g, GateLayout arranged, GateLayout.Panel panel, int units, int steps) {
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double y = panel.gridBottom(units) + 2;
        int echo = inside.echoIndex();
        if (echo >= 0 && echo < steps) {
            g.setFill(palette().echoText());
            textIfFree(g, Integer.toString(echo), panel.gridLeft() + (echo + 0.5) * panel.columnWidth(), y);
        }
        g.setFill(textColor());
        for (int t = 0; t < steps; t += arranged.stepEvery()) {
            if (t != echo) {
                textIfFree(g, Integer.toString(t), panel.gridLeft() + (t + 0.5) * panel.columnWidth(), y);
            }
        }
    }

    private static double rowCentre(GateLayout.Panel panel, int unit) {
        return panel.gridTop() + unit * panel.rowHeight() + panel.rowHeight() / 2;
    }

    /** {@code text}, cut short with an ellipsis where it is too wide. */
    private static String shortened(String text, Font font, double width) {
        String shown = text;
        while (shown.length() > 1 && textWidth(shown, font) > width) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        return shown;
    }

    /** The legend's type, and whether it takes one line at {@code width}. */
    private record LegendLook(Font font, double lineHeight, boolean oneLine) {
        double height() {
            return (oneLine ? lineHeight : 2 * lineHeight) + 8;
        }
    }

    private LegendLook legendLook(double width) {
        String caption = I18n.t("inside.legend");
        Font font = font(LABEL);
        double lineHeight = Math.ceil(textHeight(font)) + 2;
        double scaleWidth = Math.min(240, width / 2);
        double ends = textWidth("-1", font) + textWidth("+1", font) + 8;
        return new LegendLook(font, lineHeight, scaleWidth + ends + 12 + textWidth(caption, font) <= width - 8);
    }

    private double legendHeight(double width) {
        return legendLook(width).height();
    }

    /**
     * The colour scale at the bottom, "-1 [scale] +1" and what rows and columns are, on one line
     * where it fits and on two where not; returns the top of the legend.
     */
    private double drawLegend(GraphicsContext g, double width, double height) {
        String caption = I18n.t("inside.legend");
        LegendLook look = legendLook(width);
        Font font = look.font();
        double lineHeight = look.lineHeight();
        double scaleWidth = Math.min(240, width / 2);
        double ends = textWidth("-1", font) + textWidth("+1", font) + 8;
        double captionWidth = textWidth(caption, font);
        double top = height - look.height() + 4;
        double lineWidth = scaleWidth + ends + (look.oneLine() ? 12 + captionWidth : 0);
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
        if (look.oneLine()) {
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
