package org.echolstm.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.echolstm.ui.preferences.WindowPlacement;
import org.echolstm.ui.concurrent.FxTaskExecutor;
import org.echolstm.ui.files.AutosaveService;
import org.echolstm.ui.guide.GuideWindow;
import org.echolstm.ui.guide.SystemBrowser;
import org.echolstm.ui.guide.UserGuide;
import org.echolstm.ui.lesson.FileErrors;
import org.echolstm.ui.preferences.PreferencesStore;
import org.echolstm.AppInfo;
import org.echolstm.training.EngineWarmup;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** The JavaFX application: one main window. */
public final class App extends Application {
    static final String AUTOSAVE_NAME = "autosave.echolesson";
    public static final long AUTOSAVE_INTERVAL_NANOS = 60_000_000_000L;
    private static final double MIN_WIDTH = 900;
    private static final double MIN_HEIGHT = 600;

    private Window window;
    private WindowMemory memory;
    private final PreferencesStore store = PreferencesStore.forUser();

    public static void launchWindow(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        LoggerFactory.getLogger(App.class).info("{} {} starting (Java {})", AppInfo.NAME, AppInfo.VERSION,
                System.getProperty("java.version"));
        I18n.use(store.language());
        WindowPlacement placement = showEmptyFirst(stage);
        afterFrames(2, () -> {
            if (stage.isShowing()) {
                fill(stage, placement);
            }
        });
    }

    /**
     * The window appears at once, where and as large as it will be, in the theme's background: the
     * first frame of the whole window (its layout, every control's skin and style) took 1.6 s and
     * more on two busy cores, and a window that is there is better than one that is not.
     */
    private WindowPlacement showEmptyFirst(Stage stage) {
        Application.setUserAgentStylesheet(store.theme().userAgentStylesheet());
        StackPane empty = new StackPane();
        empty.setStyle("-fx-background-color: -color-bg-default;");
        WindowPlacement placement = WindowMemory.placement(store);
        stage.setScene(new Scene(empty, placement.width(), placement.height()));
        stage.setTitle(AppInfo.NAME);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        addIcons(stage);
        placement.applyTo(stage);
        stage.show();
        return placement;
    }

    /** The whole window, in the stage already shown at {@code placement}. */
    private void fill(Stage stage, WindowPlacement placement) {
        window = open(stage, new FxDialogService(() -> stage), () -> openGuide(stage));
        handleUnexpectedErrors(new FxDialogService(() -> stage));
        MainViewModel viewModel = window.viewModel();
        memory = new WindowMemory(store, window);
        memory.restoreBeforeShow(placement);
        stage.setOnCloseRequest(e -> {
            e.consume(); // the window closes itself once nothing unsaved would be lost
            window.view().requestClose();
        });
        afterFrames(2, () -> {
            LoggerFactory.getLogger(App.class).info("The whole window drawn {} ms after the start",
                    ManagementFactory.getRuntimeMXBean().getUptime());
            EngineWarmup.start();
        });
        memory.restoreAfterShow();
        Platform.runLater(window.view()::takeFirstFocus);
        Path autosave = AppInfo.dataFolder().resolve(AUTOSAVE_NAME);
        if (Files.isRegularFile(autosave)) {
            viewModel.files().offerRestore(autosave, () -> AutosaveService.delete(autosave));
        }
        BooleanProperty autosaveOn = viewModel.preferences().autosave().enabledProperty();
        Runnable applyAutosave = () -> {
            if (autosaveOn.get()) {
                viewModel.autosave().enable(autosave, AUTOSAVE_INTERVAL_NANOS);
            } else {
                viewModel.autosave().disable();
            }
        };
        autosaveOn.addListener((obs, old, now) -> applyAutosave.run());
        applyAutosave.run();
    }

    /**
     * Shows the window and warms the engine up while the user looks at it (the window bench shows it
     * so too): from its second frame on, as the warm-up takes a core of two and the first frame
     * needs both (the window's thread and the renderer's).
     */
    public static void show(Stage stage) {
        stage.show();
        afterFrames(2, EngineWarmup::start);
    }

    /** Runs {@code then} at the {@code frames}-th pulse from now: by the second, the first frame has gone to the renderer. */
    private static void afterFrames(int frames, Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == frames) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    /**
     * Opens the user guide in the system's browser, and inside the application when no browser
     * opens it (none installed, or the desktop could not start one): F1 always shows the guide.
     */
    private void openGuide(Stage stage) {
        Path guide;
        try {
            guide = UserGuide.install();
        } catch (UncheckedIOException e) {
            new FxDialogService(() -> stage).showError(I18n.t("dialog.error.guide"), FileErrors.sentence(e.getCause()), e);
            return;
        }
        SystemBrowser browser = SystemBrowser.forThisComputer(getHostServices()::showDocument);
        window.viewModel().status().say(I18n.t("status.guideOpening"));
        browser.open(guide.toUri()).thenAccept(opened -> Platform.runLater(() -> {
            if (opened) {
                window.viewModel().status().say(I18n.t("status.guide", guide.toString()));
            } else {
                window.viewModel().status().say(I18n.t("status.guideHere"));
                GuideWindow.show(stage, guide, browser);
            }
        }));
    }

    /**
     * An exception nobody caught is logged and shown once in plain words, with its details to
     * copy; the application keeps running.
     */
    static void handleUnexpectedErrors(DialogService dialogs) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LoggerFactory.getLogger(App.class).error("Unexpected error on thread {}", thread.getName(), error);
            Platform.runLater(() -> dialogs.showError(I18n.t("dialog.error.unexpected"),
                    I18n.t("dialog.error.unexpectedMessage", AppInfo.dataFolder().resolve("logs").toString()), error));
        });
    }

    /** The window's parts, for the application, the screenshot command and the tests. */
    public record Window(Stage stage, MainView view, MainViewModel viewModel) {
    }

    /** Builds the main window on {@code stage} (not shown yet). */
    public static Window open(Stage stage) {
        return open(stage, new FxDialogService(() -> stage), () -> { });
    }

    /** Builds the main window with the given dialogs (the tests answer them without a person). */
    public static Window open(Stage stage, DialogService dialogs) {
        return open(stage, dialogs, () -> { });
    }

    static Window open(Stage stage, DialogService dialogs, Runnable openGuide) {
        FXMLLoader loader = new FXMLLoader(resource("MainView.fxml"), I18n.bundle());
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the main window layout", e);
        }
        MainView view = loader.getController();
        MainViewModel viewModel = new MainViewModel(dialogs, new FxTaskExecutor());
        view.bind(viewModel, dialogs, openGuide);
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(resource("MainView.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        addIcons(stage);
        stage.setOnHidden(e -> {
            view.unbind();
            viewModel.shutdown();
        });
        return new Window(stage, view, viewModel);
    }

    /**
     * Puts {@code theme} on the application (AtlantaFX's stylesheet: every window, dialogs too) and
     * on {@code scene}: the theme's own overrides, and a style class "theme-ID" on the root for what
     * our style sheet chooses per theme (the chart curves).
     */
    private static void addIcons(Stage stage) {
        if (!stage.getIcons().isEmpty()) {
            return;
        }
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            InputStream in = App.class.getResourceAsStream("icons/icon-" + size + ".png");
            if (in != null) {
                stage.getIcons().add(new Image(in));
            }
        }
    }

    /** A resource beside this class; fails fast when it is missing. */
    static URL resource(String name) {
        return Objects.requireNonNull(App.class.getResource(name), () -> "missing resource " + name);
    }

    @Override
    public void stop() {
        if (window != null) {
            memory.write();
            window.view().unbind();
            window.viewModel().shutdown();
        }
    }
}
