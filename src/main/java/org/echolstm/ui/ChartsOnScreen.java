package org.echolstm.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Tooltip;
import org.echolstm.training.Snapshot;
import org.echolstm.ui.charts.TrainingCharts;

import java.util.OptionalInt;
import java.util.OptionalLong;

/** What the training charts follow: the session's curves, the replayed and marked moments, a click to replay. */
final class ChartsOnScreen {
    /** The width the charts' tooltip wraps at. */
    private static final double TIP_WIDTH = 480;

    private ChartsOnScreen() {
    }

    static void follow(TrainingCharts charts, MainViewModel model) {
        // Every reset starts empty charts: a new session begins with the curves it brings (none, or a lesson's).
        model.lesson().sessionProperty().addListener((obs, old, now) -> {
            charts.clear();
            long trainedBefore = now.map(s -> s.latest().samplesSeen()).orElse(0L);
            charts.setEmptyNote(trainedBefore > 0 ? I18n.t("chart.noCurves", I18n.count(trainedBefore)) : I18n.t("chart.empty"));
            charts.setChance(now.map(s -> s.withModel(m -> OptionalInt.of(m.task().features()))).orElse(OptionalInt.empty()));
            charts.update(model.lesson().history(), model.comparison().history());
        });
        Tooltip tip = new Tooltip(I18n.t("tooltip.charts"));
        tip.setWrapText(true); // several sentences: wrapped, not one line across the screen
        tip.setPrefWidth(TIP_WIDTH);
        Tooltip.install(charts, tip);
        // The replayed moment and the marked ones, on the charts as on the timeline.
        Runnable showMoments = () -> charts.showMoments(model.lesson().replayedProperty().get()
                        .map(s -> OptionalLong.of(s.samples())).orElse(OptionalLong.empty()),
                model.timeline().snapshots().stream().filter(Snapshot::marked).map(Snapshot::samples).toList());
        model.lesson().replayedProperty().addListener((obs, old, now) -> showMoments.run());
        model.timeline().snapshots().addListener((ListChangeListener<Snapshot>) c -> showMoments.run());
        // A click on a chart replays the kept moment nearest to it, as the timeline would.
        charts.setOnPick(samples -> model.timeline().moveTo(model.timeline().positionNearest(samples)));
    }
}
