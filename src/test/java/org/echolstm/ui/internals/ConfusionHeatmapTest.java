package org.echolstm.ui.internals;

import org.echolstm.training.ConfusionMatrix;
import org.echolstm.ui.heatmap.FxScenes;
import org.echolstm.ui.heatmap.FxScenes.Look;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.echolstm.ui.heatmap.FxScenes.layOut;
import static org.echolstm.ui.heatmap.FxScenes.onFx;

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
}
