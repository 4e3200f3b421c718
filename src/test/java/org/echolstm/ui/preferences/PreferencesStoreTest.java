package org.echolstm.ui.preferences;

import org.echolstm.model.Optimizer;
import org.echolstm.training.Preset;
import org.echolstm.ui.parameters.ParametersViewModel;
import org.echolstm.ui.preferences.FilePreferences.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.BackingStoreException;

import static org.assertj.core.api.Assertions.assertThat;

/** The preferences and the parameter fields survive a restart, through a preferences node of their own. */
class PreferencesStoreTest {
    private final java.util.prefs.Preferences node =
            java.util.prefs.Preferences.userRoot().node("org/echolstm/test-preferences-" + System.nanoTime());
    private final PreferencesStore store = new PreferencesStore(node);

    @TempDir
    Path dir;

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void preferencesSurviveARestart() throws IOException {
        Path older = Files.createFile(dir.resolve("older.zip"));
        Path newer = Files.createFile(dir.resolve("newer.echolesson"));
        Preferences before = new Preferences();
        before.appearance().themeProperty().set(Theme.HIGH_CONTRAST);
        before.appearance().languageProperty().set(Locale.GERMAN);
        before.autosave().enabledProperty().set(false);
        before.files().rememberRecent(older);
        before.files().rememberRecent(newer);
        before.files().rememberFolder(Kind.MODEL, dir);
        before.files().rememberFolder(Kind.EXPORT, dir.resolve("exports"));

        store.save(before);
        Preferences after = new Preferences();
        new PreferencesStore(node).restore(after);

        assertThat(after.appearance().themeProperty().get()).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(after.appearance().languageProperty().get()).isEqualTo(Locale.GERMAN);
        assertThat(after.autosave().enabledProperty().get()).isFalse();
        assertThat(after.files().recentFiles()).containsExactly(newer.toAbsolutePath(), older.toAbsolutePath());
        assertThat(after.files().lastFolder(Kind.MODEL)).contains(dir);
        assertThat(after.files().lastFolder(Kind.EXPORT)).contains(dir.resolve("exports"));
        assertThat(after.files().lastFolder(Kind.LESSON)).isEmpty();
    }

    @Test
    void theDarkThemeOfAnOlderVersionIsKeptOnce() {
        node.putBoolean("theme.dark", true);
        Preferences after = new Preferences();
        store.restore(after);
        assertThat(after.appearance().themeProperty().get()).isEqualTo(Theme.DARK);

        after.appearance().themeProperty().set(Theme.LIGHT);
        store.save(after);
        Preferences again = new Preferences();
        store.restore(again);
        assertThat(again.appearance().themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(node.get("theme.dark", null)).isNull();
    }

    @Test
    void recentFilesThatAreGoneAreForgotten() throws IOException {
        Path kept = Files.createFile(dir.resolve("kept.zip"));
        Path gone = Files.createFile(dir.resolve("gone.zip"));
        Preferences before = new Preferences();
        before.files().rememberRecent(kept);
        before.files().rememberRecent(gone);
        store.save(before);
        Files.delete(gone);

        Preferences after = new Preferences();
        store.restore(after);

        assertThat(after.files().recentFiles()).containsExactly(kept.toAbsolutePath());
    }

    @Test
    void fewerRecentFilesOverwriteMore() throws IOException {
        Preferences before = new Preferences();
        for (int i = 0; i < 3; i++) {
            before.files().rememberRecent(Files.createFile(dir.resolve(i + ".zip")));
        }
        store.save(before);
        before.files().clear();
        before.files().rememberRecent(dir.resolve("0.zip"));
        store.save(before);

        Preferences after = new Preferences();
        store.restore(after);

        assertThat(after.files().recentFiles()).containsExactly(dir.resolve("0.zip").toAbsolutePath());
    }

    @Test
    void nothingStoredGivesTheDefaults() {
        Preferences after = new Preferences();
        after.appearance().themeProperty().set(Theme.DARK);

        store.restore(after);

        assertThat(after.appearance().themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(after.autosave().enabledProperty().get()).isTrue();
        assertThat(after.files().recentFiles()).isEmpty();
        assertThat(store.language()).isEqualTo(Locale.getDefault());
    }

    @Test
    void parameterFieldsSurviveARestartEvenInvalidOnes() {
        ParametersViewModel before = new ParametersViewModel();
        before.length.textProperty().set("12");
        before.echoIndex.textProperty().set("99");
        before.optimizerProperty().set(Optimizer.RMSPROP);
        store.save(before);

        ParametersViewModel after = new ParametersViewModel();
        new PreferencesStore(node).restore(after);

        for (int i = 0; i < before.fields().size(); i++) {
            assertThat(after.fields().get(i).textProperty().get()).as(before.fields().get(i).key())
                    .isEqualTo(before.fields().get(i).textProperty().get());
        }
        assertThat(after.optimizerProperty().get()).isEqualTo(Optimizer.RMSPROP);
        assertThat(after.echoIndex.errorProperty().get()).isNotEmpty();
        assertThat(after.validProperty().get()).isFalse();
    }

    @Test
    void clearForgetsEverything() {
        ParametersViewModel before = new ParametersViewModel();
        before.units.textProperty().set("7");
        Preferences preferences = new Preferences();
        preferences.appearance().themeProperty().set(Theme.DARK);
        store.save(before);
        store.save(preferences);

        store.clear();

        ParametersViewModel after = new ParametersViewModel();
        store.restore(after);
        Preferences restored = new Preferences();
        store.restore(restored);
        assertThat(after.units.textProperty().get())
                .isEqualTo(Integer.toString(Preset.DEFAULT.modelSettings(Preset.DEFAULT_SEED).units()));
        assertThat(restored.appearance().themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(store.windowPlacement()).isEmpty();
    }
}
