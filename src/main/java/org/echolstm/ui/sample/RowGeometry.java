package org.echolstm.ui.sample;

/**
 * Where the value rows of the sample picture lie, in a control's own coordinates: row 0 starts at
 * {@code top}, each row is {@code rowHeight} tall. The heatmap computes it and the probability
 * bars take it over, so that each bar sits level with its value's row.
 */
public record RowGeometry(double top, double rowHeight, int rows) {

    public double rowTop(int row) {
        return top + row * rowHeight;
    }

    public double centreY(int row) {
        return rowTop(row) + rowHeight / 2;
    }

    public double bottom() {
        return rowTop(rows);
    }
}
