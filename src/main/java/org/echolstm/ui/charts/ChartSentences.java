package org.echolstm.ui.charts;

import org.echolstm.training.MetricHistory;
import org.echolstm.ui.I18n;

import java.util.List;

/** What a screen reader hears for the charts: the latest loss and accuracies. */
public final class ChartSentences {
    private ChartSentences() {
    }

    /** "Loss 0.12, training accuracy 97 %, held-out 96 % at 3,200 samples." */
    public static String latest(MetricHistory.Curves curves) {
        List<MetricHistory.Point> loss = curves.smoothedLoss().isEmpty() ? curves.loss() : curves.smoothedLoss();
        if (loss.isEmpty()) {
            return I18n.t("speak.charts.empty");
        }
        MetricHistory.Point last = loss.get(loss.size() - 1);
        return I18n.t("speak.charts", String.format(I18n.locale(), "%.2f", last.value()),
                latestPercent(curves.trainAccuracy()), latestPercent(curves.heldOutAccuracy()),
                I18n.count(last.samples()));
    }

    private static String latestPercent(List<MetricHistory.Point> points) {
        return points.isEmpty() ? I18n.t("speak.charts.notYet") : I18n.percent(points.get(points.size() - 1).value());
    }
}
