package org.echolstm.ui.sample;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.echolstm.ui.canvas.FxScenes.layOut;
import static org.echolstm.ui.canvas.FxScenes.onFx;
import org.echolstm.ui.canvas.FxScenes;
import org.echolstm.ui.canvas.CanvasPane;
import org.echolstm.ui.canvas.CanvasPane.ShownText;
import org.echolstm.ui.canvas.FxScenes.Look;

class SamplePictureTest {
    /** Width × height: short, narrow, square, tall, wide. */
    private static final double[][] SIZES = {{260, 170}, {300, 420}, {480, 480}, {420, 1100}, {900, 330}};

    @BeforeAll
    static void startFx() throws Exception {
        FxScenes.startFx();
    }

    private static SamplePicture picture(int length, int features, int echoIndex, boolean influence) {
        Random random = new Random(features * 31L + length);
        int[] sequence = random.ints(length, 0, features).toArray();
        SamplePicture picture = new SamplePicture();
        picture.show(sequence, features, echoIndex);
        if (influence) {
            float[] drive = new float[length];
            for (int t = 0; t < length; t++) {
                drive[t] = t == echoIndex ? 1 : random.nextFloat() * 0.2f - 0.05f;
            }
            picture.setInfluence(drive);
        }
        float[] probabilities = new float[features];
        probabilities[sequence[echoIndex]] = 0.8f;
        probabilities[(sequence[echoIndex] + 1) % features] = 0.2f;
        picture.showProbabilities(probabilities, sequence[echoIndex], sequence[echoIndex]);
        return picture;
    }

    private static double sceneY(Node node, double y) {
        return node.localToScene(0, y).getY();
    }

    @Test
    void everyBarIsLevelWithItsValueRowAtEverySize() throws Exception {
        int[][] tasks = {{5, 5, 2}, {10, 25, 7}, {50, 100, 17}};
        for (int[] task : tasks) {
            for (double[] size : SIZES) {
                for (Look look : List.of(Look.LIGHT, Look.DARK_PRESENTATION)) {
                    for (boolean influence : new boolean[] {false, true}) {
                        onFx(() -> {
                            SamplePicture picture = picture(task[0], task[1], task[2], influence);
                            layOut(picture, size[0], size[1], look);
                            picture.setLook(look.theme, look.scale());
                            OneHotHeatmap heatmap = picture.heatmap();
                            ProbabilityBars bars = picture.bars();
                            String where = task[1] + " values at " + size[0] + "x" + size[1] + " " + look
                                    + (influence ? " with influence" : "");
                            for (int v = 0; v < task[1]; v++) {
                                assertThat(sceneY(bars, bars.barCentreY(v))).as(where + ", value " + v)
                                        .isCloseTo(sceneY(heatmap, heatmap.rowCentreY(v)), within(0.01));
                            }
                            double gridRight = heatmap.localToScene(heatmap.gridRight(), 0).getX();
                            assertThat(bars.localToScene(0, 0).getX()).as(where).isGreaterThan(gridRight);
                            assertThat(bars.getLayoutX() + bars.getWidth()).as(where)
                                    .isLessThanOrEqualTo(picture.getWidth() + 0.01);
                        });
                    }
                }
            }
        }
    }

    /**
     * A laid-out picture stays laid out: resizing the heatmap twice in one pass (to the room, then
     * to its grid) resized its canvas twice, which asked for another pass, so the window laid the
     * picture out and redrew it on every frame, idle or not.
     */
    @Test
    void aLaidOutPictureAsksForNoFurtherLayout() throws Exception {
        for (double[] size : SIZES) {
            onFx(() -> {
                SamplePicture picture = picture(10, 25, 7, true);
                StackPane root = layOut(picture, size[0], size[1], Look.LIGHT);
                double[] widthsSet = {0};
                picture.heatmap().widthProperty().addListener((obs, old, now) -> widthsSet[0]++);
                root.layout();
                assertThat(picture.isNeedsLayout()).as("at " + size[0] + "x" + size[1]).isFalse();
                assertThat(widthsSet[0]).as("heatmap resizes in a pass at " + size[0] + "x" + size[1]).isZero();
            });
        }
    }

    /**
     * With more values than the picture has pixels of height, rows get less than a pixel each: at
     * a whole pixel each, 500 values ran the grid off the bottom and cut the step numbers, the
     * influence row and the bars of the high values.
     */
    @Test
    void theWholePictureFitsHoweverManyValues() throws Exception {
        for (int features : new int[] {300, 500, 1000}) {
            for (double[] size : SIZES) {
                onFx(() -> {
                    SamplePicture picture = picture(10, features, 7, true);
                    layOut(picture, size[0], size[1], Look.LIGHT);
                    OneHotHeatmap heatmap = picture.heatmap();
                    String where = features + " values at " + size[0] + "x" + size[1];
                    RowGeometry rows = heatmap.rowGeometry();
                    assertThat(rows.bottom()).as(where).isLessThan(heatmap.getHeight());
                    List<ShownText> texts = heatmap.shownTexts();
                    assertThat(texts).as(where + ": step numbers under the grid").anyMatch(s -> s.text().equals("9")
                            && s.bounds().getMinY() >= rows.bottom());
                    assertThat(texts).as(where).allSatisfy(s ->
                            assertThat(s.bounds().getMaxY()).isLessThanOrEqualTo(heatmap.getHeight() + 0.5));
                    ProbabilityBars bars = picture.bars();
                    assertThat(sceneY(bars, bars.barCentreY(features - 1))).as(where + ", the last value's bar")
                            .isCloseTo(sceneY(heatmap, heatmap.rowCentreY(features - 1)), within(0.01))
                            .isLessThan(sceneY(heatmap, heatmap.getHeight()));
                });
            }
        }
    }

    @Test
    void timeStepsValuesAndTheInfluenceRowAreLabelled() throws Exception {
        onFx(() -> {
            SamplePicture picture = picture(10, 25, 7, true);
            layOut(picture, 480, 520, Look.LIGHT);
            OneHotHeatmap heatmap = picture.heatmap();
            RowGeometry rows = heatmap.rowGeometry();
            List<ShownText> texts = heatmap.shownTexts();
            int[] sequence = heatmap.sequence();
            for (int t = 0; t < 10; t++) {
                double x = heatmap.columnCentreX(t);
                String step = Integer.toString(t);
                assertThat(texts).as("time step " + t + " below the grid").anyMatch(s -> s.text().equals(step)
                        && s.bounds().getMinY() >= rows.bottom() && Math.abs(s.bounds().getCenterX() - x) < 0.5);
                String value = Integer.toString(sequence[t]);
                assertThat(texts).as("value at step " + t + " above the grid").anyMatch(s -> s.text().equals(value)
                        && s.bounds().getMaxY() <= rows.top() && Math.abs(s.bounds().getCenterX() - x) < 0.5);
            }
            assertThat(texts).extracting(ShownText::text).contains("influence", "value", "time step →");
            ShownText influence = texts.stream().filter(s -> s.text().equals("influence")).findFirst().orElseThrow();
            assertThat(influence.bounds().getMinY()).isGreaterThan(rows.bottom());
            assertThat(influence.bounds().getMinX()).isGreaterThanOrEqualTo(0);
            int predicted = sequence[7];
            ProbabilityBars bars = picture.bars();
            assertThat(bars.shownTexts()).as("the predicted value's probability, level with its bar")
                    .anyMatch(s -> s.text().equals("80% ✓")
                            && Math.abs(s.bounds().getCenterY() - bars.barCentreY(predicted)) < 0.5);
        });
    }

    @Test
    void noLabelsOverlapAtAnySize() throws Exception {
        int[][] tasks = {{5, 5, 2}, {10, 25, 7}, {50, 100, 17}, {30, 40, 29}};
        for (int[] task : tasks) {
            for (double[] size : SIZES) {
                for (Look look : List.of(Look.LIGHT, Look.PRESENTATION)) {
                    onFx(() -> {
                        SamplePicture picture = picture(task[0], task[1], task[2], true);
                        layOut(picture, size[0], size[1], look);
                        picture.setLook(look.theme, look.scale());
                        for (CanvasPane pane : List.of(picture.heatmap(), picture.bars())) {
                            FxScenes.assertNoOverlap(pane.shownTexts(), task[0] + "/" + task[1] + " at " + size[0] + "x"
                                    + size[1] + " " + look + " " + pane.getClass().getSimpleName());
                        }
                    });
                }
            }
        }
    }

    @Test
    void hiddenBarsShowNoPercentageAndSayNothingOfTheAnswer() throws Exception {
        onFx(() -> {
            SamplePicture picture = picture(10, 25, 7, false);
            layOut(picture, 480, 480, Look.LIGHT);
            assertThat(picture.bars().shownTexts()).anySatisfy(t -> assertThat(t.text()).contains("%"));

            picture.hideProbabilities(25);
            layOut(picture, 480, 480, Look.LIGHT);

            assertThat(picture.bars().shownTexts()).noneSatisfy(t -> assertThat(t.text()).contains("%"));
            assertThat(picture.bars().getAccessibleText()).isEqualTo(org.echolstm.ui.I18n.t("speak.bars.hidden"));
        });
    }
}
