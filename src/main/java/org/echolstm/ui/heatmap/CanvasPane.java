package org.echolstm.ui.heatmap;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.echolstm.ui.preferences.Theme;

import java.util.ArrayList;
import java.util.List;

/**
 * A region holding a canvas that follows its size and redraws on resize. Text goes through
 * {@link #text}, which remembers what was written where: {@link #shownTexts()} tells tests (and
 * anyone without eyes on the pixels) what the canvas says.
 */
public abstract class CanvasPane extends Region {
    /** One piece of text on the canvas and the box it covers. */
    public record ShownText(String text, Bounds bounds) {
    }

    private static final Text MEASURE = new Text();
    private final Canvas canvas = new Canvas();
    private final List<ShownText> shownTexts = new ArrayList<>();
    private Palette palette = Palette.of(Theme.LIGHT);
    private double fontScale = 1;

    protected CanvasPane() {
        getChildren().add(canvas);
        widthProperty().addListener((obs, old, now) -> redraw());
        heightProperty().addListener((obs, old, now) -> redraw());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
    }

    public final void redraw() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        shownTexts.clear();
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            draw(g, canvas.getWidth(), canvas.getHeight());
        }
    }

    /** The theme and a font scale for presentation mode (1.5 there); redraws. */
    public void setLook(Theme theme, double scale) {
        this.palette = Palette.of(theme);
        this.fontScale = scale;
        redraw();
    }

    /** What the last drawing wrote, in drawing order, in this control's coordinates. */
    public List<ShownText> shownTexts() {
        return List.copyOf(shownTexts);
    }

    /** The colours of the current theme. */
    public Palette palette() {
        return palette;
    }

    protected Color textColor() {
        return palette.text();
    }

    protected double fontScale() {
        return fontScale;
    }

    /** A font of {@code size} points before the presentation scale. */
    protected Font font(double size) {
        return Font.font(size * fontScale);
    }

    public Canvas canvas() {
        return canvas;
    }

    protected static double textWidth(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }

    protected static double textHeight(Font font) {
        MEASURE.setFont(font);
        MEASURE.setText("0");
        return MEASURE.getLayoutBounds().getHeight();
    }

    /** The largest font up to {@code size} (already scaled) in which {@code text} fits {@code width}. */
    protected static Font fittingFont(String text, double size, double minSize, double width) {
        Font font = Font.font(size);
        double needed = textWidth(text, font);
        return needed <= width ? font : Font.font(Math.max(minSize, Math.floor(size * width / needed * 10) / 10));
    }

    /** Writes {@code text} with the context's font, alignment and baseline, and remembers where. */
    protected final void text(GraphicsContext g, String text, double x, double y) {
        g.fillText(text, x, y);
        shownTexts.add(new ShownText(text, boxOf(g, text, x, y)));
    }

    /**
     * Writes {@code text} like {@link #text} only where it covers none of the text already
     * written, nor comes within two pixels of it sideways: labels that would collide give way.
     */
    protected final boolean textIfFree(GraphicsContext g, String text, double x, double y) {
        Bounds box = boxOf(g, text, x, y);
        Bounds core = new BoundingBox(box.getMinX() - 2, box.getMinY() + 0.5, box.getWidth() + 4,
                Math.max(0, box.getHeight() - 1));
        if (shownTexts.stream().anyMatch(shown -> shown.bounds().intersects(core))) {
            return false;
        }
        text(g, text, x, y);
        return true;
    }

    private static Bounds boxOf(GraphicsContext g, String text, double x, double y) {
        double width = textWidth(text, g.getFont());
        double height = MEASURE.getLayoutBounds().getHeight();
        double left = switch (g.getTextAlign()) {
            case RIGHT -> x - width;
            case CENTER -> x - width / 2;
            default -> x;
        };
        double top = switch (g.getTextBaseline()) {
            case TOP -> y;
            case CENTER -> y - height / 2;
            case BOTTOM -> y - height;
            default -> y - MEASURE.getBaselineOffset();
        };
        return new BoundingBox(left, top, width, height);
    }

    /** Writes {@code text} from the top left corner, broken into lines that fit {@code width}. */
    protected final void wrappedText(GraphicsContext g, String text, double x, double y, double width) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        double lineHeight = textHeight(g.getFont()) * 1.2;
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && textWidth(longer, g.getFont()) > width) {
                text(g, line.toString(), x, y);
                y += lineHeight;
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        if (!line.isEmpty()) {
            text(g, line.toString(), x, y);
        }
    }

    protected abstract void draw(GraphicsContext g, double width, double height);
}
