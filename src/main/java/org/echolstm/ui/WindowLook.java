package org.echolstm.ui;

import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import org.echolstm.ui.preferences.AppearancePreferences;
import org.echolstm.ui.preferences.Theme;
import org.echolstm.ui.preferences.Zoom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The window's look, in one place: the theme on its scene (AtlantaFX's stylesheet and our
 * overrides), the zoom (the root's type size, in which every control is sized, and the least size
 * of the content before it scrolls), presentation mode's stylesheet, and the canvases' colours and
 * text scale. A view that draws is given the look as it is made and on every change.
 */
final class WindowLook {
    private static final String THEME_CLASS = "theme-";

    private final Region root;
    private final Region content;
    private final double contentMinWidth;
    private final double contentMinHeight;
    private final AppearancePreferences appearance;
    private final BooleanProperty presentation;
    private final Runnable afterScale;
    private final List<BiConsumer<Theme, Double>> canvases = new ArrayList<>();

    /**
     * @param content    the part that scrolls below its least size (at 100 %: {@code contentMinWidth} x {@code contentMinHeight})
     * @param afterScale what else follows the scale (the side panes' widths)
     */
    WindowLook(Region root, Region content, double contentMinWidth, double contentMinHeight,
               AppearancePreferences appearance, BooleanProperty presentation, Runnable afterScale) {
        this.root = root;
        this.content = content;
        this.contentMinWidth = contentMinWidth;
        this.contentMinHeight = contentMinHeight;
        this.appearance = appearance;
        this.presentation = presentation;
        this.afterScale = afterScale;
    }

    /** Puts {@code theme} on a scene: the main window's, or a dialog's that looks like it. */
    static void useTheme(Scene scene, Theme theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        for (Theme each : Theme.values()) {
            each.overrides().ifPresent(name -> scene.getStylesheets().remove(App.resource(name).toExternalForm()));
            scene.getRoot().getStyleClass().remove(THEME_CLASS + each.id());
        }
        theme.overrides().ifPresent(name -> scene.getStylesheets().add(App.resource(name).toExternalForm()));
        scene.getRoot().getStyleClass().add(THEME_CLASS + theme.id());
    }

    /** A view that draws: given the look now and on every change. */
    void follow(BiConsumer<Theme, Double> canvas) {
        canvases.add(canvas);
        canvas.accept(theme(), canvasFactor());
    }

    /** The theme on the window's scene (once it has one), then the scale. */
    void apply() {
        Scene scene = root.getScene();
        if (scene != null) {
            useTheme(scene, theme());
            applyScale();
        }
    }

    /** The window's scale times presentation mode's: the root type size and the canvases' text. */
    void applyScale() {
        double scale = scale();
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", Zoom.fontSize(scale, presentation.get())));
        // Below this the content is cut or squeezed at this zoom: it scrolls instead.
        content.setMinSize(Math.round(contentMinWidth * scale), Math.round(contentMinHeight * scale));
        afterScale.run();
        for (BiConsumer<Theme, Double> canvas : canvases) {
            canvas.accept(theme(), canvasFactor());
        }
    }

    /** Presentation mode's large type: its stylesheet on or off, then the look again. */
    void applyPresentation() {
        String large = App.resource("Presentation.css").toExternalForm();
        root.getStylesheets().remove(large);
        if (presentation.get()) {
            root.getStylesheets().add(large);
        }
        apply();
    }

    double scale() {
        return appearance.scaleProperty().get();
    }

    private Theme theme() {
        return appearance.themeProperty().get();
    }

    /** The canvases' font scale: the window's scale times presentation mode's. */
    private double canvasFactor() {
        return Zoom.canvasFactor(scale(), presentation.get());
    }
}
