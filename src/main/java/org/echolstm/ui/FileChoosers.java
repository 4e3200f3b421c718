package org.echolstm.ui;

import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.echolstm.ui.preferences.FilePreferences;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The file dialogs: each starts in the folder last used for its kind of file (at first the user's
 * documents folder), suggests a name when saving, and adds the extension if the user typed none.
 */
public final class FileChoosers {
    private final FilePreferences preferences;
    private final Supplier<Window> owner;
    private Asker asker = (chooser, save, window) ->
            Optional.ofNullable(save ? chooser.showSaveDialog(window) : chooser.showOpenDialog(window));

    public FileChoosers(FilePreferences preferences, Supplier<Window> owner) {
        this.preferences = preferences;
        this.owner = owner;
    }

    /** Shows a prepared file dialog and gives the chosen file: the system's dialog, or a script's answer. */
    @FunctionalInterface
    public interface Asker {
        Optional<File> ask(FileChooser chooser, boolean save, Window owner);
    }

    /** Answers the file dialogs with {@code answers} instead of the system's dialog (scripted runs). */
    public void askWith(Asker answers) {
        this.asker = answers;
    }

    /** What a dialog is for: its title, the kind of file and its extension (".zip"). */
    public record Purpose(String titleKey, String descriptionKey, FilePreferences.Kind kind, String extension) {
    }

    public Optional<Path> open(Purpose purpose) {
        return choose(purpose, false, "");
    }

    public Optional<Path> save(Purpose purpose, String suggestedName) {
        return choose(purpose, true, suggestedName);
    }

    private Optional<Path> choose(Purpose purpose, boolean save, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t(purpose.titleKey()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t(purpose.descriptionKey()),
                "*" + purpose.extension()));
        preferences.lastFolder(purpose.kind()).or(FileChoosers::documentsFolder).filter(Files::isDirectory)
                .ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        if (save) {
            chooser.setInitialFileName(suggestedName + purpose.extension());
        }
        Optional<File> chosen = asker.ask(chooser, save, owner.get());
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Path path = chosen.get().toPath();
        if (save && !path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + purpose.extension());
        }
        preferences.rememberFolder(purpose.kind(), path.toAbsolutePath().getParent());
        return Optional.of(path);
    }

    /** The user's documents folder where there is one, else the home folder - never the launch folder. */
    static Optional<Path> documentsFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Optional.of(Files.isDirectory(documents) ? documents : home);
    }
}
