package org.echolstm.ui;

import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.echolstm.AppInfo;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** The JavaFX application: one main window. */
public final class App extends Application {
    private MainViewModel viewModel;
    private MainView view;
    private Stage stage;
    private final UserSettings settings = UserSettings.forUser();

    public static void launchWindow(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        LoggerFactory.getLogger(App.class).info("{} {} starting (Java {})", AppInfo.NAME, AppInfo.VERSION,
                System.getProperty("java.version"));
        I18n.use(settings.language());
        Window window = open(stage);
        handleUnexpectedErrors(new FxDialogService(() -> stage));
        this.viewModel = window.viewModel();
        this.view = window.view();
        this.stage = stage;
        settings.restore(viewModel.parameters());
        settings.restoreFiles(viewModel);
        settings.restorePreferences(viewModel);
        settings.restore(stage);
        stage.setOnCloseRequest(e -> {
            if (!window.view().requestClose()) {
                e.consume();
            }
        });
        stage.show();
        Path autosave = AppInfo.dataFolder().resolve(AUTOSAVE_NAME);
        offerAutosave(autosave, window);
        Runnable applyAutosave = () -> {
            if (viewModel.autosaveProperty().get()) {
                viewModel.enableAutosave(autosave, AUTOSAVE_INTERVAL_NANOS);
            } else {
                viewModel.disableAutosave();
            }
        };
        viewModel.autosaveProperty().addListener((obs, old, now) -> applyAutosave.run());
        applyAutosave.run();
        viewModel.setUserGuideOpener(() -> getHostServices().showDocument(UserGuide.install().toUri().toString()));
    }

    /**
     * An exception nobody caught is logged and shown once in plain words, with its details to
     * copy; the application keeps running.
     */
    static void handleUnexpectedErrors(DialogService dialogs) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LoggerFactory.getLogger(App.class).error("Unexpected error on thread {}", thread.getName(), error);
            javafx.application.Platform.runLater(() -> dialogs.showError(I18n.t("dialog.error.unexpected"),
                    I18n.t("dialog.error.unexpectedMessage", AppInfo.dataFolder().resolve("logs").toString()), error));
        });
    }

    static final String AUTOSAVE_NAME = "autosave.echolesson";
    static final long AUTOSAVE_INTERVAL_NANOS = 60_000_000_000L;

    /** After a crash the autosaved lesson is still there: offer to continue from it. */
    private static void offerAutosave(Path autosave, Window window) {
        if (!Files.isRegularFile(autosave)) {
            return;
        }
        String when;
        try {
            when = java.time.format.DateTimeFormatter.ofPattern("d MMM HH:mm").format(
                    Files.getLastModifiedTime(autosave).toInstant().atZone(java.time.ZoneId.systemDefault()));
        } catch (IOException e) {
            when = "an earlier run";
        }
        String message = I18n.t("dialog.restore.message", when);
        javafx.application.Platform.runLater(() -> {
            if (new FxDialogService(window::stage).confirm(I18n.t("dialog.restore.title"), message, I18n.t("dialog.restore.confirm"))) {
                window.viewModel().openLesson(autosave);
            }
        });
    }

    /** The window's parts, for the application, the screenshot command and the tests. */
    public record Window(Stage stage, MainView view, MainViewModel viewModel) {
    }

    /** Builds the main window on {@code stage} (not shown yet). */
    public static Window open(Stage stage) {
        return open(stage, new FxDialogService(() -> stage));
    }

    /** Builds the main window with the given dialogs (the tests answer them without a person). */
    public static Window open(Stage stage, DialogService dialogs) {
        FXMLLoader loader = new FXMLLoader(resource("MainView.fxml"), I18n.bundle());
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the main window layout", e);
        }
        MainView view = loader.getController();
        MainViewModel viewModel = new MainViewModel(dialogs);
        view.bind(viewModel);
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(resource("MainView.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(AppInfo.NAME);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        addIcons(stage);
        stage.setOnHidden(e -> {
            view.unbind();
            viewModel.shutdown();
        });
        return new Window(stage, view, viewModel);
    }

    private static void addIcons(Stage stage) {
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
        if (stage != null) {
            settings.save(viewModel.parameters());
            settings.saveFiles(viewModel);
            settings.savePreferences(viewModel);
            settings.save(stage);
        }
        if (view != null) {
            view.unbind();
        }
        if (viewModel != null) {
            viewModel.shutdown();
        }
    }
}
