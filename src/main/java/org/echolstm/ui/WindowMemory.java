package org.echolstm.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.echolstm.ui.parameters.ParametersViewModel;
import org.echolstm.ui.preferences.AppearancePreferences;
import org.echolstm.ui.preferences.FilePreferences;
import org.echolstm.ui.preferences.Preferences;
import org.echolstm.ui.preferences.PreferencesStore;
import org.echolstm.ui.preferences.WindowLayout;
import org.echolstm.ui.preferences.WindowPlacement;

import java.util.ArrayList;
import java.util.List;

/**
 * What the user leaves behind, brought back at the next start: the parameter fields, the
 * preferences, the window's place, size and layout. Written shortly after any of it changes, so a
 * crash loses none of it, and once more when the window closes.
 */
final class WindowMemory {
    /** Changes within this time are written together. */
    private static final Duration QUIET = Duration.millis(400);

    private final PreferencesStore store;
    private final App.Window window;
    private final PauseTransition writeSoon = new PauseTransition(QUIET);
    private WindowPlacement placement;

    WindowMemory(PreferencesStore store, App.Window window) {
        this.store = store;
        this.window = window;
        writeSoon.setOnFinished(e -> write());
    }

    /**
     * Before the whole window is drawn: the fields, the preferences, the layout, and {@code asked},
     * the place it asks for (see {@link #placement}).
     */
    void restoreBeforeShow(WindowPlacement asked) {
        store.restore(window.viewModel().parameters());
        store.restore(window.viewModel().preferences());
        store.windowLayout().ifPresent(layout -> {
            window.view().showTab(layout.tab());
            window.view().tabsShareProperty().set(layout.tabsShare());
        });
        placement = asked;
        placement.applyTo(window.stage());
    }

    /** The place and size the window asks for: where it was left, fitted to the screens now, or a first start's. */
    static WindowPlacement placement(PreferencesStore store) {
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        return store.windowPlacement().map(p -> p.fittedTo(screens, primary))
                .orElseGet(() -> WindowPlacement.firstStart(primary));
    }

    /**
     * Once the window shows: the place again, until the window has it. Some window managers
     * (openbox) map a window at its minimum size whatever it asked for, and report that size a
     * moment later — on a busy machine more than three seconds later, and the window then stayed
     * at its minimum size. So the minimum size is answered for longer than any other change; a
     * window the user resizes in its first seconds keeps the size they chose. Then every change is
     * written.
     */
    void restoreAfterShow() {
        Stage stage = window.stage();
        placement.applyTo(stage);
        long start = System.nanoTime();
        InvalidationListener insist = new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                boolean placed = stage.isMaximized() == placement.maximized() && (placement.maximized()
                        || Math.abs(stage.getWidth() - placement.width()) < 2 && Math.abs(stage.getHeight() - placement.height()) < 2);
                boolean atMinimum = !stage.isMaximized() && Math.abs(stage.getWidth() - stage.getMinWidth()) < 3
                        && Math.abs(stage.getHeight() - stage.getMinHeight()) < 3;
                long since = System.nanoTime() - start;
                if (placed || since > (atMinimum ? INSIST_ON_MINIMUM_NANOS : INSIST_NANOS)) {
                    stage.widthProperty().removeListener(this);
                    stage.heightProperty().removeListener(this);
                } else {
                    Platform.runLater(() -> placement.applyTo(stage));
                }
            }
        };
        stage.widthProperty().addListener(insist);
        stage.heightProperty().addListener(insist);
        watch();
    }

    /** How long after showing the window is put back where it asked to be. */
    private static final long INSIST_NANOS = 3_000_000_000L;
    /** How long a window mapped at its minimum size is given the size it asked for again. */
    private static final long INSIST_ON_MINIMUM_NANOS = 30_000_000_000L;

    private void watch() {
        InvalidationListener changed = o -> writeSoon.playFromStart();
        Stage stage = window.stage();
        List<Observable> watched = new ArrayList<>(List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty(), stage.maximizedProperty(), window.view().selectedTabProperty(),
                window.view().tabsShareProperty()));
        ParametersViewModel parameters = window.viewModel().parameters();
        parameters.fields().forEach(field -> watched.add(field.textProperty()));
        watched.add(parameters.optimizerProperty());
        Preferences preferences = window.viewModel().preferences();
        AppearancePreferences appearance = preferences.appearance();
        FilePreferences files = preferences.files();
        watched.addAll(List.of(appearance.themeProperty(), appearance.languageProperty(), appearance.scaleProperty(),
                preferences.autosave().enabledProperty(), files.recentFiles(), files.lastFolders()));
        watched.forEach(o -> o.addListener(changed));
    }

    /** Writes everything now (when the window closes). */
    void write() {
        writeSoon.stop();
        placement = WindowPlacement.of(window.stage(), placement);
        store.save(placement);
        store.save(new WindowLayout(window.view().selectedTabProperty().get(), window.view().tabsShareProperty().get()));
        store.save(window.viewModel().parameters());
        store.save(window.viewModel().preferences());
        store.flush();
    }
}
