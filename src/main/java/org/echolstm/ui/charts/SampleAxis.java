package org.echolstm.ui.charts;

import javafx.scene.chart.ValueAxis;
import org.echolstm.ui.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The samples-seen axis: from 0 to a round number past the curves, with the tick unit
 * {@link SampleTicks} picks for the axis's length and label font, so labels never touch however
 * wide the chart or long the run, and compact labels (12.5k). It ranges itself whenever the data,
 * the length or the font changes. Zoomed to a {@link SampleStretch}, it shows just that stretch,
 * whatever the curves gain, until it is shown all samples again.
 */
final class SampleAxis extends ValueAxis<Number> {
    /** The range in force: lower to upper samples with ticks {@code unit} apart, and its pixels per sample. */
    private record Range(double lower, double upper, long unit, double scale) {
    }

    private Range range = new Range(0, SampleTicks.EMPTY_RANGE, SampleTicks.EMPTY_RANGE / 5, 1);
    /** The stretch zoomed to; none: from 0 to past the curves. */
    private Optional<SampleStretch> stretch = Optional.empty();

    SampleAxis() {
        super(0, SampleTicks.EMPTY_RANGE);
        setAutoRanging(true);
        setMinorTickCount(2);
        tickLabelFontProperty().addListener((obs, old, now) -> invalidateRange());
    }

    /** Back to the range shown before training: with no data the axis would keep its last range. */
    void reset() {
        stretch = Optional.empty();
        setUpperBound(SampleTicks.EMPTY_RANGE);
        invalidateRange(List.of());
    }

    /** Shows just {@code shown}, or (empty) all samples again. */
    void zoom(Optional<SampleStretch> shown) {
        if (!shown.equals(stretch)) {
            stretch = shown;
            invalidateRange();
        }
    }

    /** The last tick, where the axis ends. */
    long upper() {
        return (long) Math.ceil(range.upper());
    }

    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        double gap = Math.max(8, getTickLabelFont().getSize());
        if (stretch.isPresent()) {
            SampleStretch s = stretch.get();
            long unit = SampleTicks.unitWithin(s.lower(), s.upper(), length,
                    label -> measureTickMarkLabelSize(label, 0).getWidth(), gap, I18n.locale());
            return new Range(s.lower(), s.upper(), unit, calculateNewScale(length, s.lower(), s.upper()));
        }
        SampleTicks.Ticks chosen = SampleTicks.choose((long) Math.ceil(maxValue), length,
                label -> measureTickMarkLabelSize(label, 0).getWidth(), gap, I18n.locale());
        return new Range(0, chosen.upper(), chosen.unit(), calculateNewScale(length, 0, chosen.upper()));
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        Range r = (Range) range;
        this.range = r;
        setLowerBound(r.lower());
        setUpperBound(r.upper());
        currentLowerBound.set(r.lower());
        setScale(r.scale());
    }

    @Override
    protected Object getRange() {
        return new Range(range.lower(), range.upper(), range.unit(), getScale());
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        Range shown = (Range) range;
        List<Number> values = new ArrayList<>();
        for (long k = (long) Math.ceil(shown.lower() / shown.unit()); k * shown.unit() <= shown.upper(); k++) {
            values.add(k * shown.unit());
        }
        return values;
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        List<Number> minor = new ArrayList<>();
        double step = (double) range.unit() / Math.max(1, getMinorTickCount());
        for (long k = (long) Math.floor(range.lower() / range.unit()); k * range.unit() < range.upper(); k++) {
            for (int m = 1; m < getMinorTickCount(); m++) {
                double at = k * range.unit() + m * step;
                if (at >= range.lower() && at <= range.upper()) {
                    minor.add(at);
                }
            }
        }
        return minor;
    }

    @Override
    protected String getTickMarkLabel(Number samples) {
        return stretch.isPresent() ? SampleTicks.label(samples.doubleValue(), range.unit(), I18n.locale())
                : SampleTicks.label(samples.doubleValue(), I18n.locale());
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
