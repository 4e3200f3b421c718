package org.echolstm.ui;

import org.echolstm.model.GateClamp;
import org.echolstm.model.LstmTrace;
import org.echolstm.training.ConfusionMatrix;
import org.echolstm.training.MetricHistory;
import org.echolstm.training.MetricHistory.Point;
import org.echolstm.ui.charts.ChartSentences;
import org.echolstm.ui.confusion.ConfusionSentences;
import org.echolstm.ui.sample.SampleSentences;
import org.echolstm.ui.inside.Inside;
import org.echolstm.ui.inside.InsideSentences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What a screen reader hears for the pictures follows what they show, in English and German. */
class SpokenSentencesTest {
    private Locale before;

    @BeforeEach
    void english() {
        before = I18n.locale();
        I18n.use(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        I18n.use(before);
    }

    @Test
    void theSampleSaysItsValuesAndTheEchoIndex() {
        int[] sequence = {3, 7, 1, 9};
        assertThat(SampleSentences.sequence(sequence, 10, 2))
                .isEqualTo("4 time steps over values 0 to 9: 3, 7, 1, 9. The echo index is time step 2, which holds value 1.");
        assertThat(SampleSentences.step(sequence, 2, 1)).isEqualTo("Time step 1 holds value 7.");
        assertThat(SampleSentences.step(sequence, 2, 2)).contains("echo index").contains("value 1");
        assertThat(SampleSentences.sequence(new int[] {5, 5, 5, 5}, 10, 2)).contains("5, 5, 5, 5").contains("value 5");
        assertThat(SampleSentences.sequence(new int[0], 10, 2)).isEqualTo("No sample yet.");
    }

    @Test
    void theAnswerSaysRightOrWrongAndHowSure() {
        float[] probabilities = {0.1f, 0.14f, 0.76f};
        assertThat(SampleSentences.answer(probabilities, 2, 2)).isEqualTo("Predicted 2, expected 2: right; probability 76\u00a0%.");
        assertThat(SampleSentences.answer(probabilities, 1, 2)).isEqualTo("Predicted 1, expected 2: wrong; probability 14\u00a0%.");
        assertThat(SampleSentences.answer(new float[3], -1, -1)).isEqualTo("No prediction yet.");
    }

    @Test
    void theGatesSayTheChosenUnitAtTheEchoIndexAndWhichAreSilenced() {
        Inside inside = inside(new BitSet());
        String unit0 = InsideSentences.gates(inside, 0);
        String unit1 = InsideSentences.gates(inside, 1);
        assertThat(unit0).startsWith("2 units over 3 time steps; no unit silenced.")
                .contains("Gate values of unit 0 at the echo index (time step 1): input 0.10, forget 0.20, output 0.30")
                .contains("hidden state -0.50");
        assertThat(unit1).contains("unit 1").contains("input 0.60");
        BitSet silenced = new BitSet();
        silenced.set(1);
        assertThat(InsideSentences.gates(inside(silenced), 1)).contains("unit 1 silenced").endsWith("This unit is silenced.");
    }

    @Test
    void theConfusionMatrixSaysTheDiagonalAndTheCommonestMistake() {
        ConfusionMatrix matrix = new ConfusionMatrix(new int[][] {{5, 0, 0}, {0, 3, 2}, {0, 0, 10}});
        assertThat(ConfusionSentences.confusion(matrix))
                .isEqualTo("Confusion matrix of 20 held-out samples: 90\u00a0% on the diagonal; most common mistake 1 read as 2 (2 times).");
        ConfusionMatrix perfect = new ConfusionMatrix(new int[][] {{4, 0}, {0, 4}});
        assertThat(ConfusionSentences.confusion(perfect)).contains("100\u00a0%").endsWith("no mistakes.");
    }

    @Test
    void theChartsSayTheLatestValues() {
        MetricHistory.Curves curves = new MetricHistory.Curves(List.of(new Point(100, 2.5), new Point(3200, 0.2)),
                List.of(new Point(100, 2.4), new Point(3200, 0.12)), List.of(new Point(3200, 0.97)),
                List.of(new Point(3200, 0.96)), 1);
        assertThat(ChartSentences.latest(curves))
                .isEqualTo("Loss 0.12, training accuracy 97\u00a0%, held-out 96\u00a0% at 3,200\u00a0samples.");
        MetricHistory.Curves early = new MetricHistory.Curves(List.of(new Point(32, 3.1)), List.of(), List.of(),
                List.of(), 1);
        assertThat(ChartSentences.latest(early)).isEqualTo("Loss 3.10, training accuracy not measured yet, "
                + "held-out not measured yet at 32\u00a0samples.");
        assertThat(ChartSentences.latest(new MetricHistory.Curves(List.of(), List.of(), List.of(), List.of(), 0)))
                .isEqualTo("No training yet: the charts are empty.");
    }

    @Test
    void germanSentencesComeFromTheGermanBundle() {
        I18n.use(Locale.GERMAN);
        assertThat(SampleSentences.answer(new float[] {0.2f, 0.8f}, 1, 1)).isEqualTo(
                "Vorhergesagt 1, erwartet 1: richtig; Wahrscheinlichkeit 80\u00a0%.");
        assertThat(InsideSentences.gates(inside(new BitSet()), 0)).contains("Gate-Werte der Einheit 0").contains("0,10");
        assertThat(ConfusionSentences.confusion(new ConfusionMatrix(new int[][] {{600, 400}, {0, 1000}})))
                .contains("2.000 Testbeispielen").contains("0 als 1 gelesen (400-mal)");
    }

    /** Two units, three steps, echo index 1: unit 0's gates at step 1 are 0.1, 0.2, 0.3. */
    private static Inside inside(BitSet silenced) {
        float[][] input = {{0, 0}, {0.1f, 0.6f}, {0, 0}};
        float[][] forget = {{0, 0}, {0.2f, 0.7f}, {0, 0}};
        float[][] output = {{0, 0}, {0.3f, 0.8f}, {0, 0}};
        float[][] candidate = {{0, 0}, {0, 0}, {0, 0}};
        float[][] cell = {{0, 0}, {0.4f, 0.9f}, {0, 0}};
        float[][] hidden = {{0, 0}, {-0.5f, 0.1f}, {0, 0}};
        LstmTrace trace = new LstmTrace(new int[] {1, 2, 0}, input, forget, output, candidate, cell, hidden,
                new float[] {0.2f, 0.5f, 0.3f});
        return new Inside(trace, new float[3], 1, silenced, GateClamp.NONE, 0.9, 0.8);
    }
}
