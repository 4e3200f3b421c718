package org.echolstm.ui.actions;

import javafx.scene.input.KeyCombination;
import org.echolstm.ui.I18n;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.javafx.IkonResolver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The action catalogue: every action has its text, no two share a shortcut, the shortcut list is complete. */
class ActionCatalogueTest {

    @Test
    void everyActionHasATextInEveryLanguage() {
        for (StandardAction action : StandardAction.values()) {
            assertThat(I18n.has(action.textKey())).as(action.name()).isTrue();
            for (Locale language : I18n.LANGUAGES) {
                assertThat(ResourceBundle.getBundle(I18n.BUNDLE, language).containsKey(action.textKey()))
                        .as(action + " in " + language).isTrue();
            }
            assertThat(ActionFactory.plainText(action)).as(action.name()).isNotBlank().doesNotContain("_");
            assertThat(ActionFactory.buttonText(action)).as(action.name()).isNotBlank();
        }
    }

    @Test
    void everyActionHasAnIconThatExists() {
        for (StandardAction action : StandardAction.values()) {
            IkonHandler handler = IkonResolver.getInstance().resolve(action.icon());
            assertThat(handler.resolve(action.icon()).getDescription()).as(action.name()).isEqualTo(action.icon());
        }
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = new HashSet<>();
        for (StandardAction action : StandardAction.values()) {
            assertThat(ids.add(action.id())).as(action.id()).isTrue();
        }
    }

    @Test
    void noTwoActionsShareAShortcut() {
        Map<KeyCombination, StandardAction> owners = new HashMap<>();
        for (StandardAction action : StandardAction.values()) {
            action.accelerator().ifPresent(key -> {
                StandardAction other = owners.put(key, action);
                assertThat(other).as("%s is the shortcut of %s and %s", key, other, action).isNull();
            });
        }
        assertThat(owners).hasSizeGreaterThan(15);
    }

    @Test
    void classroomKeysHaveNoModifierAndAreNoOtherActionsShortcut() {
        Set<KeyCombination> accelerators = new HashSet<>();
        Arrays.stream(StandardAction.values()).forEach(a -> a.accelerator().ifPresent(accelerators::add));
        Map<KeyCombination, List<StandardAction>> byKey = new HashMap<>();
        for (StandardAction action : StandardAction.values()) {
            action.classroomKey().ifPresent(key -> {
                assertThat(key.getShortcut()).isEqualTo(KeyCombination.ModifierValue.UP);
                assertThat(key.getControl()).isEqualTo(KeyCombination.ModifierValue.UP);
                assertThat(key.getAlt()).isEqualTo(KeyCombination.ModifierValue.UP);
                assertThat(key.getMeta()).isEqualTo(KeyCombination.ModifierValue.UP);
                assertThat(accelerators).as(key.getName()).doesNotContain(key);
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(action);
            });
        }
        // Shared on purpose: Space trains while idle and pauses/resumes while training (never both at once);
        // → goes to a later moment while one is replayed and steps otherwise (the first that can act).
        byKey.forEach((key, actions) -> {
            if (actions.size() > 1) {
                assertThat(actions).as(key.getName()).isIn(List.of(StandardAction.TRAIN, StandardAction.PAUSE),
                        List.of(StandardAction.REPLAY_LATER, StandardAction.STEP));
            }
        });
    }

    @Test
    void theShortcutListShowsEveryActionWithAKey() {
        List<Map.Entry<String, String>> rows = KeyboardShortcuts.rows();

        List<StandardAction> withKeys = Arrays.stream(StandardAction.values())
                .filter(a -> a.accelerator().isPresent() || a.classroomKey().isPresent()).toList();
        assertThat(rows).hasSize(withKeys.size());
        for (int i = 0; i < rows.size(); i++) {
            StandardAction action = withKeys.get(i);
            assertThat(rows.get(i).getValue()).isEqualTo(ActionFactory.plainText(action));
            assertThat(rows.get(i).getKey()).isEqualTo(ActionFactory.keys(action)).isNotBlank();
            if (action.accelerator().isPresent() && action.classroomKey().isPresent()) {
                assertThat(rows.get(i).getKey()).contains(", ");
            }
        }
    }
}
