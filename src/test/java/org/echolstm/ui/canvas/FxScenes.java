package org.echolstm.ui.canvas;

import javafx.application.Application;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.echolstm.ui.preferences.Theme;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the control tests share: JavaFX started headless, work run on the FX thread, and a control
 * laid out at a given size in a scene styled as the window styles it (light, dark or high-contrast
 * theme, normal or presentation type), without opening the window.
 */
public final class FxScenes {
    private FxScenes() {
    }

    /** How the window looks: the theme and whether presentation mode is on. */
    public enum Look {
        LIGHT(Theme.LIGHT, false), DARK(Theme.DARK, false), HIGH_CONTRAST(Theme.HIGH_CONTRAST, false),
        PRESENTATION(Theme.LIGHT, true), DARK_PRESENTATION(Theme.DARK, true),
        HIGH_CONTRAST_PRESENTATION(Theme.HIGH_CONTRAST, true);

        public final Theme theme;
        public final boolean presentation;

        Look(Theme theme, boolean presentation) {
            this.theme = theme;
            this.presentation = presentation;
        }

        /** The font scale the window passes to the canvas controls. */
        public double scale() {
            return presentation ? 1.5 : 1;
        }
    }

    public static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    public static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    public static void onFx(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Puts {@code control} alone in a scene of {@code width} × {@code height} with the window's
     * style sheets (the theme on the scene, presentation mode on the root, as the window does)
     * and lays it out. Call on the FX thread.
     */
    public static StackPane layOut(Parent control, double width, double height, Look look) {
        StackPane root = new StackPane(control);
        root.getStyleClass().add("main-view");
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(css("MainView.css"));
        // The theme as the window puts it: the application's stylesheet, overrides, a class on the root.
        Application.setUserAgentStylesheet(look.theme.userAgentStylesheet());
        look.theme.overrides().ifPresent(name -> scene.getStylesheets().add(css(name)));
        root.getStyleClass().add("theme-" + look.theme.id());
        if (look.presentation) {
            root.getStylesheets().add(css("Presentation.css"));
        }
        if (control instanceof CanvasPane canvas) {
            canvas.setLook(look.theme, look.scale());
        }
        // Charts settle their axes over two passes.
        for (int pass = 0; pass < 3; pass++) {
            root.applyCss();
            root.layout();
        }
        return root;
    }

    public static String css(String name) {
        URL url = Objects.requireNonNull(FxScenes.class.getResource("/org/echolstm/ui/" + name), name);
        return url.toExternalForm();
    }

    /** The plain colour of the root's background (the window's pane background). */
    public static Color background(Region region) {
        Paint fill = region.getBackground().getFills().get(region.getBackground().getFills().size() - 1).getFill();
        return (Color) fill;
    }

    /** WCAG 2 contrast ratio of two opaque colours (1 to 21). */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance (0 black to 1 white). */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** No two texts cover each other (a pixel of touching is allowed). */
    public static void assertNoOverlap(List<CanvasPane.ShownText> texts, String where) {
        assertThat(texts).as(where).isNotEmpty();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Bounds a = inset(texts.get(i).bounds());
                Bounds b = inset(texts.get(j).bounds());
                assertThat(a.intersects(b)).as(where + ": '" + texts.get(i).text() + "' " + a + " and '"
                        + texts.get(j).text() + "' " + b).isFalse();
            }
        }
    }

    /** Every text lies within the control (half a pixel of slack). */
    public static void assertInside(List<CanvasPane.ShownText> texts, double width, double height, String where) {
        for (CanvasPane.ShownText text : texts) {
            Bounds box = text.bounds();
            assertThat(box.getMinX() >= -0.5 && box.getMinY() >= -0.5 && box.getMaxX() <= width + 0.5
                    && box.getMaxY() <= height + 0.5).as(where + ": '" + text.text() + "' " + box).isTrue();
        }
    }

    private static Bounds inset(Bounds bounds) {
        return new BoundingBox(bounds.getMinX() + 0.5, bounds.getMinY() + 0.5, Math.max(0, bounds.getWidth() - 1),
                Math.max(0, bounds.getHeight() - 1));
    }
}
