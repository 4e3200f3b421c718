package org.echolstm.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;

/**
 * Keeps the keyboard focus where the user left it when a control goes away under it. A focused
 * button that hides or turns off (Back to now, Bring all units back, Cancel) made JavaFX pass the
 * focus to the next control in Tab order — often the sequence field or the preset box, where
 * Space, R and N were then typed instead of acting. The focus goes instead to the nearest control
 * around the one that went away that is not a field, or else to {@code home}.
 */
final class FocusKeeper {
    private final Node home;

    private FocusKeeper(Node home) {
        this.home = home;
    }

    static void install(Scene scene, Node home) {
        FocusKeeper keeper = new FocusKeeper(home);
        scene.focusOwnerProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && !eligible(old) && takesKeys(now)) {
                keeper.nearest(old).requestFocus();
            }
        });
    }

    /** Whether a node could hold the focus: shown, enabled, in a window. */
    private static boolean eligible(Node node) {
        if (node.getScene() == null || node.isDisabled()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** A control that takes the classroom keys for itself: typing there is not what the user meant. */
    private static boolean takesKeys(Node node) {
        return node instanceof TextInputControl || node instanceof ComboBoxBase;
    }

    /** The first eligible, focusable non-field in the containers around {@code gone}, nearest first. */
    private Node nearest(Node gone) {
        for (Parent container = gone.getParent(); container != null; container = container.getParent()) {
            Node found = first(container, gone);
            if (found != null) {
                return found;
            }
        }
        return home;
    }

    private static Node first(Node node, Node gone) {
        if (node != gone && node.isFocusTraversable() && eligible(node) && !takesKeys(node)) {
            return node;
        }
        if (node instanceof Parent parent && !takesKeys(node)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = first(child, gone);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
