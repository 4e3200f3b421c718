package org.echolstm.ui.heatmap;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URL;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * What the control tests share: JavaFX started headless, work run on the FX thread, and a control
 * laid out at a given size in a scene styled as the window styles it (light or dark theme,
 * normal or presentation type), without opening the window.
 */
public final class FxScenes {
    private FxScenes() {
    }

    /** How the window looks: the theme and whether presentation mode is on. */
    public enum Look {
        LIGHT(false, false), DARK(true, false), PRESENTATION(false, true), DARK_PRESENTATION(true, true);

        public final boolean dark;
        public final boolean presentation;

        Look(boolean dark, boolean presentation) {
            this.dark = dark;
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
        if (look.dark) {
            scene.getStylesheets().add(css("Dark.css"));
        }
        if (look.presentation) {
            root.getStylesheets().add(css("Presentation.css"));
        }
        if (control instanceof CanvasPane canvas) {
            canvas.setLook(look.dark, look.scale());
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
    public static Color background(javafx.scene.layout.Region region) {
        Paint fill = region.getBackground().getFills().get(region.getBackground().getFills().size() - 1).getFill();
        return (Color) fill;
    }

    /** WCAG 2 contrast ratio of two opaque colours (1 to 21). */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
