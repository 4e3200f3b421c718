package org.echolstm.ui.guide;

import org.echolstm.AppInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user guide ships inside the application; it is copied out so the system's browser can show
 * it. What is copied is what the page refers to (its pictures): the page is the one list of them.
 */
public final class UserGuide {
    /** The guide's page, beside its pictures. */
    public static final String PAGE = "user-guide.html";
    private static final String FOLDER = "/org/echolstm/ui/help/";
    /** A file beside the page: a src or href that names no scheme, anchor, query or other folder. */
    private static final Pattern LOCAL_REFERENCE = Pattern.compile("\\b(?:src|href)\\s*=\\s*\"([^\":#?/]+)\"");

    private UserGuide() {
    }

    /** The page's text (HTML). */
    public static String page() {
        try (InputStream in = open(PAGE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the user guide", e);
        }
    }

    /** The page and every file it refers to, in the order they appear. */
    public static List<String> files() {
        Set<String> files = new LinkedHashSet<>();
        files.add(PAGE);
        Matcher m = LOCAL_REFERENCE.matcher(page());
        while (m.find()) {
            files.add(m.group(1));
        }
        return new ArrayList<>(files);
    }

    /** A file of the guide inside the application (a picture), if it ships. */
    public static Optional<URL> resource(String name) {
        return Optional.ofNullable(UserGuide.class.getResource(FOLDER + name));
    }

    /** Copies the guide into the user's data folder (each time: a new version replaces an old one). */
    public static Path install() {
        return install(AppInfo.dataFolder().resolve("help"));
    }

    /** Copies the guide and everything it refers to into {@code folder}; returns the page's path. */
    public static Path install(Path folder) {
        try {
            Files.createDirectories(folder);
            for (String name : files()) {
                try (InputStream in = open(name)) {
                    Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the user guide to " + folder, e);
        }
        return folder.resolve(PAGE);
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = UserGuide.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("the user guide's file " + name + " is missing from the application");
        }
        return in;
    }
}
