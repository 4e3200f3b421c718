package org.echolstm.ui.internals;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.echolstm.model.LstmTrace;
import org.echolstm.ui.I18n;
import org.echolstm.ui.heatmap.CanvasPane;

import java.util.function.IntConsumer;

/**
 * Six heatmaps, units (rows) × time steps (columns), of the LSTM on the current sample: input,
 * forget and output gates, candidate, cell state and hidden state, on one shared colour scale
 * (-1 blue, 0 white, +1 red; gates run 0..1). The echo index column is outlined; silenced units
 * are greyed. Clicking a unit's row silences it or brings it back.
 */
public final class GateHeatmaps extends CanvasPane {
    private static final String[] TITLES = {"inside.inputGate", "inside.forgetGate", "inside.outputGate",
            "inside.candidate", "inside.cellState", "inside.hiddenState"};
    private static final Color ECHO = Color.web("#e8590c");

    private Inside inside;
    private IntConsumer onUnitClicked = unit -> { };
    /** Geometry of the last drawing, to map clicks to units. */
    private double panelHeight;
    private double titleHeight;
    private double rowHeight;

    public GateHeatmaps() {
        getStyleClass().add("gate-heatmaps");
        setMinSize(300, 260);
        setPrefSize(600, 460);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    public void show(Inside newInside) {
        this.inside = newInside;
        redraw();
    }

    public void setOnUnitClicked(IntConsumer handler) {
        this.onUnitClicked = handler;
    }

    private void clicked(MouseEvent event) {
        if (inside == null || rowHeight <= 0) {
            return;
        }
        int panelRow = (int) Math.floor(event.getY() / panelHeight);
        double withinPanel = event.getY() - panelRow * panelHeight - titleHeight;
        int unit = (int) Math.floor(withinPanel / rowHeight);
        if (panelRow >= 0 && withinPanel >= 0 && unit < inside.trace().units()) {
            onUnitClicked.accept(unit);
        }
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        if (inside == null) {
            g.setFill(textColor());
            g.setFont(font(13));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(I18n.t("inside.empty"), 8, 8);
            return;
        }
        LstmTrace trace = inside.trace();
        float[][][] data = {trace.inputGate(), trace.forgetGate(), trace.outputGate(), trace.candidate(),
                trace.cellState(), trace.hiddenState()};
        int columns = 3;
        int rows = 2;
        double legendHeight = 28;
        double cellWidth = width / columns;
        panelHeight = (height - legendHeight) / rows;
        titleHeight = 18 * fontScale();
        int steps = trace.timesteps();
        int units = trace.units();
        rowHeight = Math.max(1, Math.floor((panelHeight - titleHeight - 6) / units));
        double colWidth = Math.max(1, Math.floor((cellWidth - 34) / steps));
        for (int p = 0; p < data.length; p++) {
            double x0 = (p % columns) * cellWidth + 28;
            double y0 = (p / columns) * panelHeight;
            g.setFill(textColor());
            g.setFont(font(12));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(I18n.t(TITLES[p]), x0, y0 + 2);
            double top = y0 + titleHeight;
            for (int u = 0; u < units; u++) {
                boolean silenced = inside.silenced().get(u);
                for (int t = 0; t < steps; t++) {
                    g.setFill(silenced ? Color.gray(0.75) : colour(data[p][t][u]));
                    g.fillRect(x0 + t * colWidth, top + u * rowHeight, colWidth, rowHeight);
                }
            }
            int echo = inside.echoIndex();
            g.setStroke(ECHO);
            g.setLineWidth(2);
            g.strokeRect(x0 + echo * colWidth, top - 1, colWidth, units * rowHeight + 2);
            if (rowHeight >= 9) {
                g.setFill(textColor());
                g.setFont(font(Math.min(10, rowHeight - 1)));
                g.setTextAlign(TextAlignment.RIGHT);
                g.setTextBaseline(VPos.CENTER);
                for (int u = 0; u < units; u++) {
                    g.fillText(Integer.toString(u), x0 - 3, top + u * rowHeight + rowHeight / 2);
                }
            }
        }
        drawLegend(g, width, height - legendHeight + 4);
    }

    private void drawLegend(GraphicsContext g, double width, double y) {
        double w = Math.min(240, width / 2);
        double x = (width - w) / 2;
        for (int i = 0; i < w; i++) {
            g.setFill(colour((float) (2.0 * i / w - 1)));
            g.fillRect(x + i, y, 1, 10);
        }
        g.setFill(textColor());
        g.setFont(font(10));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("-1", x - 4, y);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("+1   " + I18n.t("inside.legend"), x + w + 4, y);
    }

    /** Diverging scale: -1 blue, 0 white, +1 red. */
    static Color colour(float value) {
        double v = Math.max(-1, Math.min(1, value));
        return v >= 0 ? Color.color(1, 1 - 0.8 * v, 1 - 0.85 * v) : Color.color(1 + 0.85 * v, 1 + 0.6 * v, 1);
    }
}
