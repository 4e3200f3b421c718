package org.echolstm.ui.actions;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.RadioMenuItem;
import org.echolstm.ui.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

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
        if (command.chosenProperty().isPresent()) {
            item = radioItem(command, command.chosenProperty().get());
        } else if (command.selectedProperty().isPresent()) {
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
        item.getProperties().put(ICON_TO_MAKE, action); // see iconsWhenShown
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
        button.setGraphic(icon(action));
        String tooltipKey = "tooltip." + action.id();
        String tip = I18n.has(tooltipKey) ? I18n.t(tooltipKey) : buttonText(action);
        button.setTooltip(new Tooltip(keys(action).isEmpty() ? tip : tip + " (" + keys(action) + ")"));
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !command.executableProperty().get(),
                command.executableProperty()));
        button.setOnAction(e -> command.execute());
        return button;
    }

    /** A toolbar button that shows a switch's state (Guess first): pressed while the switch is on. */
    public ToggleButton toggleButton(StandardAction action, Command command) {
        ToggleButton button = new ToggleButton(buttonText(action), icon(action));
        button.setId(action.id() + "Button");
        String tooltipKey = "tooltip." + action.id();
        String tip = I18n.has(tooltipKey) ? I18n.t(tooltipKey) : buttonText(action);
        button.setTooltip(new Tooltip(keys(action).isEmpty() ? tip : tip + " (" + keys(action) + ")"));
        command.selectedProperty().ifPresent(selected -> button.selectedProperty().bindBidirectional(selected));
        button.setOnAction(e -> command.reactToToggle());
        return button;
    }

    /** The radio item of a choice shows the choice's state: a click only asks for it. */
    private static RadioMenuItem radioItem(Command command, ObservableBooleanValue chosen) {
        RadioMenuItem radio = new RadioMenuItem();
        radio.setSelected(chosen.get());
        chosen.addListener((obs, old, now) -> radio.setSelected(now));
        radio.setOnAction(e -> {
            command.execute();
            radio.setSelected(chosen.get());
        });
        return radio;
    }

    /**
     * Gives the items of {@code menu} their icons when it first shows: none is seen before, and
     * each icon is a lookup in a large glyph font, a part of the window's start better spent after
     * its first frame. The items, their shortcuts and their state are all there from the start.
     */
    public static void iconsWhenShown(Menu menu) {
        menu.addEventHandler(Menu.ON_SHOWING, new EventHandler<>() {
            @Override
            public void handle(Event event) {
                if (event.getTarget() != menu) {
                    return; // a submenu's own showing
                }
                menu.removeEventHandler(Menu.ON_SHOWING, this);
                for (MenuItem item : menu.getItems()) {
                    if (item.getProperties().remove(ICON_TO_MAKE) instanceof StandardAction action) {
                        item.setGraphic(icon(action));
                    }
                }
            }
        });
    }

    private static final Object ICON_TO_MAKE = new Object();

    /** The action's icon as a font glyph: it takes the text colour of the theme, like the text beside it. */
    public static FontIcon icon(StandardAction action) {
        return new FontIcon(action.icon());
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
