package org.echolstm.ui.inside;

import org.echolstm.ui.preferences.Theme;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.echolstm.model.GateClamp;
import org.echolstm.ui.I18n;
import org.echolstm.ui.status.StatusBarViewModel;

import java.util.Optional;

/** The Inside the LSTM tab: gate and state heatmaps, the gate clamp and what silencing changes. */
public final class InsideView {
    @FXML
    private GateHeatmaps gates;
    @FXML
    private Label clampLabel;
    @FXML
    private ChoiceBox<GateClamp> clampBox;
    @FXML
    private Label ablationLabel;
    @FXML
    private GradientChart gradientChart;
    @FXML
    private Label gradientLabel;
    @FXML
    private Button restoreUnitsButton;

    private InsideViewModel viewModel;

    public void bind(InsideViewModel model) {
        this.viewModel = model;
        gates.setOnUnitClicked(model::toggleUnit);
        clampBox.getItems().setAll(GateClamp.values());
        clampBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(GateClamp clamp) {
                return clamp == null ? "" : I18n.t("clamp." + clamp.name());
            }

            @Override
            public GateClamp fromString(String text) {
                return null;
            }
        });
        clampBox.valueProperty().bindBidirectional(model.clampProperty());
        clampLabel.setLabelFor(clampBox);
        clampBox.setTooltip(new Tooltip(I18n.t("tooltip.clamp")));
        restoreUnitsButton.setTooltip(new Tooltip(I18n.t("tooltip.restore")));
        model.insideProperty().addListener((obs, old, now) -> show(now));
        model.gradientFlowProperty().addListener((obs, old, now) -> gradientChart.show(now));
        gradientChart.visibleProperty().bind(model.gradientFlowProperty().isNotEqualTo(Optional.empty()));
        gradientChart.managedProperty().bind(gradientChart.visibleProperty());
        gradientLabel.visibleProperty().bind(gradientChart.visibleProperty());
        gradientLabel.managedProperty().bind(gradientChart.visibleProperty());
        show(Optional.empty());
    }

    public GateHeatmaps gates() {
        return gates;
    }

    public GradientChart gradientChart() {
        return gradientChart;
    }

    public void setLook(Theme theme, double scale) {
        gates.setLook(theme, scale);
        gradientChart.setLook(theme, scale);
    }

    private void show(Optional<Inside> look) {
        gates.show(look.orElse(null));
        boolean intact = look.map(l -> l.silenced().isEmpty() && l.clamp() == GateClamp.NONE).orElse(true);
        restoreUnitsButton.setDisable(intact);
        ablationLabel.setText(look.map(l -> intact
                ? I18n.t("inside.noneSilenced", StatusBarViewModel.percent(l.accuracy()))
                : I18n.t("inside.ablated", ablationName(l), Integer.toString(l.trace().predicted()),
                        StatusBarViewModel.percent(l.ablatedAccuracy()), StatusBarViewModel.percent(l.accuracy())))
                .orElse(I18n.t("inside.empty")));
    }

    private static String ablationName(Inside look) {
        String units = look.silenced().isEmpty() ? "" : InsideSentences.silencedUnits(look.silenced());
        String clamp = look.clamp() == GateClamp.NONE ? "" : I18n.t("clamp." + look.clamp().name());
        return units.isEmpty() ? clamp : clamp.isEmpty() ? units : units + ", " + clamp;
    }

    @FXML
    private void restoreUnits() {
        viewModel.restoreAll();
    }
}
