package org.echolstm.ui.actions;

import org.echolstm.ui.I18n;
import org.echolstm.ui.canvas.CanvasPane;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCombination;

import java.util.LinkedHashMap;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The keys of the catalogue: the list Help ▸ Keyboard shortcuts shows, and the classroom keys
 * (Space, →, R, N) that act without a modifier, but not while the user types in a field or the
 * focused control needs the key itself.
 */
public final class KeyboardShortcuts {
    private KeyboardShortcuts() {
    }

    /**
     * The Help ▸ Keyboard shortcuts list: every action with its shortcut, then each classroom key
     * once with all it does ("→": a later moment, or one step at now), then the tab keys and the charts' own keys (L, the zoom).
     */
    public static List<Map.Entry<String, String>> rows() {
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        Map<String, List<String>> classroom = new LinkedHashMap<>();
        for (StandardAction action : StandardAction.values()) {
            action.accelerator().ifPresent(key -> rows.add(new SimpleImmutableEntry<>(key.getDisplayText(),
                    ActionFactory.plainText(action))));
            action.classroomKey().ifPresent(key -> classroom.computeIfAbsent(key.getDisplayText(), k -> new ArrayList<>())
                    .add(ActionFactory.plainText(action)));
        }
        classroom.forEach((key, actions) -> rows.add(new SimpleImmutableEntry<>(key,
                String.join(I18n.t("shortcuts.or"), actions))));
        rows.add(new SimpleImmutableEntry<>(display("Shortcut+Tab") + ", " + display("Shortcut+Page Down"),
                I18n.t("shortcuts.nextTab")));
        rows.add(new SimpleImmutableEntry<>(display("Shortcut+Shift+Tab") + ", " + display("Shortcut+Page Up"),
                I18n.t("shortcuts.previousTab")));
        // The charts' own key, while they have the focus (their context menu has the same switch).
        rows.add(new SimpleImmutableEntry<>(display("L"), I18n.t("shortcuts.logLoss")));
        // The charts' zoom of the samples axis (also in their context menu; a drag across a chart does the same).
        rows.add(new SimpleImmutableEntry<>("+, =", I18n.t("shortcuts.zoomIn")));
        rows.add(new SimpleImmutableEntry<>("-", I18n.t("shortcuts.zoomOut")));
        rows.add(new SimpleImmutableEntry<>("0", I18n.t("shortcuts.showAll")));
        rows.add(new SimpleImmutableEntry<>(display("Shift+Left") + ", " + display("Shift+Right"), I18n.t("shortcuts.pan")));
        return rows;
    }

    private static String display(String key) {
        return KeyNames.displayText(KeyCombination.valueOf(key));
    }

    /** Lets the classroom keys run their commands in {@code scene}. */
    public static void installClassroomKeys(Scene scene, Map<StandardAction, Command> commands) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            // A filter of the same scene that took the key (the storyline's) still passes it on here.
            if (event.isConsumed() || typing(scene, event)) {
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
            // ← at the first moment does nothing: JavaFX would otherwise move the focus with the arrow
            // (to the tab strip, where the next ← switched the tab).
            if (isReplayKey(event) && !event.isShortcutDown() && !event.isAltDown() && !event.isShiftDown()) {
                event.consume();
            }
        });
    }

    /**
     * In presentation mode ({@code presenting}) the storyline's keys go first: Page Down and Page
     * Up (what a presenter's clicker sends) wherever the focus is but in a note being written, and
     * ← → outside fields when the lesson has stops; otherwise ← → replay the timeline. Install
     * before the classroom keys.
     */
    public static void installStopKeys(Scene scene, ObservableBooleanValue presenting, Command previous, Command next) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!presenting.get() || event.isShortcutDown() || event.isAltDown() || event.isShiftDown()) {
                return;
            }
            KeyCode code = event.getCode();
            boolean page = code == KeyCode.PAGE_DOWN || code == KeyCode.PAGE_UP;
            boolean arrow = code == KeyCode.LEFT || code == KeyCode.RIGHT;
            if (page ? scene.getFocusOwner() instanceof TextArea : !arrow || typing(scene, event)) {
                return;
            }
            Command command = code == KeyCode.PAGE_UP || code == KeyCode.LEFT ? previous : next;
            if (command.executableProperty().get()) {
                command.execute();
                event.consume();
            }
        });
    }

    /**
     * Marks a node whose arrows and Home replay the timeline, as they do everywhere else, instead of
     * its own use of them (the timeline's slider; the tab strip, whose tabs Ctrl+Tab still switches):
     * {@code node.getProperties().put(REPLAY_KEYS, true)}.
     */
    public static final String REPLAY_KEYS = "keyboard.replayKeys";

    private static boolean isReplayKey(KeyEvent event) {
        return event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.RIGHT || event.getCode() == KeyCode.HOME;
    }

    /** Typing in a field, or a control that needs the key itself (a slider's, a tab strip's or a picture's arrows). */
    private static boolean typing(Scene scene, KeyEvent event) {
        Node owner = scene.getFocusOwner();
        if (isReplayKey(event) && owner != null && Boolean.TRUE.equals(owner.getProperties().get(REPLAY_KEYS))) {
            return false;
        }
        return event.getTarget() instanceof TextInputControl || owner instanceof TextInputControl
                || owner instanceof ComboBoxBase || owner instanceof Slider || owner instanceof TabPane
                || owner instanceof TableView || owner instanceof ChoiceBox
                || owner instanceof CanvasPane picture && picture.ownsKeys();
    }
}
