package org.echolstm.ui.timeline;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.echolstm.ui.I18n;

/** The timeline under the charts: a slider from the first kept moment (left) to now (right). */
public final class TimelineView {
    @FXML
    private HBox box;
    @FXML
    private Label captionLabel;
    @FXML
    private Slider timelineSlider;
    @FXML
    private Label timelineLabel;

    /** {@code mark} and {@code backToNow} are the catalogue's buttons for those actions. */
    public void bind(TimelineViewModel model, Button mark, Button backToNow) {
        captionLabel.setLabelFor(timelineSlider);
        timelineSlider.setTooltip(new Tooltip(I18n.t("tooltip.timeline")));
        timelineSlider.setAccessibleText(I18n.t("timeline.caption"));
        timelineSlider.disableProperty().bind(model.canMoveProperty().not());
        timelineLabel.setId("timelineLabel");
        timelineLabel.textProperty().bind(model.textProperty());
        timelineLabel.styleProperty().bind(Bindings.when(model.replayingProperty())
                .then("-fx-font-weight: bold;").otherwise(""));
        backToNow.visibleProperty().bind(model.replayingProperty());
        backToNow.managedProperty().bind(model.replayingProperty());
        box.getChildren().addAll(backToNow, mark);

        model.snapshots().addListener((ListChangeListener<Object>) c -> showPosition(model));
        model.positionProperty().addListener((obs, old, now) -> showPosition(model));
        // The slider's value is fractional while dragged: the cursor goes to the nearest moment.
        timelineSlider.valueProperty().addListener((obs, old, now) -> {
            int wanted = (int) Math.round(now.doubleValue());
            if (wanted != model.positionProperty().get()) {
                model.moveTo(wanted);
            }
        });
        showPosition(model);
    }

    private void showPosition(TimelineViewModel model) {
        // Without kept moments the range would be 0..0, which a slider lays out at NaN: its thumb
        // then asks for another layout pass on every frame. The cursor (now) sits at the right end
        // of -1..0 instead; the slider is disabled then, so -1 cannot be chosen.
        timelineSlider.setMax(model.nowPosition());
        timelineSlider.setMin(model.nowPosition() == 0 ? -1 : 0);
        if ((int) Math.round(timelineSlider.getValue()) != model.positionProperty().get()) {
            timelineSlider.setValue(model.positionProperty().get());
        }
    }
}
