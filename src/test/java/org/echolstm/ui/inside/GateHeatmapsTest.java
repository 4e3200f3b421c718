package org.echolstm.ui.inside;

import javafx.event.Event;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.echolstm.model.GateClamp;
import org.echolstm.model.LstmTrace;
import org.echolstm.ui.I18n;
import org.echolstm.ui.canvas.CanvasPane.ShownText;
import org.echolstm.ui.canvas.FxScenes;
import org.echolstm.ui.canvas.FxScenes.Look;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echolstm.ui.canvas.FxScenes.layOut;
import static org.echolstm.ui.canvas.FxScenes.onFx;

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
        return new Inside(trace, new float[steps], steps / 2, new BitSet(), GateClamp.NONE, 0.5, 0.5);
    }

    /**
     * The heatmaps laid out {@code size[0]} wide and as high as given, or as their rows need where
     * that is more (the tab scrolls then).
     */
    private static GateHeatmaps drawn(int units, int steps, double[] size, Look look) {
        return drawn(inside(units, steps), size, look);
    }

    private static GateHeatmaps drawn(Inside shown, double[] size, Look look) {
        GateHeatmaps gates = new GateHeatmaps();
        gates.show(shown);
        layOut(gates, size[0], size[1], look);
        double needed = gates.minHeight(size[0]);
        if (needed > size[1]) {
            layOut(new GateHeatmaps(), 1, 1, look); // a fresh scene for the taller one
            gates = new GateHeatmaps();
            gates.show(shown);
            layOut(gates, size[0], needed, look);
        }
        return gates;
    }

    /** The titles as drawn: a title broken onto two lines is one title. */
    private static String drawnText(GateHeatmaps gates) {
        return String.join(" ", gates.shownTexts().stream().map(ShownText::text).toList());
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
                            FxScenes.assertInside(texts, gates.getWidth(), gates.getHeight(), where);
                            for (String title : TITLES) {
                                assertThat(drawnText(gates)).as(where + ": " + title).contains(title);
                            }
                            assertThat(gates.rowHeight()).as(where).isGreaterThanOrEqualTo(8);
                        });
                    }
                }
            }
        }
    }

    /**
     * Titles are whole and in the window's text size at every width, in English and German: on the
     * Inside tab at 1024x768 "verborgener Zustand" was drawn at about 7 px.
     */
    @Test
    void titlesAreWholeInTheWindowsTextSize() throws Exception {
        try {
            for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                I18n.use(language);
                for (double[] size : new double[][] {{300, 190}, {359, 190}, {370, 190}, {494, 300}, {600, 460}, {1000, 700}}) {
                    for (Look look : List.of(Look.LIGHT, Look.PRESENTATION)) {
                        onFx(() -> {
                            GateHeatmaps gates = drawn(25, 10, size, look);
                            String where = language + " at " + size[0] + " " + look;
                            assertThat(gates.titleFont().getSize()).as(where).isEqualTo(13 * look.scale());
                            for (String key : List.of("inside.inputGate", "inside.forgetGate", "inside.outputGate",
                                    "inside.candidate", "inside.cellState", "inside.hiddenState")) {
                                assertThat(drawnText(gates)).as(where).contains(I18n.t(key));
                            }
                            double titleHeight = gates.shownTexts().stream().filter(t -> I18n.t("inside.forgetGate")
                                    .startsWith(t.text())).mapToDouble(t -> t.bounds().getHeight()).max().orElse(0);
                            assertThat(titleHeight).as(where).isGreaterThanOrEqualTo(15 * look.scale());
                        });
                    }
                }
            }
        } finally {
            I18n.use(Locale.ENGLISH);
        }
    }

    @Test
    void unitsAndTimeStepsAreNumberedWhereThereIsRoom() throws Exception {
        onFx(() -> {
            GateHeatmaps gates = drawn(25, 10, new double[] {600, 460}, Look.LIGHT);
            for (int panel = 0; panel < 6; panel++) {
                double left = gates.columnCentreX(panel, 0) - gates.panelCentreX(panel) + gates.panelCentreX(panel);
                double unit0 = gates.rowCentreY(panel, 0);
                assertThat(gates.shownTexts()).as("unit 0 of heatmap " + panel).anyMatch(t -> t.text().equals("0")
                        && Math.abs(t.bounds().getCenterY() - unit0) < 1 && t.bounds().getMaxX() <= left);
                for (int step : new int[] {0, 5, 8}) {
                    double x = gates.columnCentreX(panel, step);
                    double bottom = gates.rowCentreY(panel, 24);
                    String number = Integer.toString(step);
                    assertThat(gates.shownTexts()).as("time step " + step + " under heatmap " + panel)
                            .anyMatch(t -> t.text().equals(number) && Math.abs(t.bounds().getCenterX() - x) < 1
                                    && t.bounds().getMinY() > bottom);
                }
            }
            assertThat(drawnText(gates)).contains(I18n.t("inside.legend"));
        });
    }

    /** How the six stand follows from the width alone: neither the height nor what they show changes it. */
    @Test
    void theArrangementFollowsTheWidthAlone() throws Exception {
        Inside plain = inside(25, 10);
        BitSet silenced = new BitSet();
        silenced.set(3);
        silenced.set(17);
        Inside clamped = new Inside(inside(25, 10).trace(), new float[10], 5, silenced, GateClamp.FORGET_CLOSED,
                0.5, 0.1);
        for (double width : new double[] {300, 359, 420, 494, 600, 800, 1000}) {
            onFx(() -> {
                int across = drawn(plain, new double[] {width, 300}, Look.LIGHT).across();
                for (double height : new double[] {250, 380, 520, 900}) {
                    assertThat(drawn(plain, new double[] {width, height}, Look.LIGHT).across())
                            .as(width + " x " + height).isEqualTo(across);
                    assertThat(drawn(clamped, new double[] {width, height}, Look.LIGHT).across())
                            .as(width + " x " + height + ", clamped and silenced").isEqualTo(across);
                }
            });
        }
    }

    /** Rows never lower than 8 px: the least height asks for it, at 1024x768's tab width and others. */
    @Test
    void theLeastHeightKeepsEveryRowEightPixelsHigh() throws Exception {
        for (int units : new int[] {8, 25, 64}) {
            for (double width : new double[] {220, 359, 494, 700}) {
                for (Look look : List.of(Look.LIGHT, Look.PRESENTATION)) {
                    onFx(() -> {
                        GateHeatmaps gates = new GateHeatmaps();
                        gates.show(inside(units, 10));
                        layOut(gates, width, 100, look);
                        double least = gates.minHeight(width);
                        layOut(gates = new GateHeatmaps(), width, least, look);
                        gates.show(inside(units, 10));
                        gates.redraw();
                        assertThat(gates.rowHeight()).as(units + " units at " + width + " x " + least + " " + look)
                                .isGreaterThanOrEqualTo(8);
                        FxScenes.assertNoOverlap(gates.shownTexts(), units + " units at " + width + " " + look);
                    });
                }
            }
        }
    }

    /** Every cell can be found by the mouse: its heatmap, unit, time step and value. */
    @Test
    void hoveringACellNamesItsHeatmapUnitStepAndValue() throws Exception {
        onFx(() -> {
            Inside shown = inside(25, 10);
            GateHeatmaps gates = drawn(shown, new double[] {359, 300}, Look.LIGHT);
            double x = gates.columnCentreX(5, 5);
            double y = gates.rowCentreY(5, 12);
            String value = String.format(Locale.ENGLISH, "%.2f", shown.trace().hiddenState()[5][12]);
            assertThat(gates.describeAt(x, y)).hasValue("hidden state, unit 12, time step 5 (the echo index): " + value);
            Event.fireEvent(gates, new MouseEvent(MouseEvent.MOUSE_MOVED, x, y, x, y, MouseButton.NONE, 0, false, false,
                    false, false, false, false, false, false, false, false, null));
            assertThat(gates.tooltipText()).hasValue("hidden state, unit 12, time step 5 (the echo index): " + value);
            double other = gates.columnCentreX(0, 2);
            double row = gates.rowCentreY(0, 0);
            String input = String.format(Locale.ENGLISH, "%.2f", shown.trace().inputGate()[2][0]);
            assertThat(gates.describeAt(other, row)).hasValue("input gate, unit 0, time step 2: " + input);
            assertThat(gates.describeAt(1, 1)).isEmpty();
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
