package org.echolstm.ui.inside;

import org.echolstm.ui.I18n;
import org.echolstm.ui.canvas.CanvasPane.ShownText;
import org.echolstm.ui.canvas.FxScenes;
import org.echolstm.ui.canvas.FxScenes.Look;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echolstm.ui.canvas.FxScenes.layOut;
import static org.echolstm.ui.canvas.FxScenes.onFx;

class GradientChartTest {
    private static final double[][] SIZES = {{GradientChart.MIN_WIDTH, GradientChart.MIN_HEIGHT}, {300, 150},
            {600, 170}, {1000, 240}};

    @BeforeAll
    static void startFx() throws Exception {
        FxScenes.startFx();
    }

    /** A plain RNN's gradient falling a decade every two steps back, the LSTM's peaking at the echo index. */
    private static GradientFlow flow(int steps, int echo, OptionalLong rnnSamples) {
        double[] lstm = new double[steps];
        double[] rnn = new double[steps];
        for (int t = 0; t < steps; t++) {
            lstm[t] = t == echo ? 0.3 : 0.003;
            rnn[t] = Math.pow(10, -(steps - 1 - t) / 2.0);
        }
        return new GradientFlow(lstm, rnn, echo, rnnSamples);
    }

    private static List<String> texts(GradientChart chart) {
        return chart.shownTexts().stream().map(ShownText::text).toList();
    }

    @Test
    void theLegendSaysWhatThePlainRnnIsAndTheAxisIsInDecades() throws Exception {
        onFx(() -> {
            GradientChart chart = new GradientChart();
            chart.show(Optional.of(flow(10, 7, OptionalLong.empty())));
            layOut(chart, 600, 170, Look.LIGHT);
            assertThat(texts(chart)).contains(I18n.t("gradient.lstm"), I18n.t("gradient.rnnUntrained"),
                    I18n.t("gradient.echo"), "7", "10⁰", "10⁻⁵");

            chart.show(Optional.of(flow(10, 7, OptionalLong.of(9216))));
            assertThat(texts(chart)).contains(I18n.t("gradient.rnnTrained", I18n.count(9216)))
                    .doesNotContain(I18n.t("gradient.rnnUntrained"));

            chart.show(Optional.empty());
            assertThat(chart.shownTexts()).isEmpty();
        });
    }

    @Test
    void noTextOverlapsOrLeavesTheControlAtAnySize() throws Exception {
        for (int steps : new int[] {4, 10, 50}) {
            for (double[] size : SIZES) {
                for (Look look : List.of(Look.LIGHT, Look.PRESENTATION)) {
                    onFx(() -> {
                        GradientChart chart = new GradientChart();
                        chart.show(Optional.of(flow(steps, steps / 2, OptionalLong.of(123_456))));
                        layOut(chart, size[0], size[1], look);
                        String where = steps + " steps at " + size[0] + "x" + size[1] + " " + look;
                        FxScenes.assertNoOverlap(chart.shownTexts(), where);
                        FxScenes.assertInside(chart.shownTexts(), size[0], size[1], where);
                        assertThat(texts(chart)).as(where).contains(Integer.toString(steps / 2));
                    });
                }
            }
        }
    }

    @Test
    void powersOfTenAreWrittenWithSuperscripts() {
        assertThat(GradientChart.power(0)).isEqualTo("10⁰");
        assertThat(GradientChart.power(-12)).isEqualTo("10⁻¹²");
        assertThat(GradientChart.power(3)).isEqualTo("10³");
    }
}
