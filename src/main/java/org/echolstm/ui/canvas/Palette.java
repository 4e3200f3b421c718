package org.echolstm.ui.canvas;

import javafx.scene.paint.Color;
import org.echolstm.ui.preferences.Theme;

/**
 * The colours the canvas controls draw with, one set per theme. They stay apart for the common
 * colour-vision deficiencies: marks take the Okabe–Ito colours, amounts a perceptually uniform map
 * (mako, whose lightness alone orders it), signed values a blue–orange scale; and wherever two things must be told apart, a shape
 * or a mark says it as well. Text reaches 4.5:1 against the pane background, marks 3:1 against what
 * they are drawn on (WCAG 2.1, 1.4.3 and 1.4.11); ContrastTest holds them to it.
 *
 * @param background   the pane behind the canvas (the theme's {@code -color-bg-default})
 * @param text         labels and numbers
 * @param echoText     the echo index's labels
 * @param echo         the echo index's cell and outline, on the grid
 * @param hot          a value that occurs in the sequence, on the grid (the dark end of viridis; light on the dark grid)
 * @param grid         the heatmap's grid background (light, but dark in the dark theme)
 * @param gridLine     the heatmap's grid lines
 * @param accent       the predicted value's bar (filled), and influence bars that support the answer,
 *                     on the pane
 * @param bar          the other values' bars, and influence bars against the answer, on the pane
 * @param expected     the expected value's outline (a frame, never filled), on the pane
 * @param silenced     the cells of a silenced unit
 */
public record Palette(Color background, Color text, Color echoText, Color echo, Color hot, Color grid,
                      Color gridLine, Color accent, Color bar, Color expected, Color silenced) {

    private static final Palette LIGHT = new Palette(Color.web("#ffffff"), Color.web("#1f2328"),
            Color.web("#b34700"), Color.web("#d55e00"), Color.web("#482878"), Color.web("#f6f8fa"),
            Color.web("#d0d7de"), Color.web("#0072b2"), Color.web("#6e7781"), Color.web("#000000"),
            Color.gray(0.75));
    // Dark: the grid is dark too (a light grid glared out of the dark window), and a value that
    // occurs is a light cell on it.
    private static final Palette DARK = new Palette(Color.web("#0d1117"), Color.web("#c9d1d9"),
            Color.web("#e69f00"), Color.web("#e8730c"), Color.web("#cdbcff"), Color.web("#161b22"),
            Color.web("#30363d"), Color.web("#56b4e9"), Color.web("#8b949e"), Color.web("#ffffff"),
            Color.gray(0.45));
    private static final Palette HIGH_CONTRAST = new Palette(Color.BLACK, Color.WHITE,
            Color.web("#ffb000"), Color.web("#d55e00"), Color.web("#440154"), Color.WHITE,
            Color.web("#9e9e9e"), Color.web("#56b4e9"), Color.web("#bdbdbd"), Color.web("#ffff00"),
            Color.gray(0.6));

    /** The palette of {@code theme}. */
    public static Palette of(Theme theme) {
        return switch (theme) {
            case LIGHT -> LIGHT;
            case DARK -> DARK;
            case HIGH_CONTRAST -> HIGH_CONTRAST;
        };
    }

    /**
     * Mako at {@code share} (0…1), reversed: near white for none, through teal and blue to near black
     * for the most. Unlike viridis it starts pale, so a matrix of mostly empty cells stays quiet and
     * "darker is more" holds.
     */
    public static Color amount(double share) {
        double s = 1 - Math.max(0, Math.min(1, share));
        double scaled = s * (MAKO.length - 1);
        int i = (int) Math.min(MAKO.length - 2, Math.floor(scaled));
        return MAKO[i].interpolate(MAKO[i + 1], scaled - i);
    }

    /** A signed value (-1…1) on a blue–white–orange scale: blue for -1, white for 0, orange for +1. */
    public static Color signed(double value) {
        double v = Math.max(-1, Math.min(1, value));
        return v >= 0 ? NEUTRAL.interpolate(POSITIVE, v) : NEUTRAL.interpolate(NEGATIVE, -v);
    }

    private static final Color NEGATIVE = Color.web("#2166ac");
    private static final Color NEUTRAL = Color.web("#f7f7f7");
    private static final Color POSITIVE = Color.web("#e66101");

    /** Mako (seaborn) at eight evenly spaced points, dark to light. */
    private static final Color[] MAKO = {
        Color.web("#0b0405"), Color.web("#2e1e3b"), Color.web("#413d7b"), Color.web("#37659e"),
        Color.web("#348fa7"), Color.web("#40b7ad"), Color.web("#8bdab2"), Color.web("#def5e5"),
    };
}
