package org.echolstm.ui.sample;

import javafx.geometry.Insets;
import javafx.scene.layout.Region;
import org.echolstm.ui.preferences.Theme;

/**
 * The current sample as one picture: the one-hot heatmap and, to its right, the probability bars
 * on the heatmap's own rows, so each bar stays level with its value's row at every size. The
 * heatmap decides the rows; the bars follow whenever they change.
 */
public final class SamplePicture extends Region {
    private static final double GAP = 6;
    private static final double MIN_BARS = 70;
    private static final double MAX_BARS = 180;

    private final OneHotHeatmap heatmap = new OneHotHeatmap();
    private final ProbabilityBars bars = new ProbabilityBars();

    public SamplePicture() {
        getStyleClass().add("sample-picture");
        getChildren().addAll(heatmap, bars);
        heatmap.rowGeometryProperty().addListener((obs, old, rows) -> bars.setRows(rows));
    }

    public OneHotHeatmap heatmap() {
        return heatmap;
    }

    public ProbabilityBars bars() {
        return bars;
    }

    /** See {@link OneHotHeatmap#show}. */
    public void show(int[] sequence, int features, int echoIndex) {
        heatmap.show(sequence, features, echoIndex);
    }

    /** See {@link OneHotHeatmap#setInfluence}. */
    public void setInfluence(float[] influence) {
        heatmap.setInfluence(influence);
    }

    /** See {@link ProbabilityBars#show}. */
    public void showProbabilities(float[] probabilities, int predicted, int expected) {
        bars.show(probabilities, predicted, expected);
    }

    /** See {@link ProbabilityBars#clear}. */
    public void clearProbabilities(int features) {
        bars.clear(features);
    }

    /** See {@link ProbabilityBars#hide}. */
    public void hideProbabilities(int features) {
        bars.hide(features);
    }

    public void setLook(Theme theme, double scale) {
        heatmap.setLook(theme, scale);
        bars.setLook(theme, scale);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double width = getWidth() - in.getLeft() - in.getRight();
        double height = getHeight() - in.getTop() - in.getBottom();
        double barsWidth = Math.max(MIN_BARS, Math.min(MAX_BARS, width * 0.27));
        // The grid rarely fills its room exactly (whole pixels per cell): the heatmap gets the width
        // of its grid, more than the room where even one pixel per step does not fit, and the bars
        // take the rest. One resize only: each resize redraws the canvas, and a canvas that changes
        // size asks for another layout pass.
        double heatmapWidth = heatmap.neededWidth(Math.max(0, width - barsWidth - GAP), height);
        heatmap.resizeRelocate(x, y, heatmapWidth, height);
        bars.resizeRelocate(x + heatmapWidth + GAP, y, Math.max(0, width - heatmapWidth - GAP), height);
        bars.setRows(heatmap.rowGeometry());
    }

    @Override
    protected double computeMinWidth(double height) {
        return heatmap.minWidth(height) + GAP + MIN_BARS + getInsets().getLeft() + getInsets().getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return heatmap.minHeight(width) + getInsets().getTop() + getInsets().getBottom();
    }

    @Override
    protected double computePrefWidth(double height) {
        return heatmap.prefWidth(height) + GAP + bars.prefWidth(height) + getInsets().getLeft() + getInsets().getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        return heatmap.prefHeight(width) + getInsets().getTop() + getInsets().getBottom();
    }
}
