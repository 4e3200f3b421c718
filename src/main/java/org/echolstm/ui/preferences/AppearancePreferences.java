package org.echolstm.ui.preferences;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.echolstm.ui.I18n;

import java.util.Locale;

/** How the window looks: the theme, and the language (which applies at the next start). */
public final class AppearancePreferences {
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT) {
        @Override
        public void set(Theme value) {
            super.set(value == null ? Theme.LIGHT : value);
        }
    };
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(I18n.locale());

    /** Never null: setting null chooses the light theme. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public void reset() {
        theme.set(Theme.LIGHT);
        language.set(Locale.ENGLISH);
    }
}
