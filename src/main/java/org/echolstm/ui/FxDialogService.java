package org.echolstm.ui;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** Dialogs as JavaFX alerts owned by the main window. */
public final class FxDialogService implements DialogService {
    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** Cancel in the window's language (JavaFX's own is always English). */
    static ButtonType cancel() {
        return new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** OK in the window's language. */
    public static ButtonType ok() {
        return new ButtonType(I18n.t("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /** Close in the window's language. */
    public static ButtonType close() {
        return new ButtonType(I18n.t("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, cancel());
        alert.setTitle(title);
        alert.setHeaderText(title);
        ownBy(alert, owner.get());
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        if (details != null) {
            LOG.error("{}: {}", title, message, details);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ok());
        // The details' Show/Hide link in the window's language, on a pane that is the alert's otherwise.
        DialogPane translated = new TranslatedPane();
        translated.getStyleClass().setAll(alert.getDialogPane().getStyleClass());
        translated.setContentText(message);
        translated.getButtonTypes().setAll(alert.getDialogPane().getButtonTypes());
        alert.setDialogPane(translated);
        alert.setTitle(title);
        alert.setHeaderText(title);
        ownBy(alert, owner.get());
        if (details != null) {
            StringWriter trace = new StringWriter();
            details.printStackTrace(new PrintWriter(trace));
            TextArea text = new TextArea(trace.toString());
            text.setEditable(false);
            alert.getDialogPane().setExpandableContent(text);
            ButtonType copy = new ButtonType(I18n.t("dialog.error.copy"), ButtonBar.ButtonData.LEFT);
            alert.getButtonTypes().add(copy);
            alert.getDialogPane().lookupButton(copy).addEventFilter(ActionEvent.ACTION, e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(trace.toString());
                Clipboard.getSystemClipboard().setContent(content);
                e.consume();
            });
        }
        alert.showAndWait();
    }

    @Override
    public Optional<int[]> askTask(String fileName, int features) {
        Dialog<int[]> dialog = new Dialog<>();
        dialog.setTitle(I18n.t("dialog.task.title"));
        dialog.setHeaderText(I18n.t("dialog.task.header", fileName, Integer.toString(features)));
        ownBy(dialog, owner.get());
        TextField length = new TextField("10");
        length.setId("foreignLengthField");
        TextField index = new TextField("0");
        index.setId("foreignIndexField");
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setStyle("-fx-text-fill: #b91c1c;");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(I18n.t("field.length")), length);
        grid.addRow(1, new Label(I18n.t("field.echoIndex")), index);
        grid.add(problem, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType open = new ButtonType(I18n.t("dialog.task.open"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, cancel());
        Node openButton = dialog.getDialogPane().lookupButton(open);
        Runnable check = () -> {
            String message = "";
            try {
                new org.echolstm.echo.EchoTask(Integer.parseInt(length.getText().trim()), features,
                        Integer.parseInt(index.getText().trim()));
            } catch (NumberFormatException e) {
                message = I18n.t("dialog.task.numbers");
            } catch (org.echolstm.echo.InvalidSettingException e) {
                // The model layer's message is English; the window says the ranges in its own language.
                message = I18n.t("dialog.task.range", Integer.toString(org.echolstm.echo.EchoTask.MAX_LENGTH));
            }
            problem.setText(message);
            openButton.setDisable(!message.isEmpty());
        };
        length.textProperty().addListener((obs, old, now) -> check.run());
        index.textProperty().addListener((obs, old, now) -> check.run());
        check.run();
        dialog.setResultConverter(button -> button == open
                ? new int[] {Integer.parseInt(length.getText().trim()), Integer.parseInt(index.getText().trim())} : null);
        return dialog.showAndWait();
    }

    @Override
    public boolean choose(String title, String message, String yesLabel, String noLabel) {
        ButtonType yes = new ButtonType(yesLabel, ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(noLabel, ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        alert.setTitle(title);
        alert.setHeaderText(title);
        ownBy(alert, owner.get());
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public SaveChoice askToSave(String title, String whatWouldBeLost) {
        ButtonType save = new ButtonType(I18n.t("dialog.save.save"), ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType(I18n.t("dialog.save.dontSave"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, whatWouldBeLost, save, dontSave, cancel());
        alert.setTitle(title);
        alert.setHeaderText(title);
        ownBy(alert, owner.get());
        ButtonType answer = alert.showAndWait().orElse(null);
        return answer == save ? SaveChoice.SAVE : answer == dontSave ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    @Override
    public void showText(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ok());
        alert.setTitle(title);
        alert.setHeaderText(title);
        ownBy(alert, owner.get());
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public void showTable(String title, String header, List<Map.Entry<String, String>> rows) {
        TableView<Map.Entry<String, String>> table = new TableView<>(FXCollections.observableArrayList(rows));
        table.setId("shortcutsTable");
        TableColumn<Map.Entry<String, String>, String> keys = new TableColumn<>(I18n.t("dialog.shortcuts.keys"));
        keys.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getKey()));
        keys.setPrefWidth(170);
        TableColumn<Map.Entry<String, String>, String> action = new TableColumn<>(I18n.t("dialog.shortcuts.action"));
        action.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue()));
        action.setPrefWidth(300);
        table.getColumns().add(keys);
        table.getColumns().add(action);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(Math.min(560, 32 + 26 * rows.size()));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ok());
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(table);
        ownBy(alert, owner.get());
        alert.setResizable(true);
        alert.showAndWait();
    }

    /**
     * Every button says its whole label: each as wide as its own label (JavaFX makes them all as
     * wide as the widest, which a long German label squeezed to "Ohne Speichern sc…"), and the
     * dialog widened where even that does not fit.
     */
    private static void keepButtonsWhole(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        if (pane.lookup(".button-bar") instanceof ButtonBar bar) {
            List<Node> buttons = new ArrayList<>(bar.getButtons());
            for (Node button : buttons) {
                ButtonBar.setButtonUniformSize(button, false);
                if (button instanceof Region region) {
                    region.setMinWidth(Region.USE_PREF_SIZE);
                }
            }
            bar.getButtons().setAll(buttons); // the bar reads the sizes as buttons are put in
            bar.applyCss();
            double missing = bar.prefWidth(-1) + pane.snappedLeftInset() + pane.snappedRightInset() - pane.getWidth();
            if (missing > 0) {
                dialog.setWidth(dialog.getWidth() + Math.ceil(missing));
            }
        }
    }

    /** A dialog pane whose link to the details says "Show details" and "Hide details" in the window's language. */
    private static final class TranslatedPane extends DialogPane {
        @Override
        protected Node createDetailsButton() {
            Hyperlink details = new Hyperlink();
            details.getStyleClass().add("details-button");
            Runnable label = () -> details.setText(I18n.t(isExpanded() ? "dialog.details.hide" : "dialog.details.show"));
            expandedProperty().addListener(o -> label.run());
            label.run();
            details.setOnAction(e -> setExpanded(!isExpanded()));
            return details;
        }
    }

    /**
     * Gives a dialog its window as owner, makes it look like that window (the same theme and type
     * size), and centres it on the window once it is shown: some window managers otherwise put it in
     * the screen's corner.
     */
    public static void ownBy(Dialog<?> dialog, Window parent) {
        dialog.initOwner(parent);
        if (parent != null && parent.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(parent.getScene().getStylesheets());
        }
        dialog.setOnShown(e -> {
            keepButtonsWhole(dialog);
            if (parent != null) {
                dialog.setX(parent.getX() + (parent.getWidth() - dialog.getWidth()) / 2);
                dialog.setY(parent.getY() + (parent.getHeight() - dialog.getHeight()) / 3);
            }
        });
    }
}
