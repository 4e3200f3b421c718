package org.echolstm.ui.actions;

import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The keys of the catalogue: the list Help ▸ Keyboard shortcuts shows, and the classroom keys
 * (Space, →, R, N) that act without a modifier, but not while the user types in a field.
 */
public final class KeyboardShortcuts {
    private KeyboardShortcuts() {
    }

    /** Every action that has a key, with its keys: the Help ▸ Keyboard shortcuts list. */
    public static List<Map.Entry<String, String>> rows() {
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        for (StandardAction action : StandardAction.values()) {
            String keys = ActionFactory.keys(action);
            if (!keys.isEmpty()) {
                rows.add(new SimpleImmutableEntry<>(keys, ActionFactory.plainText(action)));
            }
        }
        return rows;
    }

    /** Lets the classroom keys run their commands in {@code scene}. */
    public static void installClassroomKeys(Scene scene, Map<StandardAction, Command> commands) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (typing(scene, event)) {
                return;
            }
            // Several actions may share a key (Space: train when idle, pause/resume otherwise): the first that can act.
            for (StandardAction action : StandardAction.values()) {
                Command command = commands.get(action);
                if (command != null && action.classroomKey().filter(k -> k.match(event)).isPresent()
                        && command.executableProperty().get()) {
                    command.execute();
                    event.consume();
                    return;
                }
            }
        });
    }

    private static boolean typing(Scene scene, KeyEvent event) {
        return event.getTarget() instanceof TextInputControl || scene.getFocusOwner() instanceof TextInputControl
                || scene.getFocusOwner() instanceof ComboBoxBase;
    }
}
