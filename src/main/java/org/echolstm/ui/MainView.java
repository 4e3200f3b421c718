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
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.echolstm.AppInfo;
import org.echolstm.echo.Bounds;
import org.echolstm.ui.charts.TrainingCharts;
import org.echolstm.ui.heatmap.OneHotHeatmap;
import org.echolstm.ui.heatmap.ProbabilityBars;
import org.echolstm.ui.parameters.ParametersView;

/** The main window: binds the controls to {@link MainViewModel} and pumps its updates once a frame. */
public final class MainView {
    @FXML
    private BorderPane root;
    @FXML
    private javafx.scene.Node parameters;
    @FXML
    private javafx.scene.control.CheckMenuItem presentationItem;
    @FXML
    private javafx.scene.control.CheckMenuItem parametersItem;
    @FXML
    private javafx.scene.control.CheckMenuItem darkItem;
    @FXML
    private javafx.scene.control.CheckMenuItem explainItem;
    @FXML
    private javafx.scene.control.CheckMenuItem compareItem;
    @FXML
    private javafx.scene.Node explanations;
    @FXML
    private javafx.scene.control.Slider speedSlider;
    @FXML
    private Label speedValueLabel;

    /** Speed slider positions: steps per second, the last one full speed. */
    static final double[] PACES = {1, 2, 5, 10, 30, 100, 0};
    @FXML
    private ParametersView parametersController;
    @FXML
    private TrainingCharts charts;
    @FXML
    private javafx.scene.control.TabPane centerTabs;
    @FXML
    private org.echolstm.ui.internals.GateHeatmaps gates;
    @FXML
    private org.echolstm.ui.internals.ConfusionHeatmap confusion;
    @FXML
    private Label ablationLabel;
    @FXML
    private Button restoreUnitsButton;
    @FXML
    private javafx.scene.control.ChoiceBox<org.echolstm.model.LstmProbe.GateClamp> clampBox;
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
    private MenuItem newItem;
    @FXML
    private MenuItem openItem;
    @FXML
    private javafx.scene.control.Menu recentMenu;
    @FXML
    private MenuItem saveItem;
    @FXML
    private MenuItem saveAsItem;
    @FXML
    private MenuItem openLessonItem;
    @FXML
    private MenuItem saveLessonItem;
    @FXML
    private MenuItem exportJsonItem;
    @FXML
    private MenuItem exportNpzItem;
    @FXML
    private MenuItem exportCsvItem;
    @FXML
    private javafx.scene.layout.HBox samplePicture;
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
                charts.update(viewModel.history(), viewModel.comparisonHistory());
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
                .then(I18n.t("button.resume")).otherwise(I18n.t("button.pause")));
        stepButton.disableProperty().bind(model.canStepProperty().not());
        stepItem.disableProperty().bind(stepButton.disableProperty());
        stopButton.disableProperty().bind(model.canStopProperty().not());
        stopItem.disableProperty().bind(stopButton.disableProperty());
        resetButton.disableProperty().bind(model.canResetProperty().not());
        resetItem.disableProperty().bind(resetButton.disableProperty());

        var cannotOpen = model.canOpenProperty().not();
        newItem.disableProperty().bind(cannotOpen);
        openItem.disableProperty().bind(cannotOpen);
        recentMenu.disableProperty().bind(cannotOpen.or(javafx.beans.binding.Bindings.isEmpty(model.recentFiles())));
        openLessonItem.disableProperty().bind(cannotOpen);
        var noModel = model.hasModelProperty().not();
        for (MenuItem item : new MenuItem[] {saveItem, saveAsItem, saveLessonItem, exportJsonItem, exportNpzItem,
                exportCsvItem}) {
            item.disableProperty().bind(noModel);
        }
        model.recentFiles().addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) c -> fillRecent());
        fillRecent();

        statusLabel.textProperty().bind(model.statusProperty());
        samplesLabel.textProperty().bind(model.samplesTextProperty());
        speedLabel.textProperty().bind(model.speedTextProperty());
        elapsedLabel.textProperty().bind(model.elapsedTextProperty());
        heldOutLabel.textProperty().bind(model.heldOutTextProperty());
        verdictLabel.textProperty().bind(model.verdictProperty());

        model.sampleProperty().addListener((obs, old, now) -> showSample());
        model.predictionProperty().addListener((obs, old, now) -> showPrediction());
        model.insideProperty().addListener((obs, old, now) -> showInside());
        gates.setOnUnitClicked(model::toggleUnit);
        clampBox.getItems().setAll(org.echolstm.model.LstmProbe.GateClamp.values());
        clampBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.echolstm.model.LstmProbe.GateClamp clamp) {
                return clamp == null ? "" : I18n.t("clamp." + clamp.name());
            }

            @Override
            public org.echolstm.model.LstmProbe.GateClamp fromString(String text) {
                return null;
            }
        });
        clampBox.valueProperty().bindBidirectional(model.gateClampProperty());
        clampBox.setTooltip(new Tooltip(I18n.t("tooltip.clamp")));
        restoreUnitsButton.setTooltip(new Tooltip(I18n.t("tooltip.restore")));
        showInside();
        showSample();

        sequenceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sequence()));
        predictedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().predicted()));
        expectedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().expected()));
        verdictColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().verdict()));
        Tooltip.install(charts, new Tooltip(I18n.t("tooltip.charts")));
        Tooltip.install(heatmap, new Tooltip(I18n.t("tooltip.heatmap")));
        Tooltip.install(bars, new Tooltip(I18n.t("tooltip.bars")));
        predictionTable.setTooltip(new Tooltip(I18n.t("tooltip.table")));
        predictionTable.setItems(model.recentPredictions());
        predictionTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        speedSlider.valueProperty().addListener((obs, old, now) -> {
            double pace = PACES[(int) Math.round(now.doubleValue())];
            model.paceProperty().set(pace);
        });
        speedValueLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.paceProperty().get() <= 0 ? I18n.t("speed.full")
                        : I18n.t("speed.perSecond", Bounds.format(model.paceProperty().get())), model.paceProperty()));
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::singleKeys);
            }
        });
        darkItem.selectedProperty().bindBidirectional(model.darkThemeProperty());
        compareItem.selectedProperty().bindBidirectional(model.compareProperty());
        model.darkThemeProperty().addListener((obs, old, now) -> applyTheme());
        root.sceneProperty().addListener((obs, old, now) -> applyTheme());
        frames.start();
    }

    private void applyTheme() {
        if (root.getScene() == null) {
            return;
        }
        String dark = App.resource("Dark.css").toExternalForm();
        var sheets = root.getScene().getStylesheets();
        sheets.remove(dark);
        if (viewModel.darkThemeProperty().get()) {
            sheets.add(dark);
        }
        double scale = presentationItem.isSelected() ? 1.5 : 1;
        heatmap.setLook(viewModel.darkThemeProperty().get(), scale);
        gates.setLook(viewModel.darkThemeProperty().get(), scale);
        confusion.setLook(viewModel.darkThemeProperty().get(), scale);
        bars.setLook(viewModel.darkThemeProperty().get(), scale);
    }

    /** Presentation mode: large type, full screen, parameter panes hidden. */
    public void setPresentation(boolean on) {
        presentationItem.setSelected(on);
        togglePresentation();
    }

    @FXML
    private void togglePresentation() {
        boolean on = presentationItem.isSelected();
        String large = App.resource("Presentation.css").toExternalForm();
        root.getStylesheets().remove(large);
        if (on) {
            root.getStylesheets().add(large);
        }
        parametersItem.setSelected(!on);
        toggleParameters();
        applyTheme();
        if (root.getScene().getWindow() instanceof javafx.stage.Stage stage) {
            stage.setFullScreenExitHint(I18n.t("prefs.fullScreenHint"));
            stage.setFullScreen(on);
        }
    }

    @FXML
    private void toggleParameters() {
        root.setLeft(parametersItem.isSelected() ? parameters : null);
    }

    /**
     * The classroom keys without modifiers (Space, →, R, N); not while typing in a field, where
     * those keys mean text.
     */
    private void singleKeys(javafx.scene.input.KeyEvent event) {
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown() || event.isShortcutDown()
                || event.getTarget() instanceof javafx.scene.control.TextInputControl
                || root.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl
                || root.getScene().getFocusOwner() instanceof javafx.scene.control.ComboBoxBase) {
            return;
        }
        switch (event.getCode()) {
            case SPACE -> {
                if (viewModel.canPauseProperty().get() || viewModel.canResumeProperty().get()) {
                    viewModel.togglePause();
                } else {
                    viewModel.train();
                }
            }
            case RIGHT -> viewModel.step();
            case R -> viewModel.resetWeights();
            case N -> viewModel.newSample();
            default -> {
                return;
            }
        }
        event.consume();
    }

    @FXML
    private void toggleExplanations() {
        explanations.setVisible(explainItem.isSelected());
        explanations.setManaged(explainItem.isSelected());
    }

    /** The comparison (bound to the view model) is drawn on the training charts: show them. */
    @FXML
    private void toggleCompare() {
        if (compareItem.isSelected()) {
            showTab(0);
        }
    }

    @FXML
    private void toggleDark() {
        // Bound to the view model's theme property; applyTheme follows it.
    }

    @FXML
    private void showPreferences() {
        new PreferencesDialog(viewModel, root.getScene().getWindow()).showAndWait();
    }

    @FXML
    private void showGuide() {
        viewModel.openUserGuide();
    }

    private void showSample() {
        var task = viewModel.sampleTaskProperty().get();
        if (task != null) {
            heatmap.show(viewModel.sampleProperty().get(), task.features(), task.echoIndex());
            bars.clear(task.features());
        }
    }

    private void showInside() {
        var look = viewModel.insideProperty().get();
        gates.show(look.orElse(null));
        confusion.show(look.map(org.echolstm.ui.internals.Inside::confusion).orElse(null));
        heatmap.setInfluence(look.map(org.echolstm.ui.internals.Inside::influence).orElse(new float[0]));
        boolean intact = look.map(l -> l.silenced().isEmpty()
                && l.clamp() == org.echolstm.model.LstmProbe.GateClamp.NONE).orElse(true);
        restoreUnitsButton.setDisable(intact);
        ablationLabel.setText(look.map(l -> intact
                ? I18n.t("inside.noneSilenced", percent(l.accuracy()))
                : I18n.t("inside.ablated", ablationName(l), Integer.toString(l.trace().predicted()),
                        percent(l.ablatedAccuracy()), percent(l.accuracy()))).orElse(I18n.t("inside.empty")));
    }

    private static String ablationName(org.echolstm.ui.internals.Inside look) {
        String units = look.silenced().isEmpty() ? "" : I18n.t("inside.units", look.silenced().toString());
        String clamp = look.clamp() == org.echolstm.model.LstmProbe.GateClamp.NONE ? ""
                : I18n.t("clamp." + look.clamp().name());
        return units.isEmpty() ? clamp : clamp.isEmpty() ? units : units + ", " + clamp;
    }

    private static String percent(double share) {
        return String.format(I18n.locale(), "%.1f %%", share * 100);
    }

    /** Shows one of the centre tabs: 0 training, 1 inside the LSTM, 2 confusion matrix. */
    public void showTab(int index) {
        centerTabs.getSelectionModel().select(index);
    }

    public org.echolstm.ui.internals.GateHeatmaps gates() {
        return gates;
    }

    @FXML
    private void restoreUnits() {
        viewModel.clearSilencedUnits();
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

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (java.nio.file.Path file : viewModel.recentFiles()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                if (file.getFileName().toString().endsWith(LESSON_EXTENSION)) {
                    viewModel.openLesson(file);
                } else {
                    viewModel.openModel(file);
                }
            });
            recentMenu.getItems().add(item);
        }
    }

    static final String MODEL_EXTENSION = ".zip";
    static final String LESSON_EXTENSION = ".echolesson";

    /** A file chooser that starts in the folder last used for this kind of file. */
    private java.util.Optional<java.nio.file.Path> choose(boolean save, String kind, String title, String description,
                                                          String extension, String suggestedName) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(description, "*" + extension));
        viewModel.lastFolder(kind).filter(java.nio.file.Files::isDirectory)
                .ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        if (save) {
            chooser.setInitialFileName(suggestedName + extension);
        }
        java.io.File file = save ? chooser.showSaveDialog(root.getScene().getWindow())
                : chooser.showOpenDialog(root.getScene().getWindow());
        if (file == null) {
            return java.util.Optional.empty();
        }
        java.nio.file.Path path = file.toPath();
        if (save && !path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + extension);
        }
        viewModel.rememberFolder(kind, path.toAbsolutePath().getParent());
        return java.util.Optional.of(path);
    }

    private String suggestedName() {
        var task = viewModel.sampleTaskProperty().get();
        return task == null ? "echo-lstm" : "echo-lstm-" + task.length() + "-" + task.features() + "-" + task.echoIndex();
    }

    /** Asks about unsaved training before the window closes; true when it may close now. */
    public boolean requestClose() {
        return viewModel.requestClose(
                () -> choose(true, "lesson", I18n.t("chooser.saveLesson"), I18n.t("chooser.lesson"), LESSON_EXTENSION, suggestedName()),
                () -> root.getScene().getWindow().hide());
    }

    @FXML
    private void newModel() {
        viewModel.newModel();
    }

    @FXML
    private void openModel() {
        choose(false, "model", I18n.t("chooser.openModel"), I18n.t("chooser.model"), MODEL_EXTENSION, "")
                .ifPresent(viewModel::openModel);
    }

    @FXML
    private void saveModel() {
        var current = viewModel.currentFileProperty().get();
        if (current.isPresent() && current.get().getFileName().toString().endsWith(MODEL_EXTENSION)) {
            viewModel.saveModel(current.get());
        } else {
            saveModelAs();
        }
    }

    @FXML
    private void saveModelAs() {
        choose(true, "model", I18n.t("chooser.saveModel"), I18n.t("chooser.model"), MODEL_EXTENSION, suggestedName())
                .ifPresent(viewModel::saveModel);
    }

    @FXML
    private void openLesson() {
        choose(false, "lesson", I18n.t("chooser.openLesson"), I18n.t("chooser.lesson"), LESSON_EXTENSION, "").ifPresent(viewModel::openLesson);
    }

    @FXML
    private void saveLesson() {
        choose(true, "lesson", I18n.t("chooser.saveLesson"), I18n.t("chooser.lesson"), LESSON_EXTENSION, suggestedName())
                .ifPresent(viewModel::saveLesson);
    }

    @FXML
    private void exportWeightsJson() {
        choose(true, "export", I18n.t("chooser.exportJson"), I18n.t("chooser.json"), ".json", suggestedName() + "-weights")
                .ifPresent(file -> viewModel.export(MainViewModel.Export.WEIGHTS_JSON, file));
    }

    @FXML
    private void exportWeightsNpz() {
        choose(true, "export", I18n.t("chooser.exportNpz"), I18n.t("chooser.npz"), ".npz", suggestedName() + "-weights")
                .ifPresent(file -> viewModel.export(MainViewModel.Export.WEIGHTS_NPZ, file));
    }

    @FXML
    private void exportHistoryCsv() {
        choose(true, "export", I18n.t("chooser.exportCsv"), I18n.t("chooser.csv"), ".csv", suggestedName() + "-history")
                .ifPresent(file -> viewModel.export(MainViewModel.Export.HISTORY_CSV, file));
    }

    @FXML
    private void exportChartsPng() {
        choose(true, "export", I18n.t("chooser.exportCharts"), I18n.t("chooser.png"), ".png", suggestedName() + "-charts")
                .ifPresent(file -> viewModel.exportImage(picture(charts), file));
    }

    @FXML
    private void exportHeatmapPng() {
        choose(true, "export", I18n.t("chooser.exportHeatmap"), I18n.t("chooser.png"), ".png", suggestedName() + "-sample")
                .ifPresent(file -> viewModel.exportImage(picture(samplePicture), file));
    }

    private static java.awt.image.BufferedImage picture(javafx.scene.Node node) {
        return javafx.embed.swing.SwingFXUtils.fromFXImage(node.snapshot(null, null), null);
    }

    @FXML
    private void quit() {
        if (requestClose()) {
            root.getScene().getWindow().hide();
        }
    }

    @FXML
    private void showShortcuts() {
        // Listed from the menus themselves, so the list cannot drift from the real accelerators.
        StringBuilder text = new StringBuilder();
        for (javafx.scene.control.Menu menu : ((javafx.scene.control.MenuBar) root.lookup("#menuBar")).getMenus()) {
            appendShortcuts(menu.getItems(), text);
        }
        text.append(String.format("%-16s %s%n", "Space", I18n.t("menu.training.pause").replace("_", "")));
        text.append(String.format("%-16s %s%n", "→", I18n.t("menu.training.step").replace("_", "")));
        info(I18n.t("dialog.shortcuts.title"), text.toString().strip());
    }

    private static void appendShortcuts(java.util.List<MenuItem> items, StringBuilder text) {
        for (MenuItem item : items) {
            if (item instanceof javafx.scene.control.Menu menu) {
                appendShortcuts(menu.getItems(), text);
            } else if (item.getAccelerator() != null) {
                text.append(String.format("%-16s %s%n", item.getAccelerator().getDisplayText(),
                        item.getText().replace("_", "")));
            }
        }
    }

    @FXML
    private void showAbout() {
        info(I18n.t("dialog.about.title"), I18n.t("dialog.about.text", AppInfo.VERSION));
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
