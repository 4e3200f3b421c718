package org.echolstm.ui.actions;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The other keys that zoom, beside the catalogue's Ctrl+plus, Ctrl+minus and Ctrl+0: Ctrl+= (plus
 * without Shift on most keyboards), Ctrl+Shift+= and the number pad's +, - and 0.
 */
public final class ZoomKeys {
    private static final Map<StandardAction, Set<KeyCode>> KEYS = Map.of(
            StandardAction.ZOOM_IN, Set.of(KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD),
            StandardAction.ZOOM_OUT, Set.of(KeyCode.MINUS, KeyCode.SUBTRACT),
            StandardAction.ZOOM_RESET, Set.of(KeyCode.DIGIT0, KeyCode.NUMPAD0));

    private ZoomKeys() {
    }

    /** The action {@code event} asks for, if it is a zoom key the menu's own shortcut does not already take. */
    static Optional<StandardAction> actionFor(KeyEvent event) {
        if (!event.isShortcutDown() || event.isAltDown()) {
            return Optional.empty();
        }
        return KEYS.entrySet().stream()
                .filter(e -> e.getValue().contains(event.getCode()))
                .filter(e -> e.getKey().accelerator().filter(k -> k.match(event)).isEmpty())
                .map(Map.Entry::getKey).findFirst();
    }

    /** Lets the other zoom keys run the zoom commands in {@code scene}. */
    public static void install(Scene scene, Map<StandardAction, Command> commands) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> actionFor(event).map(commands::get)
                .filter(command -> command.executableProperty().get())
                .ifPresent(command -> {
                    command.execute();
                    event.consume();
                }));
    }
}
