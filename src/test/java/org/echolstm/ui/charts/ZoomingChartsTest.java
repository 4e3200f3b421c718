package org.echolstm.ui.charts;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.echolstm.training.MetricHistory;
import org.echolstm.ui.I18n;
import org.echolstm.ui.canvas.FxScenes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.echolstm.ui.canvas.FxScenes.onFx;
import static org.echolstm.ui.charts.ChartHands.laidOut;
import static org.echolstm.ui.charts.ChartHands.sceneAt;

/** Zooming both charts to a stretch of samples: by a drag, by keys, and back to all samples. */
class ZoomingChartsTest {
    private static final MetricHistory HISTORY = ChartHands.HISTORY;

    @BeforeAll
    static void startFx() throws Exception {
        FxScenes.startFx();
    }

    private static ValueAxis<Number> axis(TrainingCharts charts, String id) {
        return ChartHands.samplesAxis(charts, id);
    }

    private static void mouse(TrainingCharts charts, String id, EventType<MouseEvent> type, Point2D at, int clicks,
                              boolean still) {
        ChartHands.mouse(charts.lookup("#" + id), type, at, clicks, still);
    }

    /** A press, a release and the click at one place ({@code clicks}: the click count). */
    private static void click(TrainingCharts charts, String id, Point2D at, int clicks) {
        mouse(charts, id, MouseEvent.MOUSE_PRESSED, at, clicks, true);
        mouse(charts, id, MouseEvent.MOUSE_RELEASED, at, clicks, true);
        mouse(charts, id, MouseEvent.MOUSE_CLICKED, at, clicks, true);
    }

    /** Press at {@code from} samples, move to {@code to}, release: a drag across the chart {@code id}. */
    private static void drag(TrainingCharts charts, String id, double from, double to) {
        Point2D start = sceneAt(charts, id, from);
        Point2D end = sceneAt(charts, id, to);
        mouse(charts, id, MouseEvent.MOUSE_PRESSED, start, 1, true);
        mouse(charts, id, MouseEvent.MOUSE_DRAGGED, start.midpoint(end), 1, false);
        assertThat(charts.lookupAll(".chart-zoom-band")).as("the band while dragging")
                .hasSize(2).allSatisfy(band -> assertThat(band.isVisible()).isTrue());
        mouse(charts, id, MouseEvent.MOUSE_DRAGGED, end, 1, false);
        mouse(charts, id, MouseEvent.MOUSE_RELEASED, end, 1, false);
        mouse(charts, id, MouseEvent.MOUSE_CLICKED, end, 1, false);
        charts.layout();
    }

    private static void key(TrainingCharts charts, KeyCode code, String text, boolean shift) {
        Event.fireEvent(charts, new KeyEvent(KeyEvent.KEY_PRESSED, text, text, code, shift, false, false, false));
        charts.layout();
    }

    private static void assertShows(TrainingCharts charts, double lower, double upper) {
        for (String id : List.of("lossChart", "accuracyChart")) {
            assertThat(axis(charts, id).getLowerBound()).as(id + " from").isCloseTo(lower, within(2.0));
            assertThat(axis(charts, id).getUpperBound()).as(id + " to").isCloseTo(upper, within(2.0));
        }
    }

    @Test
    void aDragZoomsBothChartsAndADoubleClickShowsAllAgain() throws Exception {
        List<Double> picked = new ArrayList<>();
        onFx(() -> {
            TrainingCharts charts = laidOut();
            charts.setOnPick(picked::add);
            double wholeAxis = axis(charts, "lossChart").getUpperBound();

            drag(charts, "accuracyChart", 800, 2_000);

            assertThat(charts.isZoomed()).isTrue();
            assertShows(charts, 800, 2_000);
            assertThat(picked).as("a drag replays nothing").isEmpty();
            assertThat(charts.lookupAll(".chart-zoom-band")).allSatisfy(band -> assertThat(band.isVisible()).isFalse());
            assertThat(axis(charts, "lossChart").getLabel()).isEqualTo(I18n.t("chart.samples.zoomed", "800", "2,000", "3,200"));
            assertThat(charts.getAccessibleText()).startsWith("Samples 800 to 2,000 of 3,200 shown. ")
                    .endsWith(ChartSentences.latest(HISTORY.curves()));

            // In the stretch, the pointer's figures and a click work where the zoomed axis puts them.
            mouse(charts, "lossChart", MouseEvent.MOUSE_MOVED, sceneAt(charts, "lossChart", 1_280), 1, false);
            assertThat(charts.readout().getText()).isEqualTo(ChartReadout.at(HISTORY.curves(), 1_280).orElseThrow().text());
            click(charts, "lossChart", sceneAt(charts, "lossChart", 1_500), 1);
            assertThat(picked).singleElement().satisfies(p -> assertThat(p).isCloseTo(1_500, within(5.0)));

            // New points arrive; the axis stays.
            charts.update(TrainingChartsTest.history(150, 3));
            charts.layout();
            assertShows(charts, 800, 2_000);
            assertThat(charts.getAccessibleText()).startsWith("Samples 800 to 2,000 of 4,800 shown.");

            click(charts, "lossChart", sceneAt(charts, "lossChart", 1_000), 1);
            click(charts, "lossChart", sceneAt(charts, "lossChart", 1_000), 2);
            charts.layout();
            assertThat(charts.isZoomed()).isFalse();
            assertThat(axis(charts, "lossChart").getLowerBound()).isZero();
            assertThat(axis(charts, "lossChart").getUpperBound()).isGreaterThanOrEqualTo(4_800).isGreaterThan(wholeAxis);
            assertThat(axis(charts, "lossChart").getLabel()).isEqualTo(I18n.t("chart.samples"));
            assertThat(charts.getAccessibleText()).startsWith("All samples shown. ");
        });
        assertThat(picked).as("the double-click's first click still replays, its second does not").hasSize(2);
        assertThat(picked.get(1)).isCloseTo(1_000, within(5.0));
    }

    @Test
    void aPressThatHardlyMovesStaysAClick() throws Exception {
        List<Double> picked = new ArrayList<>();
        onFx(() -> {
            TrainingCharts charts = laidOut();
            charts.setOnPick(picked::add);
            Point2D at = sceneAt(charts, "lossChart", 1_600);
            mouse(charts, "lossChart", MouseEvent.MOUSE_PRESSED, at, 1, true);
            mouse(charts, "lossChart", MouseEvent.MOUSE_DRAGGED, at.add(ChartZoom.DRAG_PIXELS - 2, 0), 1, true);
            mouse(charts, "lossChart", MouseEvent.MOUSE_RELEASED, at.add(ChartZoom.DRAG_PIXELS - 2, 0), 1, true);
            mouse(charts, "lossChart", MouseEvent.MOUSE_CLICKED, at.add(ChartZoom.DRAG_PIXELS - 2, 0), 1, true);
            assertThat(charts.isZoomed()).isFalse();
        });
        assertThat(picked).singleElement().satisfies(p -> assertThat(p).isCloseTo(1_600, within(40.0)));
    }

    @Test
    void keysZoomInOutMoveAndShowAll() throws Exception {
        onFx(() -> {
            TrainingCharts charts = laidOut();
            key(charts, KeyCode.ADD, "+", false);
            assertShows(charts, 800, 2_400);
            key(charts, KeyCode.EQUALS, "=", false);
            assertShows(charts, 1_200, 2_000);
            key(charts, KeyCode.RIGHT, "", true);
            assertShows(charts, 1_400, 2_200);
            key(charts, KeyCode.LEFT, "", true);
            key(charts, KeyCode.LEFT, "", true);
            assertShows(charts, 1_000, 1_800);
            key(charts, KeyCode.MINUS, "-", false);
            assertShows(charts, 600, 2_200);
            key(charts, KeyCode.DIGIT0, "0", false);
            assertThat(charts.isZoomed()).isFalse();
            assertThat(axis(charts, "accuracyChart").getLowerBound()).isZero();
            assertThat(charts.getAccessibleText()).startsWith(I18n.t("speak.charts.allShown"));

            // Around the replayed moment's line, which stays on the zoomed charts.
            charts.showMoments(OptionalLong.of(640), List.of());
            charts.layout();
            key(charts, KeyCode.PLUS, "+", false);
            assertShows(charts, 0, 1_600);
            assertThat(charts.lookupAll(".chart-cursor")).hasSize(2);
            assertThat(charts.getAccessibleText()).startsWith("Samples 0 to 1,600 of 3,200 shown. ")
                    .endsWith(ChartReadout.at(HISTORY.curves(), 640).orElseThrow().sentence());
            key(charts, KeyCode.MINUS, "-", false);
            assertThat(charts.isZoomed()).as("twice as wide covers the run").isFalse();
        });
    }

    @Test
    void theLossAxisSpansTheCurvesInTheStretch() throws Exception {
        onFx(() -> {
            TrainingCharts charts = laidOut();
            ValueAxis<?> loss = (ValueAxis<?>) ((XYChart<?, ?>) charts.lookup("#lossChart")).getYAxis();
            double whole = loss.getUpperBound();
            assertThat(whole).isGreaterThan(3.2);

            drag(charts, "lossChart", 2_400, 3_200); // the loss falls from 3.3 to 0.3 over the run

            assertThat(loss.getUpperBound()).isLessThan(1.5).isGreaterThanOrEqualTo(3 * (1.1 - 0.75));
            key(charts, KeyCode.DIGIT0, "0", false);
            assertThat(loss.getUpperBound()).isEqualTo(whole);
        });
    }

    @Test
    void theStretchIsSaidInGermanToo() {
        I18n.use(java.util.Locale.GERMAN);
        try {
            assertThat(I18n.t("speak.charts.zoomed", I18n.count(2_000), I18n.count(6_000), I18n.count(12_000)))
                    .isEqualTo("Beispiele 2.000 bis 6.000 von 12.000 gezeigt.");
            assertThat(I18n.t("speak.charts.allShown")).isEqualTo("Alle Beispiele gezeigt.");
            assertThat(I18n.t("chart.samples.zoomed", "2.000", "6.000", "12.000")).startsWith(I18n.t("chart.samples") + ": ");
        } finally {
            I18n.use(java.util.Locale.ENGLISH);
        }
        assertThat(I18n.t("speak.charts.zoomed", I18n.count(2_000), I18n.count(6_000), I18n.count(12_000)))
                .isEqualTo("Samples 2,000 to 6,000 of 12,000 shown.");
    }

    @Test
    void aNewLessonStartsWithAllSamplesAndNoStaleRange() throws Exception {
        onFx(() -> {
            TrainingCharts charts = laidOut();
            drag(charts, "lossChart", 1_000, 2_000);
            assertThat(charts.isZoomed()).isTrue();

            charts.clear();
            charts.layout();

            assertThat(charts.isZoomed()).isFalse();
            for (String id : List.of("lossChart", "accuracyChart")) {
                assertThat(axis(charts, id).getLowerBound()).as(id).isZero();
                assertThat(axis(charts, id).getUpperBound()).as(id).isEqualTo(SampleTicks.EMPTY_RANGE);
                assertThat(axis(charts, id).getLabel()).isEqualTo(I18n.t("chart.samples"));
            }
            assertThat(charts.getAccessibleText()).isEqualTo(I18n.t("speak.charts.empty"));
            key(charts, KeyCode.PLUS, "+", false);
            assertThat(charts.isZoomed()).as("nothing to zoom into").isFalse();

            charts.update(TrainingChartsTest.history(20, 3));
            charts.layout();
            assertThat(axis(charts, "lossChart").getLowerBound()).isZero();
            assertThat(axis(charts, "lossChart").getUpperBound()).isGreaterThanOrEqualTo(640).isLessThan(1_000.5);
        });
    }
}
