package org.echolstm.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.echolstm.AppInfo;
import org.echolstm.ui.charts.TrainingCharts;
import org.echolstm.ui.heatmap.OneHotHeatmap;
import org.echolstm.ui.heatmap.ProbabilityBars;
import org.echolstm.ui.parameters.ParametersView;

/** The main window: binds the controls to {@link MainViewModel} and pumps its updates once a frame. */
public final class MainView {
    @FXML
    private BorderPane root;
    @FXML
    private ParametersView parametersController;
    @FXML
    private TrainingCharts charts;
    @FXML
    private OneHotHeatmap heatmap;
    @FXML
    private ProbabilityBars bars;
    @FXML
    private Label verdictLabel;
    @FXML
    private TableView<PredictionRow> predictionTable;
    @FXML
    private TableColumn<PredictionRow, String> sequenceColumn;
    @FXML
    private TableColumn<PredictionRow, Integer> predictedColumn;
    @FXML
    private TableColumn<PredictionRow, Integer> expectedColumn;
    @FXML
    private TableColumn<PredictionRow, String> verdictColumn;
    @FXML
    private Button trainButton;
    @FXML
    private Button pauseButton;
    @FXML
    private Button stepButton;
    @FXML
    private Button stopButton;
    @FXML
    private Button resetButton;
    @FXML
    private MenuItem trainItem;
    @FXML
    private MenuItem pauseItem;
    @FXML
    private MenuItem stepItem;
    @FXML
    private MenuItem stopItem;
    @FXML
    private MenuItem resetItem;
    @FXML
    private Label statusLabel;
    @FXML
    private Label samplesLabel;
    @FXML
    private Label speedLabel;
    @FXML
    private Label elapsedLabel;
    @FXML
    private Label heldOutLabel;

    private MainViewModel viewModel;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            viewModel.onFrame(now);
            if (viewModel.chartsDue(now)) {
                charts.update(viewModel.history());
            }
        }
    };

    public void bind(MainViewModel model) {
        this.viewModel = model;
        parametersController.bind(model.parameters());

        trainButton.disableProperty().bind(model.canTrainProperty().not());
        trainItem.disableProperty().bind(model.canTrainProperty().not());
        pauseButton.disableProperty().bind(model.canPauseProperty().or(model.canResumeProperty()).not());
        pauseItem.disableProperty().bind(pauseButton.disableProperty());
        pauseButton.textProperty().bind(javafx.beans.binding.Bindings.when(model.canResumeProperty())
                .then("Resume").otherwise("Pause"));
        stepButton.disableProperty().bind(model.canStepProperty().not());
        stepItem.disableProperty().bind(stepButton.disableProperty());
        stopButton.disableProperty().bind(model.canStopProperty().not());
        stopItem.disableProperty().bind(stopButton.disableProperty());
        resetButton.disableProperty().bind(model.canResetProperty().not());
        resetItem.disableProperty().bind(resetButton.disableProperty());

        statusLabel.textProperty().bind(model.statusProperty());
        samplesLabel.textProperty().bind(model.samplesTextProperty());
        speedLabel.textProperty().bind(model.speedTextProperty());
        elapsedLabel.textProperty().bind(model.elapsedTextProperty());
        heldOutLabel.textProperty().bind(model.heldOutTextProperty());
        verdictLabel.textProperty().bind(model.verdictProperty());

        model.sampleProperty().addListener((obs, old, now) -> showSample());
        model.predictionProperty().addListener((obs, old, now) -> showPrediction());
        showSample();

        sequenceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sequence()));
        predictedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().predicted()));
        expectedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().expected()));
        verdictColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().verdict()));
        predictionTable.setItems(model.recentPredictions());
        predictionTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        frames.start();
    }

    private void showSample() {
        var task = viewModel.sampleTaskProperty().get();
        if (task != null) {
            heatmap.show(viewModel.sampleProperty().get(), task.features(), task.echoIndex());
            bars.clear(task.features());
        }
    }

    private void showPrediction() {
        viewModel.predictionProperty().get().ifPresent(p -> bars.show(p.probabilities(), p.predicted(), p.expected()));
    }

    /** Stops the frame pump (when the window closes). */
    public void unbind() {
        frames.stop();
    }

    public TrainingCharts charts() {
        return charts;
    }

    public OneHotHeatmap heatmap() {
        return heatmap;
    }

    @FXML
    private void train() {
        viewModel.train();
    }

    @FXML
    private void togglePause() {
        viewModel.togglePause();
    }

    @FXML
    private void step() {
        viewModel.step();
    }

    @FXML
    private void stop() {
        viewModel.stop();
    }

    @FXML
    private void resetWeights() {
        viewModel.resetWeights();
    }

    @FXML
    private void newSample() {
        viewModel.newSample();
    }

    @FXML
    private void quit() {
        root.getScene().getWindow().hide();
        Platform.exit();
    }

    @FXML
    private void showShortcuts() {
        info("Keyboard shortcuts", """
                F5          Train
                F6          Pause / Resume
                F7          Step one batch
                F8          Stop
                Ctrl+R      Reset weights
                Ctrl+N      New sample
                Ctrl+Q      Quit
                F1          This list""");
    }

    @FXML
    private void showAbout() {
        info("About " + AppInfo.NAME, AppInfo.NAME + " " + AppInfo.VERSION + "\n\n"
                + "Watch an LSTM learn the echo sequence prediction problem.\n\n"
                + "Licensed under the Apache License 2.0.\n"
                + "Built with OpenJFX 21 (GPL v2 + Classpath Exception), Deeplearning4j / ND4J 1.0.0-M2.1 "
                + "(Apache 2.0), picocli (Apache 2.0), Jackson (Apache 2.0), SLF4J (MIT) and Logback (EPL 1.0 / LGPL 2.1).");
    }

    private void info(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(root.getScene().getWindow());
        alert.getDialogPane().setStyle("-fx-font-family: monospace;");
        alert.showAndWait();
    }
}
