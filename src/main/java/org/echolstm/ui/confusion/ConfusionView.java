package org.echolstm.ui.confusion;

import org.echolstm.ui.preferences.Theme;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.echolstm.training.Evaluation;
import org.echolstm.training.HeldOutSet;
import org.echolstm.ui.I18n;
import org.echolstm.ui.status.StatusBarViewModel;

import java.util.Optional;

/** The confusion matrix tab. */
public final class ConfusionView {
    @FXML
    private Label captionLabel;
    @FXML
    private ConfusionHeatmap confusion;

    public void bind(ConfusionViewModel model) {
        model.evaluationProperty().addListener((obs, old, now) -> show(now));
        show(Optional.empty());
    }

    public void setLook(Theme theme, double scale) {
        confusion.setLook(theme, scale);
    }

    private void show(Optional<Evaluation> evaluation) {
        confusion.show(evaluation.map(Evaluation::confusion).orElse(null));
        captionLabel.setText(I18n.t("confusion.caption",
                I18n.count(evaluation.map(Evaluation::samples).orElse(HeldOutSet.DEFAULT_SAMPLES)),
                evaluation.map(e -> StatusBarViewModel.percent(e.accuracy())).orElse("–")));
    }
}
