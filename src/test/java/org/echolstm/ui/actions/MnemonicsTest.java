package org.echolstm.ui.actions;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.echolstm.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every menu and menu item has a mnemonic (Alt+letter), and no two in one menu share a letter, in every language. */
@ExtendWith(ApplicationExtension.class) // the menus' separators need the toolkit
class MnemonicsTest {
    private final Locale before = I18n.locale();

    @AfterEach
    void restore() {
        I18n.use(before);
    }

    @Test
    void everyMenuItemHasItsOwnLetter() {
        for (Locale language : I18n.LANGUAGES) {
            I18n.use(language);
            Map<StandardAction, Command> commands = new EnumMap<>(StandardAction.class);
            for (StandardAction action : StandardAction.values()) {
                commands.put(action, Command.always(() -> { }));
            }
            MenuBar bar = MainMenu.create(commands, new Menu(I18n.t("menu.file.recent")));
            assertThat(bar.getMenus()).hasSize(5);
            checkLetters(bar.getMenus(), language + " menu bar");
            for (Menu menu : bar.getMenus()) {
                checkMenu(menu, language);
            }
        }
    }

    private static void checkMenu(Menu menu, Locale language) {
        checkLetters(menu.getItems(), language + " " + menu.getText());
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                checkMenu(sub, language);
            }
        }
    }

    private static void checkLetters(Iterable<? extends MenuItem> items, String where) {
        Map<Character, String> owners = new HashMap<>();
        for (MenuItem item : items) {
            if (item instanceof SeparatorMenuItem) {
                continue;
            }
            String text = item.getText();
            int mark = text.indexOf('_');
            assertThat(mark).as("%s: %s has no mnemonic", where, text).isBetween(0, text.length() - 2);
            char letter = Character.toLowerCase(text.charAt(mark + 1));
            String other = owners.put(letter, text);
            assertThat(other).as("%s: %s and %s share the letter %s", where, other, text, letter).isNull();
        }
    }
}
