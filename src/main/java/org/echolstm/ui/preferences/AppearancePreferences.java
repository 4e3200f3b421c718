package org.echolstm.ui.preferences;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.echolstm.ui.I18n;

import java.util.Locale;

/** How the window looks: the theme, the language (which applies at the next start) and the scale. */
public final class AppearancePreferences {
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT) {
        @Override
        public void set(Theme value) {
            super.set(value == null ? Theme.LIGHT : value);
        }
    };
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(I18n.locale());
    private final DoubleProperty scale = new SimpleDoubleProperty(Zoom.NORMAL);

    /** Never null: setting null chooses the light theme. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /** The window's scale, one of the {@link Zoom} steps (1 is 100 %). */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    public void reset() {
        theme.set(Theme.LIGHT);
        language.set(Locale.ENGLISH);
        scale.set(Zoom.NORMAL);
    }
}
