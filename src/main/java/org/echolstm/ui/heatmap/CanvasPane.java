package org.echolstm.ui.heatmap;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/** A region holding a canvas that follows its size and redraws on resize. */
public abstract class CanvasPane extends Region {
    private final Canvas canvas = new Canvas();
    private javafx.scene.paint.Color textColor = javafx.scene.paint.Color.web("#334155");
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
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            draw(g, canvas.getWidth(), canvas.getHeight());
        }
    }

    /** Text colour for the theme and a font scale for presentation mode; redraws. */
    public void setLook(boolean dark, double scale) {
        textColor = javafx.scene.paint.Color.web(dark ? "#cfd5de" : "#334155");
        fontScale = scale;
        redraw();
    }

    protected javafx.scene.paint.Color textColor() {
        return textColor;
    }

    protected double fontScale() {
        return fontScale;
    }

    protected javafx.scene.text.Font font(double size) {
        return javafx.scene.text.Font.font(size * fontScale);
    }

    public Canvas canvas() {
        return canvas;
    }

    protected abstract void draw(GraphicsContext g, double width, double height);
}
