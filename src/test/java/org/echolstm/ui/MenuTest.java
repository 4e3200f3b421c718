package org.echolstm.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
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
}
