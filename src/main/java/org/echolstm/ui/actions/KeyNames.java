package org.echolstm.ui.actions;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.echolstm.ui.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keys named in the window's language, as its keyboard labels them ("Strg+Umschalt+N", "Leertaste",
 * "Pos1"): JavaFX names them in English whatever the language. On macOS JavaFX's symbols (⌘, ⇧)
 * are kept; they are the same in every language.
 */
public final class KeyNames {
    private static final boolean MAC = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");

    private KeyNames() {
    }

    /** The key combination, matching as {@code key} does, that shows itself in the window's language. */
    public static KeyCombination named(KeyCombination key) {
        return key instanceof Named ? key : new Named(key);
    }

    /** "Strg+R" in German, "Ctrl+R" in English. */
    public static String displayText(KeyCombination key) {
        KeyCombination plain = key instanceof Named named ? named.key : key;
        if (MAC || !(plain instanceof KeyCodeCombination code)) {
            return plain.getDisplayText();
        }
        List<String> parts = new ArrayList<>();
        if (down(plain.getControl()) || down(plain.getShortcut())) {
            parts.add(I18n.t("key.ctrl"));
        }
        if (down(plain.getAlt())) {
            parts.add(I18n.t("key.alt"));
        }
        if (down(plain.getShift())) {
            parts.add(I18n.t("key.shift"));
        }
        if (down(plain.getMeta())) {
            parts.add(I18n.t("key.meta"));
        }
        parts.add(name(code.getCode()));
        return String.join("+", parts);
    }

    private static String name(KeyCode code) {
        String key = "key." + code.name();
        return I18n.has(key) ? I18n.t(key) : new KeyCodeCombination(code).getDisplayText();
    }

    private static boolean down(KeyCombination.ModifierValue value) {
        return value == KeyCombination.ModifierValue.DOWN;
    }

    /** A key combination that matches, compares and hashes as the one it names. */
    private static final class Named extends KeyCombination {
        private final KeyCombination key;

        Named(KeyCombination key) {
            super(key.getShift(), key.getControl(), key.getAlt(), key.getMeta(), key.getShortcut());
            this.key = key;
        }

        @Override
        public boolean match(KeyEvent event) {
            return key.match(event);
        }

        @Override
        public String getName() {
            return key.getName();
        }

        @Override
        public String getDisplayText() {
            return displayText(key);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Named named ? key.equals(named.key) : key.equals(other);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }

        @Override
        public String toString() {
            return key.toString();
        }
    }
}
