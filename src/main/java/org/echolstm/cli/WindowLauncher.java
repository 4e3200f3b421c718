package org.echolstm.cli;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.echolstm.ui.App;
import org.echolstm.ui.DialogService;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Opens the real main window from a command (screenshot, bench), or says why it cannot. */
public final class WindowLauncher {
    private WindowLauncher() {
    }

    /** Starts JavaFX, builds the window, runs {@code setUp} on the FX thread (it shows the stage). */
    public static App.Window open(Consumer<App.Window> setUp) throws Exception {
        return open(Optional.empty(), setUp);
    }

    /** As {@link #open(Consumer)}, the window asking its questions to {@code dialogs} (by default real dialogs). */
    public static App.Window open(Optional<DialogService> dialogs, Consumer<App.Window> setUp) throws Exception {
        CompletableFuture<App.Window> opened = new CompletableFuture<>();
        try {
            Platform.startup(() -> {
                try {
                    App.Window window = dialogs.isPresent() ? App.open(new Stage(), dialogs.get()) : App.open(new Stage());
                    setUp.accept(window);
                    opened.complete(window);
                } catch (RuntimeException e) {
                    opened.completeExceptionally(e);
                }
            });
        } catch (UnsupportedOperationException | IllegalStateException e) {
            throw new CommandFailure("Cannot open a window (" + e.getMessage() + "); on a system without a display "
                    + "run it under xvfb-run -a.");
        }
        return opened.get(2, TimeUnit.MINUTES);
    }
}
