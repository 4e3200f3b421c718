package org.echolstm.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Preferences: theme, autosave, and a reset to defaults. The parameter panes, the window size and
 * position, the recent files and the last folders are remembered by themselves.
 */
final class PreferencesDialog extends Dialog<ButtonType> {
    PreferencesDialog(MainViewModel viewModel, Window owner) {
        setTitle(I18n.t("prefs.title"));
        setHeaderText(I18n.t("prefs.title"));
        initOwner(owner);
        CheckBox dark = new CheckBox(I18n.t("prefs.dark"));
        dark.setId("darkThemeBox");
        dark.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        CheckBox autosave = new CheckBox(I18n.t("prefs.autosave"));
        autosave.setId("autosaveBox");
        autosave.selectedProperty().bindBidirectional(viewModel.autosaveProperty());
        javafx.scene.control.ComboBox<java.util.Locale> language = new javafx.scene.control.ComboBox<>();
        language.setId("languageBox");
        language.getItems().setAll(I18n.LANGUAGES);
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.util.Locale locale) {
                return locale == null ? "" : I18n.t("language." + locale.getLanguage());
            }

            @Override
            public java.util.Locale fromString(String text) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        Label languageLabel = new Label(I18n.t("prefs.language"));
        Label remembered = new Label(I18n.t("prefs.remembered"));
        remembered.setWrapText(true);
        remembered.setMaxWidth(420);
        Button reset = new Button(I18n.t("prefs.reset"));
        reset.setId("resetPreferencesButton");
        reset.setOnAction(e -> viewModel.resetPreferences());
        VBox content = new VBox(10, dark, autosave, languageLabel, language, remembered, reset);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setOnHidden(e -> {
            dark.selectedProperty().unbindBidirectional(viewModel.darkThemeProperty());
            autosave.selectedProperty().unbindBidirectional(viewModel.autosaveProperty());
            language.valueProperty().unbindBidirectional(viewModel.languageProperty());
        });
    }
}
