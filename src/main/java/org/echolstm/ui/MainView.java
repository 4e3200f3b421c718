package org.echolstm.ui;

import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.echolstm.ui.actions.ActionFactory;
import org.echolstm.ui.actions.Command;
import org.echolstm.ui.actions.KeyboardShortcuts;
import org.echolstm.ui.actions.MainMenu;
import org.echolstm.ui.actions.StandardAction;
import org.echolstm.ui.actions.ZoomKeys;
import org.echolstm.ui.charts.TrainingCharts;
import org.echolstm.ui.confusion.ConfusionView;
import org.echolstm.ui.experiments.ExperimentsView;
import org.echolstm.ui.inside.InsideView;
import org.echolstm.ui.parameters.ParametersView;
import org.echolstm.ui.preferences.PreferencesDialog;
import org.echolstm.ui.preferences.Zoom;
import org.echolstm.ui.sample.SampleView;
import org.echolstm.ui.status.StatusBarView;
import org.echolstm.ui.story.StoryCaption;
import org.echolstm.ui.story.StoryTabs;
import org.echolstm.ui.story.StorylineWindow;
import org.echolstm.ui.timeline.TimelineView;
import org.echolstm.ui.training.TrainingToolbar;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;

import static org.echolstm.ui.actions.StandardAction.BACK_TO_NOW;
import static org.echolstm.ui.actions.StandardAction.MARK_MOMENT;
import static org.echolstm.ui.actions.StandardAction.NEXT_STOP;
import static org.echolstm.ui.actions.StandardAction.PREVIOUS_STOP;

/**
 * The main window: composes the feature views, makes the menu and the toolbar from the action
 * catalogue, and passes each frame on to the view models.
 */
public final class MainView implements MainCommands.Window {
    @FXML
    private BorderPane root;
    @FXML
    private VBox top;
    @FXML
    private BorderPane content;
    @FXML
    private Node parameters;
    @FXML
    private ParametersView parametersController;
    @FXML
    private SplitPane centerSplit;
    @FXML
    private TabPane centerTabs;
    @FXML
    private Tab trainingTab;
    @FXML
    private Tab insideTab;
    @FXML
    private Tab confusionTab;
    @FXML
    private TrainingCharts charts;
    /** The views of the Inside, Confusion and Experiments tabs: made when their tab is first shown, null until then. */
    private InsideView insideController;
    @FXML
    private SampleView sampleController;
    @FXML
    private StatusBarView statusBarController;
    @FXML
    private TimelineView timelineController;
    @FXML
    private Tab experimentsTab;
    private ExperimentsView experimentsController;
    @FXML
    private Node explanations;
    @FXML
    private VBox captionArea;

    /** The least room the tabs and the sample need at 100 % with nothing cut (a 1024 x 768 window has it). */
    private static final double CONTENT_MIN_WIDTH = 680;
    private static final double CONTENT_MIN_HEIGHT = 620;

    /** The parameter panes' widths at 100 % (MainView.css). */
    private static final double PARAMETERS_WIDTH = 330;
    private static final double PARAMETERS_MIN_WIDTH = 300;

    private final BooleanProperty presentation = new SimpleBooleanProperty();
    private final BooleanProperty parametersShown = new SimpleBooleanProperty(true);
    private final BooleanProperty explanationsShown = new SimpleBooleanProperty();
    /** The share of the width the tabs take beside the sample, as the user last chose it. */
    private final DoubleProperty tabsShare = new SimpleDoubleProperty(0.55);
    private final Menu recentMenu = new Menu(I18n.t("menu.file.recent"));
    private MainViewModel viewModel;
    private SidePanes sides;
    private WindowLook look;
    private Map<StandardAction, Command> commands;
    private FileChoosers choosers;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            viewModel.onFrame(now);
            if (viewModel.chartsDue(now)) {
                charts.update(viewModel.lesson().history(), viewModel.comparison().history());
            }
        }
    };

    public void bind(MainViewModel model, DialogService dialogs, Runnable openGuide) {
        this.viewModel = model;
        parametersController.bind(model.parameters());
        sampleController.bind(model.sample());
        statusBarController.bind(model.status());
        model.inside().visibleProperty().bind(insideTab.selectedProperty());
        model.confusion().visibleProperty().bind(confusionTab.selectedProperty());
        ChartsOnScreen.follow(charts, model);

        choosers = new FileChoosers(model.preferences().files(), () -> root.getScene().getWindow());
        commands = MainCommands.create(model, this, choosers, dialogs, openGuide);
        model.unsaved().saveWith(this::saveLessonThen);
        top.getChildren().setAll(MainMenu.create(commands, recentMenu), TrainingToolbar.create(commands, model.training()));
        ActionFactory actions = new ActionFactory();
        timelineController.bind(model.timeline(), actions.button(MARK_MOMENT, commands.get(MARK_MOMENT)),
                actions.button(BACK_TO_NOW, commands.get(BACK_TO_NOW)));
        RecentMenu.follow(recentMenu, model.files());
        captionArea.getChildren().setAll(StoryCaption.create(model.story()));
        StoryTabs.follow(centerTabs, model.story().viewProperty());
        // A stop's tab may hide the focused control (JavaFX then hands the focus to a field): the
        // classroom keys go on working from the charts or the tab strip.
        model.story().currentProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                takeFirstFocus();
            }
        });

        // Hidden in place, like the explanations: taken out of the border pane and put back with
        // toBack() (to keep Tab starting in it), it came back as a loose child, not the left part,
        // and the centre was laid out over it.
        sides = new SidePanes(root, (Region) parameters, (Region) explanations, parametersShown, explanationsShown,
                () -> CONTENT_MIN_WIDTH * scale(), () -> Zoom.panelWidth(PARAMETERS_WIDTH, scale()) / PARAMETERS_WIDTH,
                model.status()::say);
        look = new WindowLook(root, content, CONTENT_MIN_WIDTH, CONTENT_MIN_HEIGHT, model.preferences().appearance(),
                presentation, this::sizeParameters);
        look.follow(sampleController::setLook);
        presentation.addListener((obs, old, now) -> applyPresentation());
        model.preferences().appearance().themeProperty().addListener((obs, old, now) -> look.apply());
        model.preferences().appearance().scaleProperty().addListener((obs, old, now) -> {
            look.apply();
            model.status().say(I18n.t("status.zoom", Zoom.percent(now.doubleValue())));
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                KeyboardShortcuts.installStopKeys(scene, presentation, commands.get(PREVIOUS_STOP),
                        commands.get(NEXT_STOP));
                KeyboardShortcuts.installClassroomKeys(scene, commands);
                ZoomKeys.install(scene, commands);
                scene.getStylesheets().add(App.resource("Focus.css").toExternalForm());
                FocusKeeper.install(scene, charts);
                look.apply();
            }
        });
        look.applyScale();
        root.widthProperty().addListener((obs, old, now) -> sizeParameters());
        DividerShare.keep(centerSplit, tabsShare);
        // ← → and Home replay the timeline from the tab strip too (Ctrl+Tab and Ctrl+PgDn switch tabs).
        centerTabs.getProperties().put(KeyboardShortcuts.REPLAY_KEYS, true);
        TabNames.install(centerTabs, List.of(new TabNames.Name(trainingTab, I18n.t("tab.training"), I18n.t("tab.training")),
                new TabNames.Name(insideTab, I18n.t("tab.inside"), I18n.t("tab.inside.short")),
                new TabNames.Name(confusionTab, I18n.t("tab.confusion"), I18n.t("tab.confusion.short")),
                new TabNames.Name(experimentsTab, I18n.t("tab.experiments"), I18n.t("tab.experiments.short"))));
        makeTabsWhenShown(model);
        frames.start();
    }

    /**
     * The Inside, Confusion and Experiments tabs are made when first shown (at once for the one
     * the window opens on): the first frame needs only the open tab. What the window set before
     * (theme, zoom) is given to each as it is made.
     */
    private void makeTabsWhenShown(MainViewModel model) {
        ResourceBundle bundle = I18n.bundle();
        TabContent.<InsideView>makeWhenShown(insideTab, "inside", "inside/InsideView.fxml", bundle, view -> {
            view.bind(model.inside());
            look.follow(view::setLook);
            insideController = view;
        });
        TabContent.<ConfusionView>makeWhenShown(confusionTab, "confusion", "confusion/ConfusionView.fxml", bundle, view -> {
            view.bind(model.confusion());
            look.follow(view::setLook);
        });
        TabContent.<ExperimentsView>makeWhenShown(experimentsTab, "experiments", "experiments/ExperimentsView.fxml", bundle,
                view -> {
                    view.bind(model.experiments(), choosers);
                    experimentsController = view;
                });
    }

    /**
     * The keys of the classroom (Space, ←, →, R, N) work from the start: the charts take the first
     * focus (JavaFX gives it to the first control, the preset box, where Space opened its list).
     */
    public void takeFirstFocus() {
        // A window that opens on another tab (as it was left) gives it to the tab strip, which also
        // takes the replay keys: the preset box had it, and ← did nothing.
        if (centerTabs.getSelectionModel().getSelectedItem() == trainingTab) {
            charts.requestFocus();
        } else {
            centerTabs.requestFocus();
        }
    }

    /** The share of the width the tabs take beside the sample (the divider), as the user chose it. */
    public DoubleProperty tabsShareProperty() {
        return tabsShare;
    }

    /** The open tab: 0 training, 1 inside the LSTM, 2 confusion matrix, 3 experiments. */
    public ReadOnlyIntegerProperty selectedTabProperty() {
        return centerTabs.getSelectionModel().selectedIndexProperty();
    }

    /** The parameter panes' width for the scale and the window's width (see {@link Zoom#panelWidth(double, double, double)}). */
    private void sizeParameters() {
        double scale = viewModel.preferences().appearance().scaleProperty().get();
        parameters.setStyle(String.format(Locale.ROOT, "-fx-pref-width: %.0fpx; -fx-min-width: %.0fpx;",
                Zoom.panelWidth(PARAMETERS_WIDTH, scale, root.getWidth()), Zoom.panelWidth(PARAMETERS_MIN_WIDTH, scale)));
        sides.update();
    }

    private double scale() {
        return viewModel.preferences().appearance().scaleProperty().get();
    }

    /** Presentation mode: large type, full screen, parameter panes hidden. */
    private void applyPresentation() {
        boolean on = presentation.get();
        parametersShown.set(!on);
        statusBarController.showRunFigures(!on);
        look.applyPresentation();
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreenExitHint(I18n.t("prefs.fullScreenHint"));
            stage.setFullScreen(on);
        }
    }

    public void setPresentation(boolean on) {
        presentation.set(on);
    }

    @Override
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    @Override
    public BooleanProperty parametersShownProperty() {
        return parametersShown;
    }

    @Override
    public BooleanProperty explanationsShownProperty() {
        return explanationsShown;
    }

    /** Shows one of the centre tabs (see {@link #selectedTabProperty()}); an index no tab has is ignored. */
    public void showTab(int index) {
        if (index >= 0 && index < centerTabs.getTabs().size()) {
            centerTabs.getSelectionModel().select(index);
        }
    }

    @Override
    public void showTrainingTab() {
        showTab(0);
    }

    @Override
    public void exportChartsPicture(Path file) {
        viewModel.export().exportImage(SwingFXUtils.fromFXImage(charts.printImage(), null), file);
    }

    @Override
    public void exportHandout(Path file) {
        viewModel.handout().make(file, new HandoutCamera(this, viewModel));
    }

    /** Makes a handout of the lesson on screen, then runs {@code written} or {@code failed}; on the UI thread. */
    public void makeHandout(Path file, Consumer<Path> written, Consumer<Throwable> failed) {
        viewModel.handout().make(file, new HandoutCamera(this, viewModel), written, failed);
    }

    /** The whole window's content, for pictures of it. */
    Node root() {
        return root;
    }

    /** What the Inside tab shows (made when the tab is first shown). */
    Node insideContent() {
        return insideTab.getContent();
    }

    @Override
    public void exportSamplePicture(Path file) {
        viewModel.export().exportImage(picture(sampleController.picture()), file);
    }

    private static BufferedImage picture(Node node) {
        return SwingFXUtils.fromFXImage(node.snapshot(null, null), null);
    }

    @Override
    public void showPreferences() {
        new PreferencesDialog(viewModel.preferences(), viewModel.parameters(), root.getScene().getWindow())
                .showAndWait();
    }

    @Override
    public void showStoryline() {
        StorylineWindow.show(viewModel.story(), root.getScene().getWindow());
    }

    @Override
    public void quit() {
        requestClose();
    }

    @Override
    public String suggestedName() {
        return viewModel.sample().sampleProperty().get().map(s -> "echo-lstm-" + s.task().length() + "-"
                + s.task().features() + "-" + s.task().echoIndex()).orElse("echo-lstm");
    }

    /**
     * Closes the window once nothing unsaved would be lost (asking first); the lesson saved
     * automatically goes with it, as there is nothing left to recover.
     */
    public void requestClose() {
        viewModel.files().requestClose(() -> {
            viewModel.autosave().delete();
            root.getScene().getWindow().hide();
        });
    }

    /** Saving before work is lost: the lesson goes to the file the user chooses. */
    private boolean saveLessonThen(Runnable afterSaving) {
        Optional<Path> file = choosers.save(MainCommands.SAVE_LESSON_FILE, suggestedName());
        file.ifPresent(f -> viewModel.files().saveLesson(f, afterSaving));
        return file.isPresent();
    }

    /** The commands of the catalogue as this window runs them. */
    public Map<StandardAction, Command> commands() {
        return commands;
    }

    /** The file dialogs of this window. */
    public FileChoosers choosers() {
        return choosers;
    }

    public TrainingCharts charts() {
        return charts;
    }

    public SampleView sample() {
        return sampleController;
    }

    /** The Inside tab's view, once that tab has been shown (it is made then). */
    public InsideView inside() {
        if (insideController == null) {
            throw new IllegalStateException("the Inside tab has not been shown yet");
        }
        return insideController;
    }

    /** Stops the frame pump (when the window closes). */
    public void unbind() {
        frames.stop();
    }
}
