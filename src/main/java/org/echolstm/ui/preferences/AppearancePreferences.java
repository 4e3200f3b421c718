package org.echolstm.ui.preferences;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.echolstm.ui.I18n;

import java.util.Locale;

/** How the window looks: the theme, and the language (which applies at the next start). */
public final class AppearancePreferences {
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(I18n.locale());

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public void reset() {
        darkTheme.set(false);
        language.set(Locale.ENGLISH);
    }
}
