package org.echolstm.ui.preferences;

import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

import java.util.List;

/**
 * Where the window is and how large, as the user left it: its bounds when not maximised (what
 * un-maximising returns to) and whether it is maximised.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    /** What a first start asks for, where the screen allows. */
    static final double PREFERRED_WIDTH = 1440;
    static final double PREFERRED_HEIGHT = 900;

    /** A first start: as large as the window likes to be, no larger than the screen, centred on it. */
    public static WindowPlacement firstStart(Rectangle2D screen) {
        return new WindowPlacement(Double.NaN, Double.NaN, PREFERRED_WIDTH, PREFERRED_HEIGHT, false)
                .fittedTo(List.of(screen), screen);
    }

    /**
     * The placement on the screen that holds its middle (the primary one when none does, as when
     * the screen it was on is gone): no larger than that screen and wholly on it. A placement
     * without a position is centred.
     */
    public WindowPlacement fittedTo(List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D screen = null;
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            for (Rectangle2D each : screens) {
                if (each.contains(x + width / 2, y + height / 2)) {
                    screen = each;
                }
            }
        }
        boolean centred = screen == null;
        if (centred) {
            screen = primary;
        }
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        double left = centred ? screen.getMinX() + (screen.getWidth() - w) / 2 : x;
        double top = centred ? screen.getMinY() + (screen.getHeight() - h) / 2 : y;
        return new WindowPlacement(clamp(left, screen.getMinX(), screen.getMaxX() - w),
                clamp(top, screen.getMinY(), screen.getMaxY() - h), w, h, maximized);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }

    /** Puts the window there (the bounds first: they are what un-maximising returns to). */
    public void applyTo(Stage stage) {
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(width);
        stage.setHeight(height);
        if (maximized) {
            stage.setMaximized(true);
        }
    }

    /** The window's placement now; while it is maximised or full screen, {@code normal}'s bounds are kept. */
    public static WindowPlacement of(Stage stage, WindowPlacement normal) {
        if (stage.isMaximized() || stage.isFullScreen() || stage.isIconified()) {
            return new WindowPlacement(normal.x, normal.y, normal.width, normal.height, stage.isMaximized());
        }
        return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
    }
}
