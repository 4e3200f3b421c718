package org.echolstm.ui.charts;

import org.echolstm.training.MetricHistory;
import org.echolstm.training.MetricHistory.Point;
import org.echolstm.ui.I18n;

import java.util.List;
import java.util.Optional;

/**
 * The figures of the curves at one sample count, as the charts' pointer label and a screen reader
 * say them: each curve's point nearest to it (held-out accuracy is measured less often than the
 * rest, so its nearest point may lie a little further off).
 */
public record ChartReadout(long samples, Optional<Point> loss, Optional<Point> smoothedLoss,
                           Optional<Point> trainAccuracy, Optional<Point> heldOutAccuracy) {

    /** The figures nearest to {@code samples}; empty where the curves have no point. */
    public static Optional<ChartReadout> at(MetricHistory.Curves curves, double samples) {
        Optional<Point> loss = nearest(curves.loss(), samples);
        Optional<Point> smoothed = nearest(curves.smoothedLoss(), samples);
        Optional<Point> train = nearest(curves.trainAccuracy(), samples);
        Optional<Point> heldOut = nearest(curves.heldOutAccuracy(), samples);
        Optional<Point> anchor = loss.or(() -> smoothed).or(() -> train).or(() -> heldOut);
        return anchor.map(p -> new ChartReadout(p.samples(), loss, smoothed, train, heldOut));
    }

    /** The point whose sample count is nearest to {@code samples} (the earlier one on a tie); the points are in order. */
    static Optional<Point> nearest(List<Point> points, double samples) {
        if (points.isEmpty()) {
            return Optional.empty();
        }
        int low = 0;
        int high = points.size() - 1;
        while (low < high) { // the first point at or after samples
            int middle = (low + high) >>> 1;
            if (points.get(middle).samples() < samples) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        Point after = points.get(low);
        if (low > 0 && samples - points.get(low - 1).samples() <= after.samples() - samples) {
            return Optional.of(points.get(low - 1));
        }
        return Optional.of(after);
    }

    /** "3,200 samples", then "loss 0.421, smoothed 0.455", then "training 81 %, held-out 78 %", on three lines. */
    public String text() {
        return I18n.t("chart.readout", I18n.count(samples), lossText(loss), lossText(smoothedLoss),
                percentText(trainAccuracy), percentText(heldOutAccuracy));
    }

    /** The same in one sentence, for a screen reader. */
    public String sentence() {
        return text().replace("\n", "; ");
    }

    private static String lossText(Optional<Point> point) {
        return point.map(p -> String.format(I18n.locale(), "%.3f", p.value())).orElse(I18n.t("chart.readout.none"));
    }

    private static String percentText(Optional<Point> point) {
        return point.map(p -> I18n.percent(p.value())).orElse(I18n.t("chart.readout.none"));
    }
}
