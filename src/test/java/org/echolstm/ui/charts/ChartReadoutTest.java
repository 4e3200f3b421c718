package org.echolstm.ui.charts;

import org.echolstm.training.MetricHistory;
import org.echolstm.training.MetricHistory.Point;
import org.echolstm.ui.I18n;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures the charts' pointer label says: each curve's nearest point. */
class ChartReadoutTest {
    private static final MetricHistory.Curves CURVES = new MetricHistory.Curves(
            List.of(new Point(100, 2.5), new Point(200, 1.25), new Point(300, 0.5)),
            List.of(new Point(100, 2.6), new Point(200, 1.5), new Point(300, 0.75)),
            List.of(new Point(100, 0.1), new Point(200, 0.4), new Point(300, 0.8)),
            List.of(new Point(150, 0.3)), 7);

    @Test
    void eachCurveGivesItsPointNearestToThePointer() {
        ChartReadout at = ChartReadout.at(CURVES, 240).orElseThrow();

        assertThat(at.samples()).isEqualTo(200);
        assertThat(at.loss()).contains(new Point(200, 1.25));
        assertThat(at.smoothedLoss()).contains(new Point(200, 1.5));
        assertThat(at.trainAccuracy()).contains(new Point(200, 0.4));
        assertThat(at.heldOutAccuracy()).as("measured less often: its nearest").contains(new Point(150, 0.3));
        assertThat(ChartReadout.at(CURVES, -50).orElseThrow().samples()).isEqualTo(100);
        assertThat(ChartReadout.at(CURVES, 1e9).orElseThrow().samples()).isEqualTo(300);
        assertThat(ChartReadout.at(CURVES, 250).orElseThrow().samples()).as("a tie: the earlier").isEqualTo(200);
    }

    @Test
    void noCurvesNoFigures() {
        MetricHistory.Curves none = new MetricHistory.Curves(List.of(), List.of(), List.of(), List.of(), 0);
        assertThat(ChartReadout.at(none, 10)).isEmpty();
    }

    @Test
    void theTextSaysSamplesLossesAndAccuraciesWithTheirUnits() {
        ChartReadout at = ChartReadout.at(CURVES, 300).orElseThrow();

        assertThat(at.text()).isEqualTo("300\u00a0samples\nloss 0.500, smoothed 0.750\ntraining 80\u00a0%, held-out 30\u00a0%")
                .isEqualTo(I18n.t("chart.readout", "300", "0.500", "0.750", I18n.percent(0.8), I18n.percent(0.3)));
        assertThat(at.sentence()).doesNotContain("\n").contains("300\u00a0samples; loss 0.500");
        ChartReadout lossOnly = new ChartReadout(5, Optional.of(new Point(5, 1)), Optional.empty(), Optional.empty(),
                Optional.empty());
        assertThat(lossOnly.text()).contains("smoothed " + I18n.t("chart.readout.none"));
    }
}
