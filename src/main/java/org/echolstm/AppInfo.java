package org.echolstm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's name and version (the version comes from the build). */
public final class AppInfo {
    public static final String NAME = "Echo LSTM Explorer";
    public static final String VERSION = loadVersion();

    private AppInfo() {
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
