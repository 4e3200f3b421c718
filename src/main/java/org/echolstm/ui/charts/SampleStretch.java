package org.echolstm.ui.charts;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A stretch of the samples axis the teacher zoomed to, from {@code lower} to {@code upper} samples:
 * always inside 0 and the samples trained, never narrower than {@link #minimumWidth}. No stretch
 * ({@code Optional.empty()}) means all samples are shown and the axis follows the run; a stretch
 * that would cover every sample trained is no stretch.
 */
record SampleStretch(double lower, double upper) {
    /** The narrowest stretch, in samples, however short the run. */
    static final double MIN_WIDTH = 100;
    /** The curves keep about 500 points: a stretch holds at least two of them, however long the run. */
    static final double SHARE_OF_RUN = 250;

    SampleStretch {
        if (!(lower >= 0 && upper > lower)) {
            throw new IllegalArgumentException("a stretch runs from 0 or more to more: " + lower + " to " + upper);
        }
    }

    double width() {
        return upper - lower;
    }

    double middle() {
        return (lower + upper) / 2;
    }

    /** The narrowest stretch of a run of {@code trained} samples. */
    static double minimumWidth(double trained) {
        return Math.max(MIN_WIDTH, trained / SHARE_OF_RUN);
    }

    /**
     * The stretch around {@code middle}, {@code width} wide but at least the minimum, moved inside
     * 0 and {@code trained}; none when it would cover every sample trained.
     */
    static Optional<SampleStretch> around(double middle, double width, double trained) {
        double wide = Math.max(width, minimumWidth(trained));
        if (!(trained > 0) || wide >= trained) {
            return Optional.empty();
        }
        double lower = Math.min(Math.max(0, middle - wide / 2), trained - wide);
        return Optional.of(new SampleStretch(lower, lower + wide));
    }

    /**
     * A drag from {@code from} to {@code to} samples (either way), clamped to the run, its ends
     * rounded to a power of ten about a twentieth of its width (a drag from 1,995 to 5,986 shows
     * 2,000 to 6,000: a pointer is not that precise, and round ends read better).
     */
    static Optional<SampleStretch> between(double from, double to, double trained) {
        double lower = Math.max(0, Math.min(Math.min(from, to), trained));
        double upper = Math.max(0, Math.min(Math.max(from, to), trained));
        if (upper - lower >= 20) {
            double step = Math.pow(10, Math.floor(Math.log10((upper - lower) / 20)));
            lower = Math.max(0, Math.round(lower / step) * step);
            upper = Math.min(trained, Math.round(upper / step) * step);
        }
        return around((lower + upper) / 2, upper - lower, trained);
    }

    /** Half as wide, around {@code at} (the replayed moment) or else the stretch's middle. */
    static Optional<SampleStretch> zoomIn(Optional<SampleStretch> shown, OptionalDouble at, double trained) {
        SampleStretch from = shown.orElse(trained > 0 ? new SampleStretch(0, trained) : null);
        if (from == null) {
            return shown;
        }
        double middle = at.orElse(from.middle());
        Optional<SampleStretch> in = around(middle, from.width() / 2, trained);
        return in.isPresent() ? in : shown;
    }

    /** Twice as wide around its middle; all samples once that covers the run. */
    static Optional<SampleStretch> zoomOut(Optional<SampleStretch> shown, double trained) {
        return shown.flatMap(s -> around(s.middle(), s.width() * 2, trained));
    }

    /** Moved by {@code share} of its width (negative: to fewer samples), kept inside the run. */
    static Optional<SampleStretch> pan(Optional<SampleStretch> shown, double share, double trained) {
        return shown.flatMap(s -> around(s.middle() + share * s.width(), s.width(), trained));
    }
}
