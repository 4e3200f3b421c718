package org.echolstm.cli;

import javafx.application.Platform;
import org.echolstm.model.AtomicFiles;
import org.echolstm.model.ModelFileException;
import org.echolstm.training.Lesson;
import org.echolstm.training.LessonFiles;
import org.echolstm.ui.App;
import org.echolstm.ui.UnattendedAnswers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

@Command(name = "handout", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a handout of a lesson: one HTML page with the task and its settings, the training "
                + "curves, a picture of the window at each stop of the storyline with its note and figures, and the "
                + "Inside view of the final model.",
                "Opens the window to take the pictures: on the display if there is one; without one (no DISPLAY "
                        + "on Linux) it draws it in memory; elsewhere it needs a display (xvfb-run -a ...)."})
final class HandoutCommand implements Callable<Integer> {
    /** The window's size for the pictures of the stops. */
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    @Spec
    CommandSpec spec;

    @Option(names = "--lesson", paramLabel = "FILE", required = true, description = "The lesson (.echolesson).")
    Path lessonFile;

    @Option(names = "--out", paramLabel = "FILE.html", required = true, description = "Where to write the handout.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Lesson lesson = openLesson();
        checkWritable();
        Drawing.choose();
        UnattendedAnswers answers = new UnattendedAnswers(() -> true);
        App.Window window = WindowLauncher.open(Optional.of(answers), opened -> {
            opened.stage().setWidth(WIDTH);
            opened.stage().setHeight(HEIGHT);
            opened.stage().show();
        });
        try {
            CompletableFuture<Void> opened = new CompletableFuture<>();
            Platform.runLater(() -> {
                var lifecycle = window.viewModel().lifecycle();
                lifecycle.fileProperty().addListener((obs, old, now) -> {
                    if (now.isPresent()) {
                        opened.complete(null);
                    }
                });
                window.viewModel().files().openLesson(lessonFile);
            });
            waitFor(opened, answers, 2);
            CompletableFuture<Void> told = new CompletableFuture<>();
            Platform.runLater(() -> whenTold(window, lesson.stops().size(), told));
            waitFor(told, answers, 1);
            CompletableFuture<Path> written = new CompletableFuture<>();
            Platform.runLater(() -> window.view().makeHandout(out, written::complete, written::completeExceptionally));
            waitFor(written, answers, 10);
        } finally {
            Platform.runLater(() -> window.stage().hide());
            Platform.exit();
        }
        int stops = lesson.stops().size();
        spec.commandLine().getOut().println("Wrote a handout of " + lessonFile.getFileName() + " ("
                + (stops == 0 ? "no stops" : stops == 1 ? "1 stop" : stops + " stops") + ") to " + out);
        return 0;
    }

    /** Completes {@code told} once the window's storyline holds the lesson's {@code stops} stops (it takes them in a frame). */
    private static void whenTold(App.Window window, int stops, CompletableFuture<Void> told) {
        var story = window.viewModel().story().stops();
        if (story.size() == stops) {
            told.complete(null);
        } else {
            story.addListener((javafx.collections.ListChangeListener<Object>) change -> {
                if (story.size() == stops) {
                    told.complete(null);
                }
            });
        }
    }

    /** The lesson, or one sentence on why it cannot be read (before any window opens). */
    private Lesson openLesson() {
        if (!Files.exists(lessonFile)) {
            throw new CommandFailure("Cannot open the lesson: " + lessonFile + " does not exist.");
        }
        try {
            return LessonFiles.open(lessonFile);
        } catch (ModelFileException e) {
            throw new CommandFailure("Cannot open the lesson: " + e.getMessage());
        }
    }

    /** Refuses an --out that cannot be written before the window is opened for it. */
    private void checkWritable() {
        Path folder = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            throw new CommandFailure("Cannot write " + out + ": it is a folder.");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandFailure("Cannot write " + out + ": the folder " + folder + " does not exist.");
        }
        if (!Files.isWritable(folder) || (Files.exists(out) && !Files.isWritable(out))) {
            throw new CommandFailure("Cannot write " + out + ": permission denied.");
        }
    }

    private static void waitFor(CompletableFuture<?> done, UnattendedAnswers answers, int minutes) throws Exception {
        try {
            done.get(minutes, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new CommandFailure(cause instanceof ModelFileException || cause instanceof IOException
                    ? "Cannot write the handout: " + describe(cause) : "Cannot make the handout: " + cause);
        } catch (TimeoutException e) {
            throw new CommandFailure("The window did not finish in " + minutes + " minutes"
                    + (answers.errors().isEmpty() ? "." : ": " + String.join(" ", answers.errors())));
        }
        if (!answers.errors().isEmpty()) {
            throw new CommandFailure(String.join(" ", answers.errors()));
        }
    }

    private static String describe(Throwable error) {
        return error instanceof IOException io && !(error instanceof ModelFileException) ? AtomicFiles.describe(io)
                : error.getMessage();
    }

    /** How the window is drawn: on the display, or in memory when there is none. */
    static final class Drawing {
        private static final String MONOCLE = "com.sun.glass.ui.monocle.MonoclePlatformFactory";

        private Drawing() {
        }

        /**
         * Without a display (Linux without DISPLAY or WAYLAND_DISPLAY), draws in memory through
         * Monocle's headless platform and the software renderer; a display there is used as it is.
         */
        static void choose() {
            if (System.getProperty("glass.platform") != null || !withoutDisplay()) {
                return;
            }
            if (!hasMonocle()) {
                throw new CommandFailure("There is no display to draw the window on; run it under xvfb-run -a.");
            }
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("headless.geometry", "1920x1080-32");
            System.setProperty("java.awt.headless", "true");
        }

        static boolean withoutDisplay() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            return os.contains("linux") && blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"));
        }

        private static boolean hasMonocle() {
            try {
                Class.forName(MONOCLE, false, HandoutCommand.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException e) {
                return false;
            }
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
