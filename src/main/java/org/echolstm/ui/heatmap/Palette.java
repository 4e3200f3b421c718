package org.echolstm.ui.heatmap;

import javafx.scene.paint.Color;

/**
 * The colours the canvas controls draw with. Text colours reach 4.5:1 against the window's pane
 * background in their theme, marks 3:1 (WCAG 2.1, 1.4.3 and 1.4.11); a test holds them to it.
 */
public final class Palette {
    /** Text on the light theme's pane background (Modena's {@code -fx-background}, #f4f4f4). */
    public static final Color TEXT_LIGHT = Color.web("#334155");
    /** Text on the dark theme's pane background ({@code -fx-background} in Dark.css, #22262c). */
    public static final Color TEXT_DARK = Color.web("#cfd5de");
    /** The echo index: outline and cell, drawn on the heatmap's own light grid in both themes. */
    public static final Color ECHO = Color.web("#e8590c");
    public static final Color ECHO_TEXT_LIGHT = Color.web("#c2410c");
    public static final Color ECHO_TEXT_DARK = Color.web("#fb923c");
    /** A value that occurs in the sequence, and the predicted value's bar. */
    public static final Color HOT = Color.web("#1f5fbf");
    public static final Color HOT_DARK = Color.web("#4c8ce8");
    /** The heatmap's grid. */
    public static final Color GRID_BACKGROUND = Color.web("#f4f6fa");
    public static final Color GRID_LINE = Color.web("#dde2ea");
    /** Bars of values the model does not pick. */
    public static final Color BAR_LIGHT = Color.web("#64748b");
    public static final Color BAR_DARK = Color.web("#94a3b8");
    /** The outline of the expected value's bar. */
    public static final Color EXPECTED_LIGHT = Color.web("#15803d");
    public static final Color EXPECTED_DARK = Color.web("#4ade80");

    private Palette() {
    }
}
