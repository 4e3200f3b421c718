package org.echolstm.ui.preferences;

import org.echolstm.model.Optimizer;
import org.echolstm.ui.parameters.ParametersViewModel;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;

/**
 * Where the preferences, the parameter fields and the window's place and layout live between runs:
 * {@code java.util.prefs}. The {@code save} methods put values in the store; {@link #flush()} writes
 * them to disk. Fields are restored as text, so a stored value that is no longer allowed
 * shows up with its message instead of failing.
 */
public final class PreferencesStore {
    private static final String OLD_DARK_THEME = "theme.dark";
    private final java.util.prefs.Preferences node;

    public PreferencesStore(java.util.prefs.Preferences node) {
        this.node = node;
    }

    public static PreferencesStore forUser() {
        return new PreferencesStore(java.util.prefs.Preferences.userRoot().node("org/echolstm/explorer"));
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
    }

    public void restore(Preferences preferences) {
        AppearancePreferences appearance = preferences.appearance();
        appearance.themeProperty().set(theme());
        appearance.languageProperty().set(language());
        appearance.scaleProperty().set(Zoom.nearestStep(node.getDouble("scale", Zoom.NORMAL)));
        preferences.autosave().enabledProperty().set(node.getBoolean("autosave", true));
        FilePreferences files = preferences.files();
        for (int i = FilePreferences.RECENT_FILES - 1; i >= 0; i--) {
            String path = node.get("recent." + i, null);
            if (path != null && Files.exists(Path.of(path))) {
                files.rememberRecent(Path.of(path));
            }
        }
        for (FilePreferences.Kind kind : FilePreferences.Kind.values()) {
            String folder = node.get(folderKey(kind), null);
            if (folder != null) {
                files.rememberFolder(kind, Path.of(folder));
            }
        }
    }

    public void save(Preferences preferences) {
        node.put("language", preferences.appearance().languageProperty().get().toLanguageTag());
        node.put("theme", preferences.appearance().themeProperty().get().id());
        node.remove(OLD_DARK_THEME);
        node.putDouble("scale", preferences.appearance().scaleProperty().get());
        node.putBoolean("autosave", preferences.autosave().enabledProperty().get());
        FilePreferences files = preferences.files();
        for (int i = 0; i < FilePreferences.RECENT_FILES; i++) {
            if (i < files.recentFiles().size()) {
                node.put("recent." + i, files.recentFiles().get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
        for (FilePreferences.Kind kind : FilePreferences.Kind.values()) {
            files.lastFolder(kind).ifPresentOrElse(folder -> node.put(folderKey(kind), folder.toString()),
                    () -> node.remove(folderKey(kind)));
        }
    }

    private static String folderKey(FilePreferences.Kind kind) {
        return "folder." + kind.name().toLowerCase(Locale.ROOT);
    }

    /** The stored theme; a store from before the theme choice had only "dark theme" on or off. */
    public Theme theme() {
        return Theme.byId(node.get("theme", "")).orElseGet(() -> node.getBoolean(OLD_DARK_THEME, false)
                ? Theme.DARK : Theme.LIGHT);
    }

    /** The window's language (the system's unless one was chosen). */
    public Locale language() {
        String tag = node.get("language", "");
        return tag.isEmpty() ? Locale.getDefault() : Locale.forLanguageTag(tag);
    }

    /** Where the window was left, if it was ever closed or moved (a first start has none). */
    public Optional<WindowPlacement> windowPlacement() {
        double width = node.getDouble("window.width", 0);
        double height = node.getDouble("window.height", 0);
        if (!(width >= MIN_REMEMBERED && height >= MIN_REMEMBERED)) {
            return Optional.empty();
        }
        return Optional.of(new WindowPlacement(node.getDouble("window.x", Double.NaN),
                node.getDouble("window.y", Double.NaN), width, height, node.getBoolean("window.maximized", false)));
    }

    /** Smaller than this, a stored size is not the user's choice but a damaged store. */
    private static final double MIN_REMEMBERED = 200;

    public void save(WindowPlacement placement) {
        node.putBoolean("window.maximized", placement.maximized());
        node.putDouble("window.width", placement.width());
        node.putDouble("window.height", placement.height());
        node.putDouble("window.x", placement.x());
        node.putDouble("window.y", placement.y());
    }

    /** The tab left open and the share of the width the tabs had beside the sample. */
    public Optional<WindowLayout> windowLayout() {
        double share = node.getDouble("window.tabsShare", Double.NaN);
        return Double.isNaN(share) ? Optional.empty()
                : Optional.of(new WindowLayout(node.getInt("window.tab", 0), share));
    }

    public void save(WindowLayout layout) {
        node.putInt("window.tab", layout.tab());
        node.putDouble("window.tabsShare", layout.tabsShare());
    }

    /** Writes what was put in the store to disk now. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LoggerFactory.getLogger(PreferencesStore.class).warn("Cannot store the preferences", e);
        }
    }

    /** Forgets everything stored. */
    public void clear() {
        try {
            node.clear();
        } catch (BackingStoreException e) {
            LoggerFactory.getLogger(PreferencesStore.class).warn("Cannot clear the preferences", e);
        }
    }

}
