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
        setTitle("Preferences");
        setHeaderText("Preferences");
        initOwner(owner);
        CheckBox dark = new CheckBox("Dark theme");
        dark.setId("darkThemeBox");
        dark.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        CheckBox autosave = new CheckBox("Save the lesson automatically every minute while it has unsaved training");
        autosave.setId("autosaveBox");
        autosave.selectedProperty().bindBidirectional(viewModel.autosaveProperty());
        Label remembered = new Label("The parameter panes (the default task and training settings), the window "
                + "size and position, the recent files and the last folders are remembered between runs.");
        remembered.setWrapText(true);
        remembered.setMaxWidth(420);
        Button reset = new Button("Reset to defaults");
        reset.setId("resetPreferencesButton");
        reset.setOnAction(e -> viewModel.resetPreferences());
        VBox content = new VBox(10, dark, autosave, remembered, reset);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setOnHidden(e -> {
            dark.selectedProperty().unbindBidirectional(viewModel.darkThemeProperty());
            autosave.selectedProperty().unbindBidirectional(viewModel.autosaveProperty());
        });
    }
}
