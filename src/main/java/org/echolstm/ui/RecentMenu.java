package org.echolstm.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.echolstm.ui.files.FilesViewModel;

import java.nio.file.Path;

/** File ▸ Open recent: the recent files, each named with its folder; off while no file can be opened. */
final class RecentMenu {
    private RecentMenu() {
    }

    static void follow(Menu menu, FilesViewModel files) {
        menu.setId("recentMenu");
        menu.disableProperty().bind(files.canOpenProperty().not().or(Bindings.isEmpty(files.recentFiles())));
        files.recentFiles().addListener((ListChangeListener<Path>) c -> fill(menu, files));
        fill(menu, files);
    }

    private static void fill(Menu menu, FilesViewModel files) {
        menu.getItems().clear();
        for (Path file : files.recentFiles()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> files.openRecent(file));
            menu.getItems().add(item);
        }
    }
}
