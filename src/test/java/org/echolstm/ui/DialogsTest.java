package org.echolstm.ui;

import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.echolstm.ui.preferences.PreferencesDialog;
import org.echolstm.ui.preferences.Theme;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Dialogs open over the window, in its theme, with their text whole. */
class DialogsTest extends WindowTest {
    @Start
    void start(Stage stage) {
        openWindow(stage);
        stage.setX(200);
        stage.setY(100);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    private Window dialogWindow(FxRobot robot) throws TimeoutException {
        waitFor(15, () -> robot.listTargetWindows().stream().anyMatch(w -> w != window.stage() && w.isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.listTargetWindows().stream().filter(w -> w != window.stage() && w.isShowing()).findFirst()
                .orElseThrow();
    }

    @Test
    void aDialogOpensCentredOnTheWindowInItsTheme(FxRobot robot) throws Exception {
        robot.interact(() -> vm().preferences().appearance().themeProperty().set(Theme.HIGH_CONTRAST));
        robot.interact(() -> javafx.application.Platform.runLater(() ->
                new FxDialogService(window::stage).showText("About", "Some text to read")));
        Window dialog = dialogWindow(robot);
        double centreX = dialog.getX() + dialog.getWidth() / 2;
        double windowCentreX = window.stage().getX() + window.stage().getWidth() / 2;
        assertThat(centreX).isCloseTo(windowCentreX, org.assertj.core.data.Offset.offset(2.0));
        assertThat(dialog.getY()).isGreaterThan(window.stage().getY());
        assertThat(dialog.getScene().getRoot().getStylesheets()).anyMatch(sheet -> sheet.endsWith("HighContrast.css"));
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.HIGH_CONTRAST.userAgentStylesheet());
        robot.interact(dialog::hide);
    }

    @Test
    void thePreferencesExplanationIsNotCutOff(FxRobot robot) throws Exception {
        robot.interact(() -> javafx.application.Platform.runLater(() ->
                new PreferencesDialog(vm().preferences(), vm().parameters(), window.stage()).showAndWait()));
        Window dialog = dialogWindow(robot);
        robot.interact(() -> {
            Label explanation = (Label) dialog.getScene().getRoot().lookupAll(".label").stream()
                    .filter(n -> n instanceof Label l && l.getText().equals(I18n.t("prefs.remembered")))
                    .findFirst().orElseThrow();
            // Wrapped over as many lines as it needs: its height holds its whole text.
            assertThat(explanation.getHeight()).isGreaterThanOrEqualTo(explanation.prefHeight(explanation.getWidth()) - 1);
            assertThat(explanation.getBoundsInParent().getMaxY())
                    .isLessThanOrEqualTo(explanation.getParent().getLayoutBounds().getMaxY() + 1);
        });
        robot.interact(dialog::hide);
    }

    @Test
    void aGermanWindowsDialogsSayCloseAndDetailsInGerman(FxRobot robot) throws Exception {
        I18n.use(java.util.Locale.GERMAN);
        try {
            robot.interact(() -> javafx.application.Platform.runLater(() ->
                    new PreferencesDialog(vm().preferences(), vm().parameters(), window.stage()).showAndWait()));
            Window preferences = dialogWindow(robot);
            robot.interact(() -> assertThat(buttonTexts(preferences)).contains("Schließen").doesNotContain("Close"));
            robot.interact(preferences::hide);

            robot.interact(() -> javafx.application.Platform.runLater(() -> new FxDialogService(window::stage)
                    .showError("Fehler", "Etwas ging schief.", new IllegalStateException("boom"))));
            Window error = dialogWindow(robot);
            robot.interact(() -> {
                assertThat(buttonTexts(error)).contains("OK", "Details kopieren");
                javafx.scene.control.Hyperlink details = (javafx.scene.control.Hyperlink) error.getScene().getRoot()
                        .lookup(".details-button");
                assertThat(details.getText()).isEqualTo("Details einblenden");
                details.fire();
                assertThat(details.getText()).isEqualTo("Details ausblenden");
                assertThat(error.getScene().getRoot().lookup(".error")).as("still an error dialog, with its picture").isNotNull();
            });
            robot.interact(error::hide);
        } finally {
            I18n.use(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void aLongButtonLabelIsNotCutShort(FxRobot robot) throws Exception {
        robot.interact(() -> javafx.application.Platform.runLater(() -> {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    "25.600 trainierte Beispiele sind nicht gespeichert.",
                    new javafx.scene.control.ButtonType("Speichern…", javafx.scene.control.ButtonBar.ButtonData.YES),
                    new javafx.scene.control.ButtonType("Ohne Speichern schließen", javafx.scene.control.ButtonBar.ButtonData.NO),
                    FxDialogService.cancel());
            alert.setHeaderText("Lektion vor dem Schließen speichern?");
            FxDialogService.ownBy(alert, window.stage());
            alert.showAndWait();
        }));
        Window dialog = dialogWindow(robot);
        robot.interact(() -> {
            for (javafx.scene.Node node : dialog.getScene().getRoot().lookupAll(".button")) {
                javafx.scene.control.Button button = (javafx.scene.control.Button) node;
                javafx.scene.Node drawn = button.lookup(".text");
                assertThat(((javafx.scene.text.Text) drawn).getText()).as("the button %s", button.getText())
                        .isEqualTo(button.getText());
            }
            dialog.hide();
        });
    }

    private static java.util.List<String> buttonTexts(Window dialog) {
        return dialog.getScene().getRoot().lookupAll(".button").stream()
                .map(n -> ((javafx.scene.control.Button) n).getText()).toList();
    }
}
