package org.echolstm.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;

/** Dialogs as JavaFX alerts owned by the main window. */
public final class FxDialogService implements DialogService {
    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner.get());
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        if (details != null) {
            LOG.error("{}: {}", title, message, details);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner.get());
        if (details != null) {
            StringWriter trace = new StringWriter();
            details.printStackTrace(new PrintWriter(trace));
            TextArea text = new TextArea(trace.toString());
            text.setEditable(false);
            alert.getDialogPane().setExpandableContent(text);
            ButtonType copy = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);
            alert.getButtonTypes().add(copy);
            alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(trace.toString());
                Clipboard.getSystemClipboard().setContent(content);
                e.consume();
            });
        }
        alert.showAndWait();
    }
}
