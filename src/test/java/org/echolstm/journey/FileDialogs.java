package org.echolstm.journey;

import java.nio.file.Path;
import java.time.Duration;

/** The system's file chooser (GTK's on Linux), answered from the keyboard as a user would. */
final class FileDialogs {
    private FileDialogs() {
    }

    /** In the save dialog titled {@code title}: types the whole path as the name, and saves. */
    static void saveAs(Desktop desktop, String title, Path file) {
        String chooser = Waits.forValue("the file chooser \"" + title + "\"", Duration.ofSeconds(20),
                () -> desktop.window("^" + title + "$"));
        desktop.activate(chooser);
        desktop.key("ctrl+a");
        desktop.type(file.toAbsolutePath().toString());
        desktop.key("Return");
        Waits.until("the file chooser closed", Duration.ofSeconds(20), () -> desktop.windows("^" + title + "$").isEmpty());
    }

    /** In the open dialog titled {@code title}: types the path (GTK opens its location field), and opens. */
    static void open(Desktop desktop, String title, Path file) {
        String chooser = Waits.forValue("the file chooser \"" + title + "\"", Duration.ofSeconds(20),
                () -> desktop.window("^" + title + "$"));
        desktop.activate(chooser);
        desktop.key("ctrl+l");
        desktop.type(file.toAbsolutePath().toString());
        // GTK may still be completing the typed path in a popup, which takes the first Return: press it again then.
        for (int attempt = 0; attempt < 3; attempt++) {
            desktop.key("Return");
            if (Waits.within(Duration.ofSeconds(5), () -> desktop.windows("^" + title + "$").isEmpty())) {
                return;
            }
        }
        Waits.until("the file chooser closed", Duration.ofSeconds(10), () -> desktop.windows("^" + title + "$").isEmpty());
    }
}
