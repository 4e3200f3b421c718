package org.echolstm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.nio.file.Path;
import java.util.Locale;

/** The application's name and version (the version comes from the build). */
public final class AppInfo {
    public static final String NAME = "Echo LSTM Explorer";
    public static final String VERSION = loadVersion();

    private AppInfo() {
    }

    /** Where the application keeps its own files (autosave, logs): the platform's user data folder. */
    public static Path dataFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "EchoLstmExplorer");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "EchoLstmExplorer");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : home + "/.local/share", "echo-lstm-explorer");
    }

    private static String loadVersion() {
        try (InputStream in = AppInfo.class.getResourceAsStream("app.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
