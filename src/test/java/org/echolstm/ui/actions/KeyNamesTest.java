package org.echolstm.ui.actions;

import org.echolstm.ui.I18n;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys are named in the window's language, as its keyboard labels them: the tooltips, the list and the menus. */
class KeyNamesTest {

    @Test
    void germanNamesTheKeysAsAGermanKeyboardDoes() {
        I18n.use(Locale.GERMAN);
        try {
            assertThat(ActionFactory.keys(StandardAction.TRAIN)).isEqualTo("F5, Leertaste");
            assertThat(ActionFactory.keys(StandardAction.RESET)).isEqualTo("Strg+R, R");
            assertThat(ActionFactory.keys(StandardAction.BACK_TO_NOW)).isEqualTo("Pos1");
            assertThat(ActionFactory.keys(StandardAction.NEW_MODEL)).isEqualTo("Strg+Umschalt+N");
            assertThat(ActionFactory.keys(StandardAction.REPLAY_EARLIER)).isEqualTo("←");
            assertThat(StandardAction.OPEN_MODEL.accelerator().orElseThrow().getDisplayText())
                    .as("the menu item's accelerator").isEqualTo("Strg+O");
            assertThat(KeyboardShortcuts.rows()).extracting(Map.Entry::getKey)
                    .noneMatch(keys -> keys.matches(".*\\b(Ctrl|Shift|Space|Home)\\b.*"));
        } finally {
            I18n.use(Locale.ENGLISH);
        }
        assertThat(ActionFactory.keys(StandardAction.TRAIN)).isEqualTo("F5, Space");
        assertThat(ActionFactory.keys(StandardAction.RESET)).isEqualTo("Ctrl+R, R");
        assertThat(ActionFactory.keys(StandardAction.BACK_TO_NOW)).isEqualTo("Home");
        assertThat(ActionFactory.keys(StandardAction.ZOOM_IN)).isEqualTo("Ctrl++");
    }
}
