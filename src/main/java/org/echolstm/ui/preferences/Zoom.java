package org.echolstm.ui.preferences;

/**
 * The window's scale, in the steps View ▸ Zoom in / Zoom out walk through (50 % to 300 %). It
 * multiplies whatever type size the window has, presentation mode's included.
 */
public final class Zoom {
    /** The steps, smallest first; 1 is 100 %. */
    static final double[] STEPS = {0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3};
    public static final double NORMAL = 1;
    /** The type sizes of MainView.css and Presentation.css, which the scale multiplies. */
    public static final double FONT_SIZE = 13;
    public static final double PRESENTATION_FONT_SIZE = 20;
    /** How much larger presentation mode draws the canvases' text. */
    public static final double PRESENTATION_FACTOR = 1.5;
    /** The most of the window a side panel takes when it grows with the type. */
    static final double PANEL_SHARE = 0.26;

    private Zoom() {
    }

    public static double smallest() {
        return STEPS[0];
    }

    public static double largest() {
        return STEPS[STEPS.length - 1];
    }

    /** The next step above {@code scale} (the largest stays). */
    public static double larger(double scale) {
        for (double step : STEPS) {
            if (step > scale + 1e-6) {
                return step;
            }
        }
        return largest();
    }

    /** The next step below {@code scale} (the smallest stays). */
    public static double smaller(double scale) {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < scale - 1e-6) {
                return STEPS[i];
            }
        }
        return smallest();
    }

    /** The step nearest to a stored value; a value that is not a number gives 100 %. */
    public static double nearestStep(double scale) {
        if (!Double.isFinite(scale)) {
            return NORMAL;
        }
        double best = NORMAL;
        for (double step : STEPS) {
            if (Math.abs(step - scale) < Math.abs(best - scale)) {
                best = step;
            }
        }
        return best;
    }

    /** The root type size in pixels for {@code scale}, in or out of presentation mode. */
    public static double fontSize(double scale, boolean presentation) {
        return (presentation ? PRESENTATION_FONT_SIZE : FONT_SIZE) * scale;
    }

    /** The factor canvases draw their text with. */
    public static double canvasFactor(double scale, boolean presentation) {
        return (presentation ? PRESENTATION_FACTOR : 1) * scale;
    }

    /**
     * A side panel's width at {@code scale}, at least: it grows at 30 % of the type's pace above
     * 100 %, so that its captions still fit while the charts and pictures keep most of the room.
     */
    public static double panelWidth(double normalWidth, double scale) {
        return Math.round(normalWidth * (scale <= 1 ? scale : 1 + 0.3 * (scale - 1)));
    }

    /**
     * A side panel's width at {@code scale} in a window {@code windowWidth} wide: as the type grows
     * while that takes at most {@link #PANEL_SHARE} of the window (on a large screen nothing in it
     * is cut), else {@link #panelWidth(double, double) the least}.
     */
    public static double panelWidth(double normalWidth, double scale, double windowWidth) {
        double grown = Math.min(Math.round(normalWidth * scale), Math.round(windowWidth * PANEL_SHARE));
        return Math.max(panelWidth(normalWidth, scale), grown);
    }

    /** "150 %", with a no-break space. */
    public static String percent(double scale) {
        return Math.round(scale * 100) + "\u00a0%";
    }
}
