package org.echolstm.ui.actions;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.shape.SVGPath;
import org.echolstm.ui.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Makes menu items and toolbar buttons from an action of the catalogue and its command: text,
 * shortcut, icon, tooltip and enabled state all come from that pair.
 */
public final class ActionFactory {

    public MenuItem menuItem(StandardAction action, Command command) {
        MenuItem item;
        if (command.selectedProperty().isPresent()) {
            CheckMenuItem check = new CheckMenuItem();
            check.selectedProperty().bindBidirectional(command.selectedProperty().get());
            // The item flips its own state when chosen; the command only reacts.
            check.setOnAction(e -> command.reactToToggle());
            item = check;
        } else {
            item = new MenuItem();
            item.setOnAction(e -> command.execute());
        }
        item.setId(action.id() + "Item");
        item.setText(I18n.t(action.textKey()));
        action.accelerator().ifPresent(item::setAccelerator);
        item.disableProperty().bind(Bindings.createBooleanBinding(() -> !command.executableProperty().get(),
                command.executableProperty()));
        return item;
    }

    public Button button(StandardAction action, Command command) {
        Button button = new Button();
        button.setId(action.id() + "Button");
        if (command.text().isPresent()) {
            button.textProperty().bind(command.text().get());
        } else {
            button.setText(buttonText(action));
        }
        action.icon().ifPresent(path -> {
            SVGPath icon = new SVGPath();
            icon.setContent(path);
            icon.getStyleClass().add("control-icon");
            button.setGraphic(icon);
        });
        String tooltipKey = "tooltip." + action.id();
        String tip = I18n.has(tooltipKey) ? I18n.t(tooltipKey) : buttonText(action);
        button.setTooltip(new Tooltip(keys(action).isEmpty() ? tip : tip + " (" + keys(action) + ")"));
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !command.executableProperty().get(),
                command.executableProperty()));
        button.setOnAction(e -> command.execute());
        return button;
    }

    /** "Reset weights": the button's own text, or the menu text without mnemonic and ellipsis. */
    public static String buttonText(StandardAction action) {
        String key = "button." + action.id();
        return I18n.has(key) ? I18n.t(key) : plainText(action);
    }

    /** The menu text without its mnemonic underscore and trailing ellipsis. */
    public static String plainText(StandardAction action) {
        return I18n.t(action.textKey()).replace("_", "").replace("…", "").strip();
    }

    /** Every key that triggers {@code action}, as the platform writes them: "F6, Space". */
    public static String keys(StandardAction action) {
        List<KeyCombination> keys = new ArrayList<>();
        action.accelerator().ifPresent(keys::add);
        action.classroomKey().ifPresent(keys::add);
        return keys.stream().map(KeyCombination::getDisplayText).collect(Collectors.joining(", "));
    }
}
