package org.echolstm.ui.preferences;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Optional;

/** The recent files (newest first) and the folder last used for each kind of file. */
public final class FilePreferences {
    public static final int RECENT_FILES = 8;

    /** The kinds of file that remember their own folder. */
    public enum Kind { MODEL, LESSON, EXPORT }

    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableMap<Kind, Path> lastFolders = FXCollections.observableMap(new EnumMap<>(Kind.class));

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** Puts {@code file} first among the recent files, keeping at most {@link #RECENT_FILES}. */
    public void rememberRecent(Path file) {
        Path absolute = file.toAbsolutePath();
        recentFiles.remove(absolute);
        recentFiles.add(0, absolute);
        if (recentFiles.size() > RECENT_FILES) {
            recentFiles.remove(RECENT_FILES, recentFiles.size());
        }
    }

    /** The folder last used for each kind of file. */
    public ObservableMap<Kind, Path> lastFolders() {
        return FXCollections.unmodifiableObservableMap(lastFolders);
    }

    public Optional<Path> lastFolder(Kind kind) {
        return Optional.ofNullable(lastFolders.get(kind));
    }

    public void rememberFolder(Kind kind, Path folder) {
        lastFolders.put(kind, folder);
    }

    public void clear() {
        recentFiles.clear();
        lastFolders.clear();
    }
}
