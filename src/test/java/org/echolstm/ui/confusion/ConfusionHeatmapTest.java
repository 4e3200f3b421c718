package org.echolstm.ui.confusion;

import javafx.event.Event;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.echolstm.training.ConfusionMatrix;
import org.echolstm.ui.canvas.CanvasPane.ShownText;
import org.echolstm.ui.canvas.FxScenes;
import org.echolstm.ui.canvas.FxScenes.Look;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echolstm.ui.canvas.FxScenes.layOut;
import static org.echolstm.ui.canvas.FxScenes.onFx;

class ConfusionHeatmapTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxScenes.startFx();
    }

    @Test
    void labelsNeitherOverlapNorLeaveTheControl() throws Exception {
        for (int features : new int[] {5, 25, 100}) {
            Random random = new Random(features);
            int[] expected = random.ints(1000, 0, features).toArray();
            int[] predicted = random.ints(1000, 0, features).toArray();
            ConfusionMatrix matrix = ConfusionMatrix.of(features, predicted, expected);
            for (double[] size : new double[][] {{200, 200}, {365, 480}, {500, 460}, {900, 700}}) {
                for (Look look : new Look[] {Look.LIGHT, Look.PRESENTATION}) {
                    onFx(() -> {
                        ConfusionHeatmap heatmap = new ConfusionHeatmap();
                        heatmap.show(matrix);
                        layOut(heatmap, size[0], size[1], look);
                        String where = features + " values at " + size[0] + "x" + size[1] + " " + look;
                        FxScenes.assertNoOverlap(heatmap.shownTexts(), where);
                        FxScenes.assertInside(heatmap.shownTexts(), size[0], size[1], where);
                    });
                }
            }
        }
    }

    /** Ten values: 104 samples expected 7, three of them answered 2, the rest right; every other value right 90 times. */
    private static ConfusionMatrix tenValues() {
        int[][] counts = new int[10][10];
        for (int v = 0; v < 10; v++) {
            counts[v][v] = 90;
        }
        counts[7][7] = 101;
        counts[7][2] = 3;
        return new ConfusionMatrix(counts);
    }

    private static ConfusionHeatmap drawn(ConfusionMatrix matrix, double width, double height, Look look) {
        ConfusionHeatmap heatmap = new ConfusionHeatmap();
        heatmap.show(matrix);
        layOut(heatmap, width, height, look);
        return heatmap;
    }

    @Test
    void predictedValuesAreNumberedAcrossAndExpectedValuesDown() throws Exception {
        onFx(() -> {
            ConfusionHeatmap heatmap = drawn(tenValues(), 500, 460, Look.LIGHT);
            double[] first = heatmap.cellCentre(new ConfusionHeatmap.Cell(0, 0));
            double[] last = heatmap.cellCentre(new ConfusionHeatmap.Cell(9, 9));
            for (int v = 0; v < 10; v++) {
                double column = heatmap.cellCentre(new ConfusionHeatmap.Cell(0, v))[0];
                double row = heatmap.cellCentre(new ConfusionHeatmap.Cell(v, 0))[1];
                String value = Integer.toString(v);
                assertThat(heatmap.shownTexts()).as("predicted " + v + " over its column").anyMatch(t -> t.text().equals(value)
                        && Math.abs(t.bounds().getCenterX() - column) < 1 && t.bounds().getMaxY() <= first[1]);
                assertThat(heatmap.shownTexts()).as("expected " + v + " left of its row").anyMatch(t -> t.text().equals(value)
                        && Math.abs(t.bounds().getCenterY() - row) < 1 && t.bounds().getMaxX() <= first[0]);
            }
            assertThat(last[0]).isGreaterThan(first[0]);
        });
    }

    @Test
    void countsAreWrittenInTheCellsWhereTheyFit() throws Exception {
        onFx(() -> {
            ConfusionHeatmap heatmap = drawn(tenValues(), 500, 460, Look.LIGHT);
            double[] mistake = heatmap.cellCentre(new ConfusionHeatmap.Cell(7, 2));
            double[] right = heatmap.cellCentre(new ConfusionHeatmap.Cell(7, 7));
            List<ShownText> texts = heatmap.shownTexts();
            assertThat(texts).as("3 in the cell expected 7, predicted 2").anyMatch(t -> t.text().equals("3")
                    && t.bounds().contains(mistake[0], mistake[1]));
            assertThat(texts).as("101 on the diagonal").anyMatch(t -> t.text().equals("101")
                    && t.bounds().contains(right[0], right[1]));
            assertThat(texts.stream().filter(t -> t.text().equals("90"))).hasSize(9);

            // 100 values in 300 px: cells of 2 px hold no number, and none is squeezed in.
            Random random = new Random(3);
            ConfusionMatrix large = ConfusionMatrix.of(100, random.ints(1000, 0, 100).toArray(),
                    random.ints(1000, 0, 100).toArray());
            ConfusionHeatmap small = drawn(large, 300, 300, Look.LIGHT);
            double[] cell = small.cellCentre(new ConfusionHeatmap.Cell(50, 50));
            assertThat(small.shownTexts()).noneMatch(t -> t.bounds().contains(cell[0], cell[1]));
        });
    }

    @Test
    void aCellsTooltipGivesItsCountAndItsShareOfTheExpectedValue() throws Exception {
        onFx(() -> {
            ConfusionHeatmap heatmap = drawn(tenValues(), 500, 460, Look.LIGHT);
            double[] mistake = heatmap.cellCentre(new ConfusionHeatmap.Cell(7, 2));
            assertThat(heatmap.cellAt(mistake[0], mistake[1])).hasValue(new ConfusionHeatmap.Cell(7, 2));
            Event.fireEvent(heatmap, move(mistake[0], mistake[1]));
            assertThat(heatmap.tooltipText()).hasValue("expected 7, predicted 2: 3\u00a0samples, 2.9\u00a0% of the 104 with 7");
            double[] other = heatmap.cellCentre(new ConfusionHeatmap.Cell(4, 4));
            Event.fireEvent(heatmap, move(other[0], other[1]));
            assertThat(heatmap.tooltipText()).hasValue("expected 4, predicted 4: 90\u00a0samples, 100.0\u00a0% of the 90 with 4");
            Event.fireEvent(heatmap, move(2, 2));
            assertThat(heatmap.tooltipText()).as("outside the cells").isEmpty();
        });
    }

    private static MouseEvent move(double x, double y) {
        return new MouseEvent(MouseEvent.MOUSE_MOVED, x, y, x, y, MouseButton.NONE, 0, false, false, false, false,
                false, false, false, false, false, false, null);
    }
}
