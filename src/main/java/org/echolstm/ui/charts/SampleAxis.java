package org.echolstm.ui.charts;

import javafx.scene.chart.ValueAxis;
import org.echolstm.ui.I18n;

import java.util.ArrayList;
import java.util.List;

/**
 * The samples-seen axis: from 0 to a round number past the curves, with the tick unit
 * {@link SampleTicks} picks for the axis's length and label font, so labels never touch however
 * wide the chart or long the run, and compact labels (12.5k). It ranges itself whenever the data,
 * the length or the font changes.
 */
final class SampleAxis extends ValueAxis<Number> {
    /** The range in force: 0 to {@code ticks.upper()}, with its pixels per sample. */
    private record Range(SampleTicks.Ticks ticks, double scale) {
    }

    private SampleTicks.Ticks ticks = new SampleTicks.Ticks(SampleTicks.EMPTY_RANGE, SampleTicks.EMPTY_RANGE / 5);

    SampleAxis() {
        super(0, SampleTicks.EMPTY_RANGE);
        setAutoRanging(true);
        setMinorTickCount(2);
        tickLabelFontProperty().addListener((obs, old, now) -> invalidateRange());
    }

    /** Back to the range shown before training: with no data the axis would keep its last range. */
    void reset() {
        setUpperBound(SampleTicks.EMPTY_RANGE);
        invalidateRange(List.of());
    }

    /** The last tick, where the axis ends. */
    long upper() {
        return ticks.upper();
    }

    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        SampleTicks.Ticks chosen = SampleTicks.choose((long) Math.ceil(maxValue), length,
                label -> measureTickMarkLabelSize(label, 0).getWidth(), Math.max(8, getTickLabelFont().getSize()),
                I18n.locale());
        return new Range(chosen, calculateNewScale(length, 0, chosen.upper()));
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        Range r = (Range) range;
        ticks = r.ticks();
        setLowerBound(0);
        setUpperBound(ticks.upper());
        currentLowerBound.set(0);
        setScale(r.scale());
    }

    @Override
    protected Object getRange() {
        return new Range(ticks, getScale());
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        SampleTicks.Ticks shown = ((Range) range).ticks();
        List<Number> values = new ArrayList<>();
        for (long k = 0; k <= shown.intervals(); k++) {
            values.add(k * shown.unit());
        }
        return values;
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        List<Number> minor = new ArrayList<>();
        double step = (double) ticks.unit() / Math.max(1, getMinorTickCount());
        for (long k = 0; k < ticks.intervals(); k++) {
            for (int m = 1; m < getMinorTickCount(); m++) {
                minor.add(k * ticks.unit() + m * step);
            }
        }
        return minor;
    }

    @Override
    protected String getTickMarkLabel(Number samples) {
        return SampleTicks.label(samples.doubleValue(), I18n.locale());
    }

    /**
     * As {@link ValueAxis#getDisplayPosition}, without the rounding error that puts the last tick
     * a hair past the axis's end, where {@code Axis} would hide its label.
     */
    @Override
    public double getDisplayPosition(Number value) {
        double position = super.getDisplayPosition(value);
        double length = getWidth();
        return position > length && position - length < 1e-6 ? length : position;
    }
}
