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
    void theShortcutListShowsEveryKeyOnceWithAllItDoes() {
        List<Map.Entry<String, String>> rows = KeyboardShortcuts.rows();
        List<String> keys = rows.stream().map(Map.Entry::getKey).toList();

        assertThat(keys).doesNotHaveDuplicates();
        for (StandardAction action : StandardAction.values()) {
            action.accelerator().ifPresent(key -> assertThat(rows).as(action.name())
                    .contains(Map.entry(key.getDisplayText(), ActionFactory.plainText(action))));
            action.classroomKey().ifPresent(key -> assertThat(rows).as(action.name()).anySatisfy(row -> {
                assertThat(row.getKey()).isEqualTo(key.getDisplayText());
                assertThat(row.getValue()).contains(ActionFactory.plainText(action));
            }));
        }
        // → replays a later moment, or steps at now: one row says both.
        String right = javafx.scene.input.KeyCombination.valueOf("Right").getDisplayText();
        assertThat(rows).filteredOn(row -> row.getKey().equals(right)).singleElement()
                .satisfies(row -> assertThat(row.getValue()).contains(ActionFactory.plainText(StandardAction.REPLAY_LATER))
                        .contains(ActionFactory.plainText(StandardAction.STEP)));
        assertThat(rows).contains(Map.entry("L", I18n.t("shortcuts.logLoss")));
        // The charts' zoom keys, which the catalogue does not take without a modifier.
        assertThat(rows).contains(Map.entry("+, =", I18n.t("shortcuts.zoomIn")), Map.entry("-", I18n.t("shortcuts.zoomOut")),
                Map.entry("0", I18n.t("shortcuts.showAll")));
        assertThat(rows).anySatisfy(row -> assertThat(row.getKey()).contains("Shift")
                .isEqualTo(KeyNames.displayText(javafx.scene.input.KeyCombination.valueOf("Shift+Left")) + ", "
                        + KeyNames.displayText(javafx.scene.input.KeyCombination.valueOf("Shift+Right"))));
        for (StandardAction action : StandardAction.values()) {
            action.classroomKey().ifPresent(key -> assertThat(key.getDisplayText()).as(action.name())
                    .isNotIn("+", "=", "-", "0"));
        }
        assertThat(keys).anySatisfy(key -> assertThat(key).contains("Tab")
                .contains(KeyNames.displayText(javafx.scene.input.KeyCombination.valueOf("Shortcut+Page Down"))));
    }
}
