package org.echolstm.ui.experiments;

import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.collections.ListChangeListener;
import javafx.util.StringConverter;
import org.echolstm.training.experiments.SweepSetting;
import org.echolstm.ui.I18n;
import org.echolstm.ui.FileChoosers;
import org.echolstm.ui.FileChoosers.Purpose;
import org.echolstm.ui.preferences.FilePreferences;

/** The Experiments tab: binds the sweep's fields, buttons, progress and chart to its view model. */
public final class ExperimentsView {
    private static final Purpose CSV = new Purpose("experiments.chooser.csv", "chooser.csv", FilePreferences.Kind.EXPORT, ".csv");
    private static final Purpose PNG = new Purpose("experiments.chooser.png", "chooser.png", FilePreferences.Kind.EXPORT, ".png");

    @FXML
    private ComboBox<SweepSetting> settingBox;
    @FXML
    private TextField valuesField;
    @FXML
    private TextField seedsField;
    @FXML
    private TextField targetField;
    @FXML
    private TextField capField;
    @FXML
    private CheckBox rnnBox;
    @FXML
    private Button runButton;
    @FXML
    private Button cancelButton;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label messageLabel;
    @FXML
    private SweepChart chart;
    @FXML
    private Button csvButton;
    @FXML
    private Button pngButton;

    private ExperimentsViewModel model;

    public void bind(ExperimentsViewModel model, FileChoosers choosers) {
        this.model = model;
        settingBox.getItems().setAll(SweepSetting.values());
        StringConverter<SweepSetting> names = new StringConverter<>() {
            @Override
            public String toString(SweepSetting setting) {
                return setting == null ? "" : I18n.t("experiments.setting." + setting.name());
            }

            @Override
            public SweepSetting fromString(String text) {
                return null;
            }
        };
        settingBox.setConverter(names);
        settingBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(SweepSetting setting, boolean empty) {
                super.updateItem(setting, empty);
                setText(empty ? "" : names.toString(setting));
            }
        });
        settingBox.valueProperty().bindBidirectional(model.settingProperty());
        valuesField.textProperty().bindBidirectional(model.valuesProperty());
        seedsField.textProperty().bindBidirectional(model.seedsProperty());
        targetField.textProperty().bindBidirectional(model.targetPercentProperty());
        capField.textProperty().bindBidirectional(model.maxSamplesProperty());
        rnnBox.selectedProperty().bindBidirectional(model.withRnnProperty());
        settingBox.setTooltip(new Tooltip(I18n.t("experiments.vary.tooltip")));
        valuesField.setTooltip(new Tooltip(I18n.t("experiments.values.tooltip")));
        capField.setTooltip(new Tooltip(I18n.t("experiments.cap.tooltip")));
        rnnBox.setTooltip(new Tooltip(I18n.t("experiments.withRnn.tooltip")));

        for (Node input : new Node[] {settingBox, valuesField, seedsField, targetField, capField, rnnBox}) {
            input.disableProperty().bind(model.runningProperty());
        }
        runButton.disableProperty().bind(model.runningProperty());
        runButton.setOnAction(e -> model.run());
        cancelButton.disableProperty().bind(model.runningProperty().not());
        cancelButton.setOnAction(e -> model.cancel());
        progressBar.progressProperty().bind(model.progressProperty());
        messageLabel.textProperty().bind(model.messageProperty());

        csvButton.setDisable(true);
        pngButton.setDisable(true);
        csvButton.setOnAction(e -> choosers.save(CSV, suggestedName()).ifPresent(model::exportCsv));
        pngButton.setOnAction(e -> choosers.save(PNG, suggestedName()).ifPresent(file -> model.exportImage(
                SwingFXUtils.fromFXImage(chart.printImage(), null), file)));
        model.results().addListener((ListChangeListener<Object>) c -> showResults());
        model.resultPlanProperty().addListener((obs, old, now) -> showResults());
        model.chartPlanProperty().addListener((obs, old, now) -> showResults());
        showResults();
    }

    private void showResults() {
        chart.show(model.chartPlanProperty().get().orElse(null), model.results());
        boolean none = !model.hasResults();
        csvButton.setDisable(none);
        pngButton.setDisable(none);
    }

    private String suggestedName() {
        return model.resultPlanProperty().get().map(plan -> "echo-lstm-sweep-" + plan.setting().key()).orElse("echo-lstm-sweep");
    }
}
