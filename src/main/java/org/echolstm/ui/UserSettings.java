package org.echolstm.ui;

import javafx.stage.Stage;
import org.echolstm.model.Optimizer;
import org.echolstm.ui.parameters.ParametersViewModel;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs (the parameter fields, window size and position), in
 * {@code java.util.prefs}. Values are restored as text, so even a stored value that is no longer
 * allowed shows up with its message instead of failing.
 */
public final class UserSettings {
    private final Preferences node;

    public UserSettings(Preferences node) {
        this.node = node;
    }

    public static UserSettings forUser() {
        return new UserSettings(Preferences.userRoot().node("org/echolstm/explorer"));
    }

    public void restore(ParametersViewModel parameters) {
        for (ParametersViewModel.Field field : parameters.fields()) {
            String value = node.get("field." + field.key(), null);
            if (value != null) {
                field.textProperty().set(value);
            }
        }
        Optimizer.parse(node.get("optimizer", "")).ifPresent(parameters.optimizerProperty()::set);
    }

    public void save(ParametersViewModel parameters) {
        for (ParametersViewModel.Field field : parameters.fields()) {
            node.put("field." + field.key(), field.textProperty().get());
        }
        node.put("optimizer", parameters.optimizerProperty().get().name());
        flush();
    }

    /** Recent files (those that still exist) and the last folder of each kind of file. */
    public void restoreFiles(MainViewModel viewModel) {
        for (int i = MainViewModel.RECENT_FILES - 1; i >= 0; i--) {
            String path = node.get("recent." + i, null);
            if (path != null && java.nio.file.Files.exists(java.nio.file.Path.of(path))) {
                viewModel.recentFiles().remove(java.nio.file.Path.of(path));
                viewModel.recentFiles().add(0, java.nio.file.Path.of(path));
            }
        }
        for (String kind : FOLDER_KINDS) {
            String folder = node.get("folder." + kind, null);
            if (folder != null) {
                viewModel.rememberFolder(kind, java.nio.file.Path.of(folder));
            }
        }
    }

    public void saveFiles(MainViewModel viewModel) {
        for (int i = 0; i < MainViewModel.RECENT_FILES; i++) {
            if (i < viewModel.recentFiles().size()) {
                node.put("recent." + i, viewModel.recentFiles().get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
        for (String kind : FOLDER_KINDS) {
            viewModel.lastFolder(kind).ifPresent(folder -> node.put("folder." + kind, folder.toString()));
        }
        flush();
    }

    private static final java.util.List<String> FOLDER_KINDS = java.util.List.of("model", "lesson", "export");

    /** Theme and autosave (on unless turned off). */
    public void restorePreferences(MainViewModel viewModel) {
        viewModel.darkThemeProperty().set(node.getBoolean("theme.dark", false));
        viewModel.languageProperty().set(I18n.locale());
        viewModel.autosaveProperty().set(node.getBoolean("autosave", true));
    }

    /** The window's language (English unless German was chosen or is the system's). */
    public java.util.Locale language() {
        String tag = node.get("language", "");
        return tag.isEmpty() ? java.util.Locale.getDefault() : java.util.Locale.forLanguageTag(tag);
    }

    public void savePreferences(MainViewModel viewModel) {
        node.put("language", viewModel.languageProperty().get().toLanguageTag());
        node.putBoolean("theme.dark", viewModel.darkThemeProperty().get());
        node.putBoolean("autosave", viewModel.autosaveProperty().get());
        flush();
    }

    public void restore(Stage stage) {
        double width = node.getDouble("window.width", 0);
        double height = node.getDouble("window.height", 0);
        if (width >= 640 && height >= 480) {
            stage.setWidth(width);
            stage.setHeight(height);
            double x = node.getDouble("window.x", Double.NaN);
            double y = node.getDouble("window.y", Double.NaN);
            boolean onScreen = !javafx.stage.Screen.getScreensForRectangle(x, y, 100, 100).isEmpty();
            if (!Double.isNaN(x) && !Double.isNaN(y) && onScreen) {
                stage.setX(x);
                stage.setY(y);
            }
        }
        stage.setMaximized(node.getBoolean("window.maximized", false));
    }

    public void save(Stage stage) {
        node.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            node.putDouble("window.width", stage.getWidth());
            node.putDouble("window.height", stage.getHeight());
            node.putDouble("window.x", stage.getX());
            node.putDouble("window.y", stage.getY());
        }
        flush();
    }

    /** Forgets everything stored. */
    public void clear() {
        try {
            node.clear();
        } catch (BackingStoreException e) {
            org.slf4j.LoggerFactory.getLogger(UserSettings.class).warn("Cannot clear the preferences", e);
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            org.slf4j.LoggerFactory.getLogger(UserSettings.class).warn("Cannot store the preferences", e);
        }
    }
}
