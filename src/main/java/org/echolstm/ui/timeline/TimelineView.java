package org.echolstm.ui.timeline;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.echolstm.training.Snapshot;
import org.echolstm.ui.I18n;
import org.echolstm.ui.actions.KeyboardShortcuts;
import org.echolstm.ui.status.StatusBarViewModel;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The timeline under the charts: a slider from the first kept moment (left) to now (right), by
 * samples, so a moment sits where its sample count is, with the marked moments drawn on the track.
 */
public final class TimelineView {
    @FXML
    private HBox box;
    @FXML
    private Label captionLabel;
    @FXML
    private StackPane track;
    @FXML
    private Slider timelineSlider;
    @FXML
    private Label timelineLabel;
    private static final Set<KeyCode> SLIDER_KEYS = EnumSet.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN,
            KeyCode.HOME, KeyCode.END, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN, KeyCode.KP_LEFT, KeyCode.KP_RIGHT);
    private final TimelineMarks marks = new TimelineMarks();
    private boolean placing;

    /** {@code mark} and {@code backToNow} are the catalogue's buttons for those actions. */
    public void bind(TimelineViewModel model, Button mark, Button backToNow) {
        captionLabel.setLabelFor(timelineSlider);
        timelineSlider.setTooltip(new Tooltip(I18n.t("tooltip.timeline")));
        timelineSlider.setAccessibleText(I18n.t("timeline.caption"));
        timelineSlider.disableProperty().bind(model.canMoveProperty().not());
        // ← → and Home replay here as everywhere else (the classroom keys, on the key press), instead
        // of nudging the slider: its own moves (Home and End act on the key's release) are dropped.
        timelineSlider.getProperties().put(KeyboardShortcuts.REPLAY_KEYS, true);
        timelineSlider.addEventFilter(KeyEvent.ANY, e -> {
            if (SLIDER_KEYS.contains(e.getCode())) {
                e.consume();
            }
        });
        timelineLabel.setId("timelineLabel");
        timelineLabel.textProperty().bind(model.textProperty());
        timelineLabel.styleProperty().bind(Bindings.when(model.replayingProperty())
                .then("-fx-font-weight: bold;").otherwise(""));
        // As wide as its longest text: the track keeps its length whatever the label says.
        timelineLabel.fontProperty().addListener((obs, old, now) -> fitLabel());
        fitLabel();
        // Back to now takes Mark's place while a moment is replayed (Mark acts only on now): one
        // slot as wide as the wider of the two, so the track keeps its length.
        backToNow.visibleProperty().bind(model.replayingProperty());
        mark.visibleProperty().bind(model.replayingProperty().not());
        StackPane slot = new StackPane(mark, backToNow);
        slot.setMinWidth(Region.USE_PREF_SIZE);
        box.getChildren().add(slot);
        track.getChildren().add(marks);
        marks.follow(timelineSlider);

        model.snapshots().addListener((ListChangeListener<Object>) c -> showPosition(model));
        model.positionProperty().addListener((obs, old, now) -> showPosition(model));
        // The slider runs over samples; the cursor goes to the moment nearest to where it is dragged.
        timelineSlider.valueProperty().addListener((obs, old, now) -> {
            if (!placing) {
                int wanted = model.positionNearest(now.doubleValue());
                if (wanted != model.positionProperty().get()) {
                    model.moveTo(wanted);
                }
            }
        });
        showPosition(model);
    }

    /**
     * The label is as wide as the widest text it may show, in bold (as while replaying), whatever it
     * shows now: the track keeps its length when the text changes.
     */
    private void fitLabel() {
        Font font = timelineLabel.getFont();
        Text measure = new Text();
        measure.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        String big = I18n.count(999_999_999L);
        String percent = StatusBarViewModel.percent(1);
        double widest = 0;
        for (String text : List.of(I18n.t("timeline.replayingMarked", big, percent), I18n.t("timeline.replaying", big,
                percent), I18n.t("timeline.live", 256), I18n.t("timeline.none"))) {
            measure.setText(text);
            widest = Math.max(widest, Math.ceil(measure.getLayoutBounds().getWidth()) + 2);
        }
        // Where the window is narrow the label wraps (up to three lines) before the track gets short:
        // at two lines, German's longest text and its Back-to-now button pushed the row, and with it
        // the tabs and the sample, 130 px past the window's edge at 1024 px.
        timelineLabel.setPrefWidth(widest);
        timelineLabel.setMinWidth(Math.ceil(widest * 0.4));
        timelineLabel.setWrapText(true);
    }

    private void showPosition(TimelineViewModel model) {
        placing = true;
        List<Snapshot> kept = model.snapshots();
        // Without kept moments the range would be empty, which a slider lays out at NaN: its thumb
        // then asks for another layout pass on every frame. The cursor (now) sits at the right end
        // of -1..0 instead; the slider is disabled then.
        double min = kept.isEmpty() ? -1 : Math.min(kept.get(0).samples(), model.nowSamples() - 1);
        double max = kept.isEmpty() ? 0 : Math.max(model.nowSamples(), kept.get(0).samples() + 1);
        timelineSlider.setMin(min);
        timelineSlider.setMax(max);
        timelineSlider.setValue(kept.isEmpty() ? 0 : model.samplesAt(model.positionProperty().get()));
        marks.show(kept.stream().filter(Snapshot::marked).map(Snapshot::samples).toList());
        placing = false;
    }
}
