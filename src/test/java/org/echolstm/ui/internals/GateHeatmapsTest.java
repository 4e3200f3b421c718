package org.echolstm.ui.internals;

import org.echolstm.model.LstmProbe;
import org.echolstm.model.LstmTrace;
import org.echolstm.ui.I18n;
import org.echolstm.ui.heatmap.CanvasPane.ShownText;
import org.echolstm.ui.heatmap.FxScenes;
import org.echolstm.ui.heatmap.FxScenes.Look;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echolstm.ui.heatmap.FxScenes.layOut;
import static org.echolstm.ui.heatmap.FxScenes.onFx;

class GateHeatmapsTest {
    /** From crushed (a 300 px side panel open) to a large window. */
    private static final double[][] SIZES = {{200, 200}, {260, 420}, {300, 260}, {365, 480}, {600, 460},
            {900, 300}, {1000, 700}};
    private static final String[] TITLES = {"input gate", "forget gate", "output gate", "candidate", "cell state",
            "hidden state"};

    @BeforeAll
    static void startFx() throws Exception {
        FxScenes.startFx();
    }

    static Inside inside(int units, int steps) {
        Random random = new Random(units * 1000L + steps);
        float[][][] values = new float[6][steps][units];
        for (float[][] quantity : values) {
            for (float[] step : quantity) {
                for (int u = 0; u < units; u++) {
                    step[u] = random.nextFloat() * 2 - 1;
                }
            }
        }
        LstmTrace trace = new LstmTrace(new int[steps], values[0], values[1], values[2], values[3], values[4],
                values[5], new float[5]);
        return new Inside(trace, new float[steps], steps / 2, new BitSet(), LstmProbe.GateClamp.NONE, 0.5, 0.5);
    }

    private static GateHeatmaps drawn(int units, int steps, double[] size, Look look) {
        GateHeatmaps gates = new GateHeatmaps();
        gates.show(inside(units, steps));
        layOut(gates, size[0], size[1], look);
        return gates;
    }

    @Test
    void noTextOverlapsOrLeavesTheControlAtAnySize() throws Exception {
        for (int units : new int[] {8, 25, 64}) {
            for (int steps : new int[] {5, 10, 50}) {
                for (double[] size : SIZES) {
                    for (Look look : List.of(Look.LIGHT, Look.PRESENTATION)) {
                        onFx(() -> {
                            GateHeatmaps gates = drawn(units, steps, size, look);
                            String where = units + " units × " + steps + " steps at " + size[0] + "x" + size[1] + " " + look;
                            List<ShownText> texts = gates.shownTexts();
                            FxScenes.assertNoOverlap(texts, where);
                            FxScenes.assertInside(texts, size[0], size[1], where);
                            for (String title : TITLES) {
                                assertThat(texts).as(where + ": " + title).anyMatch(t -> t.text().equals(title)
                                        || t.text().endsWith("…") && title.startsWith(t.text().substring(0, t.text().length() - 1)));
                            }
                        });
                    }
                }
            }
        }
    }

    /**
     * Where some arrangement has room for the titles, one with whole titles is chosen: on the
     * Inside tab at 1024x768 (about 370 x 190) six narrow columns won and read "output g…".
     */
    @Test
    void titlesAreWholeWhereThereIsRoomForThem() throws Exception {
        for (double[] size : new double[][] {{370, 190}, {420, 240}, {600, 460}, {1000, 700}}) {
            onFx(() -> {
                List<String> shown = drawn(25, 10, size, Look.LIGHT).shownTexts().stream().map(ShownText::text).toList();
                assertThat(shown).as("at " + size[0] + "x" + size[1]).contains(TITLES);
            });
        }
    }

    @Test
    void unitNumbersAreShownWhereThereIsRoom() throws Exception {
        onFx(() -> {
            GateHeatmaps gates = drawn(25, 10, new double[] {600, 460}, Look.LIGHT);
            List<String> texts = gates.shownTexts().stream().map(ShownText::text).toList();
            assertThat(texts.stream().filter("0"::equals)).hasSize(6);
            assertThat(texts).contains(I18n.t("inside.legend"));
        });
    }

    @Test
    void aClickOnARowFindsItsUnitInEveryHeatmap() throws Exception {
        for (double[] size : SIZES) {
            onFx(() -> {
                GateHeatmaps gates = drawn(16, 10, size, Look.LIGHT);
                for (int panel = 0; panel < 6; panel++) {
                    for (int unit = 0; unit < 16; unit++) {
                        assertThat(gates.unitAt(gates.panelCentreX(panel), gates.rowCentreY(panel, unit)))
                                .as(size[0] + "x" + size[1] + " panel " + panel).hasValue(unit);
                    }
                }
            });
        }
    }

    @Test
    void theEmptyNoteWrapsInsideASmallPanel() throws Exception {
        onFx(() -> {
            GateHeatmaps gates = new GateHeatmaps();
            layOut(gates, GateHeatmaps.MIN_WIDTH, GateHeatmaps.MIN_HEIGHT, Look.PRESENTATION);
            List<ShownText> texts = gates.shownTexts();
            assertThat(texts).hasSizeGreaterThan(1);
            FxScenes.assertInside(texts, GateHeatmaps.MIN_WIDTH, GateHeatmaps.MIN_HEIGHT, "empty");
            assertThat(String.join(" ", texts.stream().map(ShownText::text).toList())).isEqualTo(I18n.t("inside.empty"));
        });
    }
}
