package org.echolstm.ui.actions;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.echolstm.ui.I18n;

import java.util.Map;

import static org.echolstm.ui.actions.StandardAction.*;

/** The menu bar, made from the catalogue: File, Training, View, Help. */
public final class MainMenu {
    private MainMenu() {
    }

    /** {@code recent} is the File ▸ Open recent submenu, filled by its owner. */
    public static MenuBar create(Map<StandardAction, Command> commands, Menu recent) {
        ActionFactory factory = new ActionFactory();
        Items items = action -> factory.menuItem(action, commands.get(action));
        Menu export = menu("menu.file.export", items.of(EXPORT_JSON), items.of(EXPORT_NPZ), items.of(EXPORT_ONNX),
                items.of(EXPORT_CSV), items.of(EXPORT_TABLE),
                items.of(EXPORT_CHARTS), items.of(EXPORT_HEATMAP), new SeparatorMenuItem(), items.of(EXPORT_HANDOUT));
        Menu file = menu("menu.file", items.of(NEW_MODEL), items.of(OPEN_MODEL), recent, items.of(SAVE_MODEL),
                items.of(SAVE_MODEL_AS), new SeparatorMenuItem(), items.of(OPEN_LESSON), items.of(SAVE_LESSON),
                new SeparatorMenuItem(), export, new SeparatorMenuItem(), items.of(QUIT));
        Menu training = menu("menu.training", items.of(TRAIN), items.of(PAUSE), items.of(STEP), items.of(STOP),
                new SeparatorMenuItem(), items.of(RESET), items.of(NEW_SAMPLE), new SeparatorMenuItem(),
                items.of(MARK_MOMENT), items.of(REPLAY_EARLIER), items.of(REPLAY_LATER), items.of(BACK_TO_NOW));
        Menu story = menu("menu.story", items.of(ADD_STOP), items.of(STORYLINE), new SeparatorMenuItem(),
                items.of(PREVIOUS_STOP), items.of(NEXT_STOP), items.of(CAPTION));
        Menu theme = menu("menu.view.theme", items.of(LIGHT_THEME), items.of(DARK_THEME),
                items.of(HIGH_CONTRAST_THEME), new SeparatorMenuItem(), items.of(NEXT_THEME));
        theme.setId("themeMenu");
        Menu view = menu("menu.view", items.of(PRESENTATION), items.of(PARAMETERS), theme,
                items.of(COMPARE), new SeparatorMenuItem(), items.of(GUESS_FIRST), items.of(REVEAL_ANSWER),
                new SeparatorMenuItem(), items.of(ZOOM_IN), items.of(ZOOM_OUT), items.of(ZOOM_RESET),
                new SeparatorMenuItem(), items.of(PREFERENCES));
        Menu help = menu("menu.help", items.of(GUIDE), items.of(SHORTCUTS), items.of(EXPLAIN), items.of(ABOUT));
        MenuBar bar = new MenuBar(file, training, story, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private static Menu menu(String textKey, MenuItem... items) {
        Menu menu = new Menu(I18n.t(textKey), null, items);
        ActionFactory.iconsWhenShown(menu);
        return menu;
    }

    @FunctionalInterface
    private interface Items {
        MenuItem of(StandardAction action);
    }
}
