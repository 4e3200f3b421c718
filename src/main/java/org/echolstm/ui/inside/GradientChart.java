package org.echolstm.ui.inside;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.echolstm.ui.I18n;
import org.echolstm.ui.canvas.CanvasPane;

import java.util.Optional;

/**
 * A bar per time step and network, on a logarithmic scale of whole decades: how large the loss
 * gradient with respect to each step's input is, the LSTM's beside the plain RNN's. The echo
 * index's step is outlined.
 */
public final class GradientChart extends CanvasPane {
    public static final double MIN_WIDTH = 200;
    public static final double MIN_HEIGHT = 110;
    private static final double LABEL = 10;
    private static final double SMALLEST = 6;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Optional<GradientFlow> flow = Optional.empty();

    public GradientChart() {
        getStyleClass().add("gradient-chart");
        setMinSize(MIN_WIDTH, MIN_HEIGHT);
        setPrefSize(600, 170);
    }

    public void show(Optional<GradientFlow> newFlow) {
        this.flow = newFlow;
        redraw();
    }

    private Color lstmColor() {
        return palette().accent();
    }

    private Color rnnColor() {
        return palette().bar();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        if (flow.isEmpty()) {
            return;
        }
        GradientFlow f = flow.get();
        Font font = font(LABEL);
        g.setFont(font);
        double line = textHeight(font);
        double legendBottom = drawLegend(g, f, width, line);
        int low = decade(f, true);
        int high = decade(f, false);
        if (high <= low) {
            high = low + 1;
        }
        double axisWidth = textWidth(power(Math.min(low, -10)), font) + 6;
        double left = axisWidth;
        double top = legendBottom + line / 2 + 2;
        double bottom = height - line - 4;
        // Room on the right for half of the last step's number (bold, as the echo index's may be).
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        double plotWidth = width - left - textWidth(Integer.toString(f.timesteps() - 1), bold) / 2 - 3;
        double plotHeight = bottom - top;
        if (plotWidth <= 0 || plotHeight <= 0) {
            return;
        }
        drawDecades(g, low, high, left, top, plotWidth, plotHeight, line);
        int steps = f.timesteps();
        double column = plotWidth / steps;
        double bar = Math.max(1, column * 0.36);
        for (int t = 0; t < steps; t++) {
            double x = left + t * column;
            if (t == f.echoIndex()) {
                g.setStroke(palette().echo());
                g.setLineWidth(2);
                g.strokeRect(x + 1, top, column - 2, plotHeight);
            }
            drawBar(g, f.lstm()[t], low, high, x + column / 2 - bar, bar, bottom, plotHeight, lstmColor());
            drawBar(g, f.rnn()[t], low, high, x + column / 2, bar, bottom, plotHeight, rnnColor());
        }
        drawStepLabels(g, f, left, column, bottom, font);
    }

    /** The lowest (or highest) whole decade a value of either series reaches. */
    private static int decade(GradientFlow f, boolean lowest) {
        double edge = lowest ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (double[] series : new double[][] {f.lstm(), f.rnn()}) {
            for (double v : series) {
                if (v > 0 && Double.isFinite(v)) {
                    double log = Math.log10(v);
                    edge = lowest ? Math.min(edge, Math.floor(log)) : Math.max(edge, Math.ceil(log));
                }
            }
        }
        return Double.isInfinite(edge) ? 0 : (int) edge;
    }

    private double drawLegend(GraphicsContext g, GradientFlow f, double width, double line) {
        String rnnName = f.rnnSamples().isPresent()
                ? I18n.t("gradient.rnnTrained", I18n.count(f.rnnSamples().getAsLong()))
                : I18n.t("gradient.rnnUntrained");
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        double x = 4;
        double y = 2;
        for (int i = 0; i < 3; i++) {
            String label = i == 0 ? f.lstmName() : i == 1 ? rnnName : I18n.t("gradient.echo");
            Color colour = i == 0 ? lstmColor() : i == 1 ? rnnColor() : palette().echo();
            Font font = g.getFont();
            double needed = line + 4 + textWidth(label, font) + 14;
            if (x > 4 && x + needed > width) {
                x = 4;
                y += line + 2;
            }
            // A long name alone on a narrow chart gets a smaller font rather than running over the edge.
            Font fitting = fittingFont(label, font.getSize(), SMALLEST, width - x - line - 8);
            if (i == 2) {
                g.setStroke(colour);
                g.setLineWidth(2);
                g.strokeRect(x + 1, y + 1, line - 2, line - 2);
            } else {
                g.setFill(colour);
                g.fillRect(x, y, line, line);
            }
            g.setFill(textColor());
            g.setFont(fitting);
            text(g, label, x + line + 4, y);
            g.setFont(font);
            x += needed;
        }
        return y + line;
    }

    private void drawDecades(GraphicsContext g, int low, int high, double left, double top, double plotWidth,
                             double plotHeight, double line) {
        int every = Math.max(1, (int) Math.ceil((high - low) * (line + 2) / plotHeight));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(1);
        for (int d = low; d <= high; d++) {
            double y = top + plotHeight * (high - d) / (high - low);
            g.setStroke(palette().text().deriveColor(0, 1, 1, 0.25)); // faint in every theme
            g.strokeLine(left, Math.round(y) + 0.5, left + plotWidth, Math.round(y) + 0.5);
            if ((d - low) % every == 0) {
                g.setFill(textColor());
                text(g, power(d), left - 4, y);
            }
        }
    }

    private static void drawBar(GraphicsContext g, double value, int low, int high, double x, double width,
                                double bottom, double plotHeight, Color colour) {
        if (!(value > 0) || !Double.isFinite(value)) {
            return;
        }
        double h = plotHeight * (Math.log10(value) - low) / (high - low);
        g.setFill(colour);
        g.fillRect(x, bottom - h, width, h);
    }

    private void drawStepLabels(GraphicsContext g, GradientFlow f, double left, double column, double bottom,
                                Font font) {
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        // The echo index's number first: the others give way to it.
        int echo = f.echoIndex();
        g.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize())); // as measured in draw()
        g.setFill(palette().echoText());
        text(g, Integer.toString(echo), left + (echo + 0.5) * column, bottom + 2);
        g.setFont(font);
        g.setFill(textColor());
        for (int t = 0; t < f.timesteps(); t++) {
            if (t != echo) {
                textIfFree(g, Integer.toString(t), left + (t + 0.5) * column, bottom + 2);
            }
        }
    }

    /** "10⁻³". */
    static String power(int exponent) {
        StringBuilder text = new StringBuilder("10");
        if (exponent < 0) {
            text.append('⁻');
        }
        for (char digit : Integer.toString(Math.abs(exponent)).toCharArray()) {
            text.append(SUPERSCRIPTS.charAt(digit - '0'));
        }
        return text.toString();
    }
}
