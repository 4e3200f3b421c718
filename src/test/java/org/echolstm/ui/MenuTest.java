package org.echolstm.ui;

import org.junit.jupiter.api.Tag;

import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.echolstm.ui.actions.KeyboardShortcuts;
import org.echolstm.ui.actions.StandardAction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
@Tag("integration") // the whole window: in ./mvnw verify's integration phase, not the unit loop
class MenuTest {
    private App.Window window;

    @Start
    void start(Stage stage) {
        window = App.open(stage);
        stage.show();
    }

    private static void collect(List<MenuItem> items, List<MenuItem> into) {
        for (MenuItem item : items) {
            if (item instanceof Menu menu) {
                collect(menu.getItems(), into);
            } else if (!(item instanceof SeparatorMenuItem)) {
                into.add(item);
            }
        }
    }

    private List<MenuItem> allItems(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        List<MenuItem> items = new ArrayList<>();
        bar.getMenus().forEach(menu -> collect(menu.getItems(), items));
        return items;
    }

    @Test
    void everyMenuItemHasAnAction(FxRobot robot) {
        List<MenuItem> items = allItems(robot);
        assertThat(items).hasSizeGreaterThan(20);
        assertThat(items).allSatisfy(item -> assertThat(item.getOnAction()).as(item.getText()).isNotNull());
    }

    @Test
    void everyAcceleratorIsUnique(FxRobot robot) {
        List<KeyCombination> accelerators = allItems(robot).stream().map(MenuItem::getAccelerator)
                .filter(a -> a != null).toList();
        assertThat(accelerators).hasSizeGreaterThan(15);
        assertThat(accelerators.stream().map(KeyCombination::getName).collect(Collectors.toSet()))
                .hasSameSizeAs(accelerators);
    }

    @Test
    void fileItemsNeedingAModelAreDisabledWithoutOne(FxRobot robot) {
        List<MenuItem> items = allItems(robot);
        for (String id : List.of("saveItem", "saveAsItem", "saveLessonItem", "exportJsonItem", "exportNpzItem")) {
            assertThat(items.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow().isDisable())
                    .as(id).isTrue();
        }
        assertThat(items.stream().filter(i -> "openItem".equals(i.getId())).findFirst().orElseThrow().isDisable())
                .isFalse();
    }

    @Test
    void itemsGetTheirIconsWhenTheirMenuFirstShowsAndTheirShortcutsWorkBefore(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().get(3);
        Menu theme = (Menu) view.getItems().stream().filter(i -> "themeMenu".equals(i.getId())).findFirst().orElseThrow();
        assertThat(allItems(robot)).as("no icon made before its menu shows").allMatch(item -> item.getGraphic() == null);

        // The next theme (Ctrl+Shift+D), an item of View ▸ Theme, before any menu was opened.
        robot.clickOn("#trainingTab");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().preferences().appearance().themeProperty().get())
                .isEqualTo(org.echolstm.ui.preferences.Theme.DARK);

        robot.interact(view::show);
        assertThat(view.getItems()).filteredOn(item -> !(item instanceof Menu) && !(item instanceof SeparatorMenuItem))
                .isNotEmpty().allMatch(item -> item.getGraphic() != null);
        assertThat(theme.getItems()).as("a submenu's icons come when it shows").allMatch(item -> item.getGraphic() == null);
        robot.interact(theme::show);
        assertThat(theme.getItems()).filteredOn(item -> !(item instanceof SeparatorMenuItem))
                .allMatch(item -> item.getGraphic() != null);
        robot.interact(view::hide);
    }

    @Test
    void menusToolbarAndShortcutsComeFromTheOneCatalogue(FxRobot robot) {
        // Every menu item is one action of the catalogue, and every action is in the menu once.
        List<MenuItem> items = allItems(robot).stream().filter(i -> i.getParentMenu() == null
                || !"recentMenu".equals(i.getParentMenu().getId())).toList();
        assertThat(items.stream().map(MenuItem::getId).toList()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(StandardAction.values()).map(a -> a.id() + "Item").toList());
        for (MenuItem item : items) {
            StandardAction action = Arrays.stream(StandardAction.values())
                    .filter(a -> (a.id() + "Item").equals(item.getId())).findFirst().orElseThrow();
            assertThat(item.getText()).isEqualTo(I18n.t(action.textKey()));
            assertThat(Optional.ofNullable(item.getAccelerator())).isEqualTo(action.accelerator());
        }
        // The toolbar's buttons share the menu items' commands: same enabled state, same shortcut in the tooltip.
        for (StandardAction action : List.of(StandardAction.TRAIN, StandardAction.PAUSE, StandardAction.STEP,
                StandardAction.STOP, StandardAction.RESET, StandardAction.NEW_SAMPLE)) {
            Button button = robot.lookup("#" + action.id() + "Button").queryAs(Button.class);
            MenuItem item = items.stream().filter(i -> (action.id() + "Item").equals(i.getId())).findFirst().orElseThrow();
            assertThat(button.isDisable()).as(action.name()).isEqualTo(item.isDisable());
            assertThat(button.getTooltip().getText()).contains(action.accelerator().orElseThrow().getDisplayText());
        }
        // The shortcuts list names every accelerator the menu has.
        List<String> listed = KeyboardShortcuts.rows().stream().map(Map.Entry::getKey).toList();
        for (MenuItem item : items) {
            if (item.getAccelerator() != null) {
                assertThat(listed).anySatisfy(keys -> assertThat(keys).contains(item.getAccelerator().getDisplayText()));
            }
        }
    }
}
