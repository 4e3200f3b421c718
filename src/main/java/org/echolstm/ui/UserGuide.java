package org.echolstm.ui;

import org.echolstm.AppInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The user guide ships inside the application; it is copied out so the system's browser can show it. */
final class UserGuide {
    static final List<String> FILES = List.of("user-guide.html", "main-window.png", "dark-presentation.png",
            "inside-the-lstm.png", "confusion-matrix.png", "appearance-light.png", "appearance-dark.png",
            "appearance-contrast.png", "accessibility-1280x800.png",
            "accessibility-1920x1080.png");

    private UserGuide() {
    }

    /** Copies the guide into the user's data folder (each time: a new version replaces an old one). */
    static Path install() {
        Path folder = AppInfo.dataFolder().resolve("help");
        try {
            Files.createDirectories(folder);
            for (String name : FILES) {
                try (InputStream in = UserGuide.class.getResourceAsStream("help/" + name)) {
                    if (in != null) {
                        Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the user guide to " + folder, e);
        }
        return folder.resolve("user-guide.html");
    }
}
