package org.echolstm.ui.guide;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Opens a page or a folder with the desktop's own programs, and says whether it could. On Linux
 * that is {@code xdg-open}, whose exit code tells (3 or 4 when no program could open it; a browser
 * that is still starting after a few seconds counts as opened). Elsewhere JavaFX's host services
 * open it, which always find a browser and tell nothing.
 */
public final class SystemBrowser {
    /** How long an opener may take to say it failed; one still running then has opened the page. */
    static final long PATIENCE_MILLIS = 6000;
    private final Optional<Path> xdgOpen;
    private final Optional<Consumer<String>> hostServices;

    private SystemBrowser(Optional<Path> xdgOpen, Optional<Consumer<String>> hostServices) {
        this.xdgOpen = xdgOpen;
        this.hostServices = hostServices;
    }

    /**
     * The desktop's opener on this computer: {@code xdg-open} from the PATH on Linux and other
     * Unix systems, {@code showDocument} (JavaFX's host services) on Windows and macOS.
     */
    public static SystemBrowser forThisComputer(Consumer<String> showDocument) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return new SystemBrowser(Optional.empty(), Optional.of(showDocument));
        }
        return withXdgOpenFrom(System.getenv().getOrDefault("PATH", ""));
    }

    /** {@code xdg-open} as found on {@code path} (a PATH value), if it is there. */
    static SystemBrowser withXdgOpenFrom(String path) {
        Optional<Path> found = Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "xdg-open")).filter(Files::isExecutable).findFirst();
        return new SystemBrowser(found, Optional.empty());
    }

    /** Whether anything can be asked to open a page or a folder. */
    public boolean available() {
        return xdgOpen.isPresent() || hostServices.isPresent();
    }

    /**
     * Asks the desktop to open {@code target}; completes (off the JavaFX thread) with whether it
     * did, as far as can be known.
     */
    public CompletableFuture<Boolean> open(URI target) {
        if (hostServices.isPresent()) {
            hostServices.get().accept(target.toString());
            return CompletableFuture.completedFuture(true);
        }
        if (xdgOpen.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        CompletableFuture<Boolean> opened = new CompletableFuture<>();
        Thread waiting = new Thread(() -> opened.complete(run(xdgOpen.get(), target)), "open " + target);
        waiting.setDaemon(true);
        waiting.start();
        return opened;
    }

    private static boolean run(Path program, URI target) {
        try {
            Process process = new ProcessBuilder(program.toString(), target.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            // A browser started in the foreground keeps xdg-open waiting: it is left running.
            return !process.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS) || process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
