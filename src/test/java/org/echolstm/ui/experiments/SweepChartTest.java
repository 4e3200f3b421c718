package org.echolstm.ui.experiments;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.echolstm.training.experiments.Outcome;
import org.echolstm.training.experiments.RunSettings;
import org.echolstm.training.experiments.SweepPlan;
import org.echolstm.training.experiments.SweepPoint;
import org.echolstm.training.experiments.SweepSetting;
import org.echolstm.ui.canvas.FxScenes;
import org.echolstm.ui.canvas.FxScenes.Look;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echolstm.ui.canvas.FxScenes.layOut;
import static org.echolstm.ui.canvas.FxScenes.onFx;

/** The sweep chart as drawn: what it says, where its lines go, and its printed picture. */
class SweepChartTest {
    private static final RunSettings BASE = new RunSettings(new EchoTask(10, 8, 4),
            new ModelSettings(16, Optimizer.ADAM, 0.02, 1), 16);

    @BeforeAll
    static void startFx() throws Exception {
        FxScenes.startFx();
    }

    private static SweepPlan plan(long cap, String... values) {
        return new SweepPlan(BASE, SweepSetting.ECHO_DISTANCE, List.of(values), 1, 0.99, cap, false);
    }

    /** One seed per value: the samples it needed, or 0 for a run that did not reach the target. */
    private static List<SweepPoint> points(SweepPlan plan, long... samples) {
        return java.util.stream.IntStream.range(0, samples.length).mapToObj(i -> new SweepPoint(plan.values().get(i),
                new Outcome(List.of(samples[i] > 0 ? OptionalLong.of(samples[i]) : OptionalLong.empty()), List.of(1.0)),
                Optional.empty())).toList();
    }

    private static List<String> legend(Parent chart) {
        return chart.lookupAll(".chart-legend-item").stream().map(n -> ((Label) n).getText()).toList();
    }

    private static Path lstmLine(SweepChart chart) {
        return (Path) chart.getData().get(0).getNode();
    }

    @Test
    void theLegendNamesTheCapOfTheSweepShown() throws Exception {
        onFx(() -> {
            SweepChart chart = new SweepChart();
            SweepPlan first = plan(50_000, "0", "2");
            chart.show(first, points(first, 9_000, 0));
            layOut(chart, 600, 450, Look.LIGHT);
            assertThat(legend(chart)).contains("did not reach 99\u00a0% by 50,000");

            SweepPlan second = plan(200_000, "0", "2");
            chart.show(second, points(second, 9_000, 0));
            chart.applyCss();
            chart.layout();
            assertThat(legend(chart)).contains("did not reach 99\u00a0% by 200,000").doesNotContain("did not reach 99\u00a0% by 50,000");
        });
    }

    @Test
    void aValueWhereTheRunsMissedBreaksTheLine() throws Exception {
        onFx(() -> {
            SweepChart chart = new SweepChart();
            SweepPlan plan = plan(20_000, "0", "2", "4", "6");
            chart.show(plan, points(plan, 3_000, 5_000, 0, 8_000));
            layOut(chart, 600, 450, Look.LIGHT);
            List<PathElement> line = lstmLine(chart).getElements();
            // 0 to 2 joined; 4 missed (a cross on the cap line); 6 stands alone.
            assertThat(line.stream().map(e -> e.getClass().getSimpleName()).toList())
                    .containsExactly("MoveTo", "LineTo", "MoveTo");
            double[] crossAt = chart.lookupAll(".sweep-missed").stream().map(Node::getBoundsInParent)
                    .mapToDouble(Bounds::getCenterX).toArray();
            assertThat(crossAt).hasSize(1);
            double from = ((LineTo) line.get(1)).getX();
            double to = ((MoveTo) line.get(2)).getX();
            assertThat(crossAt[0]).as("the cross lies in the gap, " + Arrays.toString(crossAt)).isBetween(from, to);
        });
    }

    @Test
    void anEmptyChartShowsNothingOfTheLastSweep() throws Exception {
        onFx(() -> {
            SweepChart chart = new SweepChart();
            SweepPlan plan = plan(20_000, "0", "2", "4");
            chart.show(plan, points(plan, 3_000, 0, 5_000));
            layOut(chart, 600, 450, Look.LIGHT);
            assertThat(lstmLine(chart).getElements()).isNotEmpty();

            chart.show(null, List.of());
            chart.applyCss();
            chart.layout();
            assertThat(lstmLine(chart).getElements()).as("the last sweep's line").isEmpty();
            assertThat(chart.lookupAll(".sweep-missed")).as("its crosses").isEmpty();
            assertThat(chart.lookupAll(".sweep-bar")).as("its bars").isEmpty();
            assertThat(((CategoryAxis) chart.getXAxis()).getCategories()).as("its values").isEmpty();
            assertThat(legend(chart)).doesNotContain("did not reach 99\u00a0% by 20,000");
        });
    }

    @Test
    void thePrintedChartIsAtPrintSizeWithItsWholeLegend() throws Exception {
        onFx(() -> {
            SweepChart chart = new SweepChart();
            SweepPlan plan = plan(200_000, "0", "2", "4");
            chart.show(plan, points(plan, 3_000, 0, 5_000));
            layOut(chart, 504, 349, Look.DARK);
            WritableImage image = chart.printImage();
            assertThat(image.getWidth()).isGreaterThanOrEqualTo(1600);
            Parent page = chart.printLayout();
            Bounds pageBounds = page.getLayoutBounds();
            assertThat(legend(page)).contains("did not reach 99\u00a0% by 200,000");
            for (Node item : page.lookupAll(".chart-legend-item")) {
                Label label = (Label) item;
                assertThat(pageBounds.contains(label.localToScene(label.getLayoutBounds()))).as(label.getText()).isTrue();
                assertThat(label.getWidth()).as(label.getText()).isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
            }
            assertThat(page.lookupAll(".sweep-missed")).hasSize(1);
        });
    }
}
