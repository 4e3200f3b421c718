package org.echolstm.ui.preferences;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.echolstm.ui.FxDialogService;
import org.echolstm.ui.I18n;
import org.echolstm.ui.parameters.ParametersViewModel;

import java.util.Locale;

/**
 * Preferences: theme, autosave, language, and a reset to defaults. The parameter panes, the window
 * size and position, the recent files and the last folders are remembered by themselves.
 */
public final class PreferencesDialog extends Dialog<ButtonType> {
    public PreferencesDialog(Preferences preferences, ParametersViewModel parameters, Window owner) {
        setTitle(I18n.t("prefs.title"));
        setHeaderText(I18n.t("prefs.title"));
        FxDialogService.ownBy(this, owner);
        setResizable(true);
        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("themeBox");
        theme.getItems().setAll(Theme.values());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme shown) {
                return shown == null ? "" : I18n.t(shown.textKey());
            }

            @Override
            public Theme fromString(String text) {
                return null;
            }
        });
        theme.valueProperty().bindBidirectional(preferences.appearance().themeProperty());
        Label themeLabel = new Label(I18n.t("prefs.theme"));
        themeLabel.setLabelFor(theme);
        CheckBox autosave = new CheckBox(I18n.t("prefs.autosave"));
        autosave.setId("autosaveBox");
        autosave.setWrapText(true);
        autosave.setMinHeight(Label.USE_PREF_SIZE);
        autosave.selectedProperty().bindBidirectional(preferences.autosave().enabledProperty());
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("languageBox");
        language.getItems().setAll(I18n.LANGUAGES);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : I18n.t("language." + locale.getLanguage());
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(preferences.appearance().languageProperty());
        Label languageLabel = new Label(I18n.t("prefs.language"));
        languageLabel.setLabelFor(language);
        Label fileDialogs = new Label(I18n.t("prefs.language.fileDialogs"));
        fileDialogs.setWrapText(true);
        fileDialogs.setMinHeight(Label.USE_PREF_SIZE);
        Label remembered = new Label(I18n.t("prefs.remembered"));
        remembered.setWrapText(true);
        remembered.setPrefWidth(420);
        remembered.setMinHeight(Label.USE_PREF_SIZE);
        Button reset = new Button(I18n.t("prefs.reset"));
        reset.setId("resetPreferencesButton");
        reset.setOnAction(e -> preferences.resetToDefaults(parameters));
        VBox content = new VBox(10, themeLabel, theme, autosave, languageLabel, language, fileDialogs, remembered, reset);
        content.setPrefWidth(440);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(FxDialogService.close());
        setOnHidden(e -> {
            theme.valueProperty().unbindBidirectional(preferences.appearance().themeProperty());
            autosave.selectedProperty().unbindBidirectional(preferences.autosave().enabledProperty());
            language.valueProperty().unbindBidirectional(preferences.appearance().languageProperty());
        });
    }
}
