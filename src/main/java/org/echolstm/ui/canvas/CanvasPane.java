package org.echolstm.ui.canvas;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.beans.value.ObservableValue;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.echolstm.ui.preferences.Theme;
import javafx.scene.transform.Scale;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * A region holding a canvas that follows its size and redraws on resize. Text goes through
 * {@link #text}, which remembers what was written where: {@link #shownTexts()} tells tests (and
 * anyone without eyes on the pixels) what the canvas says; a screen reader hears the sentence each
 * subclass gives as its accessible text. The canvas holds one pixel per screen pixel (twice as many
 * as the size says on a HiDPI screen), so drawings stay crisp at every output scale.
 */
public abstract class CanvasPane extends Region {
    /** One piece of text on the canvas, the box it covers and its type size in points. */
    public record ShownText(String text, Bounds bounds, double size) {
    }

    private static final Text MEASURE = new Text();
    private final Canvas canvas = new Canvas();
    /** Drawn over the canvas while the pane has the keyboard focus (see Focus.css). */
    private final Region focusRing = new Region();
    private final List<ShownText> shownTexts = new ArrayList<>();
    private Palette palette = Palette.of(Theme.LIGHT);
    private double fontScale = 1;
    private boolean ownKeys;

    protected CanvasPane() {
        getStyleClass().add("canvas-pane");
        focusRing.getStyleClass().add("focus-ring");
        focusRing.setMouseTransparent(true);
        focusRing.setManaged(false);
        getChildren().addAll(canvas, focusRing);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        widthProperty().addListener((obs, old, now) -> redraw());
        heightProperty().addListener((obs, old, now) -> redraw());
        ObservableValue<Number> outputScale = sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::renderScaleXProperty);
        outputScale.addListener((obs, old, now) -> redraw());
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (isFocusTraversable()) {
                requestFocus();
            }
        });
    }

    @Override
    protected void layoutChildren() {
        focusRing.resizeRelocate(0, 0, getWidth(), getHeight());
        if (canvas.getWidth() != pixels(getWidth(), pixelScaleX()) || canvas.getHeight() != pixels(getHeight(), pixelScaleY())) {
            redraw();
        }
    }

    public final void redraw() {
        double width = Math.floor(getWidth());
        double height = Math.floor(getHeight());
        double sx = pixelScaleX();
        double sy = pixelScaleY();
        canvas.setWidth(pixels(width, sx));
        canvas.setHeight(pixels(height, sy));
        // The canvas is sx times larger than its place; the node shrinks it back into it.
        canvas.getTransforms().setAll(new Scale(1 / sx, 1 / sy));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setTransform(sx, 0, 0, sy, 0, 0);
        shownTexts.clear();
        if (width > 0 && height > 0) {
            draw(g, width, height);
        }
    }

    private static double pixels(double size, double scale) {
        return Math.max(0, Math.floor(size) * scale);
    }

    /** Screen pixels per unit across: 2 on a HiDPI screen at 200 %, 1 before the pane is on screen. */
    public double pixelScaleX() {
        Window window = getScene() == null ? null : getScene().getWindow();
        return window == null || window.getRenderScaleX() <= 0 ? 1 : window.getRenderScaleX();
    }

    public double pixelScaleY() {
        Window window = getScene() == null ? null : getScene().getWindow();
        return window == null || window.getRenderScaleY() <= 0 ? 1 : window.getRenderScaleY();
    }

    /**
     * Keeps the arrows and Space for this picture while it has the focus, before the classroom keys:
     * it moves its own cursor with them.
     */
    protected final void keepOwnKeys() {
        ownKeys = true;
    }

    /** Whether the picture uses the arrows and Space itself (the classroom keys give way to it). */
    public boolean ownsKeys() {
        return ownKeys;
    }

    /** What a screen reader says for this picture; follows what it shows. */
    protected final void speak(String sentence) {
        setAccessibleText(sentence);
    }

    /** The theme and a font scale (presentation mode's 1.5 times the window's scale); redraws. */
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
        shownTexts.add(new ShownText(text, boxOf(g, text, x, y), g.getFont().getSize()));
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
