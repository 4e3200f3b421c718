package org.echolstm.cli;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import org.echolstm.training.EngineWarmup;
import org.echolstm.training.TrainingState;
import org.echolstm.ui.App;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Does once, in one process, what people do most with the application: on the command line
 * {@code train --target 0.99 --out}, {@code predict}, {@code evaluate} and the help; in the window
 * it waits for the first frame, trains the default lesson to its target, opens the Inside and
 * Experiments tabs (running the tab's sweep as it is set up) and saves a lesson file. The
 * packaging script records the installers' ahead-of-time cache from this run (JDK 25's
 * {@code -XX:AOTCacheOutput}), so the classes and method profiles of these paths are ready when
 * the installed application starts. Files go to a temporary folder that is removed at the end.
 */
@Command(name = "training-run", hidden = true, mixinStandardHelpOptions = true,
        description = {"Run the command line's and the window's everyday paths once (for the start-up cache "
                + "recorded when packaging). Needs a display for the window (xvfb-run -a ...)."})
final class TrainingRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--no-window", description = "Only the command line's part.")
    boolean noWindow;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("echolstm-training-run");
        try {
            commandLine(folder, out);
            if (!noWindow) {
                window(folder.resolve("lesson.echolesson"), out);
            }
        } finally {
            deleteAll(folder);
        }
        out.println("Training run done");
        out.flush();
        return 0;
    }

    private static void commandLine(Path folder, PrintWriter out) {
        String model = folder.resolve("model.zip").toString();
        EngineWarmup.start(); // as Main does for a command that trains
        run(out, "train", "--target", "0.99", "--out", model);
        run(out, "predict", "--model", model, "--sequence", "1,2,3,4,5,6,7,8,9,0");
        run(out, "evaluate", "--model", model, "--samples", "500");
        run(out, "--help");
        run(out, "--version");
    }

    /** Runs a command as the launcher would, its output kept; a failure ends the training run. */
    private static void run(PrintWriter out, String... args) {
        long start = System.nanoTime();
        StringWriter text = new StringWriter();
        int status = EchoCommand.execute(new PrintWriter(text, true), new PrintWriter(text, true), args);
        if (status != 0) {
            throw new CommandFailure("'" + String.join(" ", args) + "' failed (" + status + "):\n" + text);
        }
        out.printf("%-12s %5d ms%n", args[0], (System.nanoTime() - start) / 1_000_000);
        out.flush();
    }

    private void window(Path lesson, PrintWriter out) throws Exception {
        long start = System.nanoTime();
        ScriptedAnswers answers = new ScriptedAnswers();
        CompletableFuture<Void> painted = new CompletableFuture<>();
        App.Window window = WindowLauncher.open(Optional.of(answers), opened -> {
            App.show(opened.stage());
            // The first pulse after show lays out and paints the window.
            Platform.runLater(() -> Platform.runLater(() -> painted.complete(null)));
        });
        try {
            painted.get(2, TimeUnit.MINUTES);
            lap(out, "window", start);
            var vm = window.viewModel();
            await(() -> {
                vm.training().train(); // the default lesson: to 99 % held-out accuracy
                return vm.lesson().stateProperty();
            }, state -> state == TrainingState.FINISHED, 5);
            lap(out, "trained", start);
            await(() -> {
                window.view().showTab(1);
                return vm.inside().insideProperty();
            }, Optional::isPresent, 1);
            lap(out, "inside", start);
            await(() -> {
                window.view().showTab(3);
                vm.experiments().run();
                return vm.experiments().resultPlanProperty();
            }, Optional::isPresent, 10);
            lap(out, "experiments", start);
            CompletableFuture<Void> saved = new CompletableFuture<>();
            Platform.runLater(() -> vm.files().saveLesson(lesson, () -> saved.complete(null)));
            saved.get(2, TimeUnit.MINUTES);
            lap(out, "saved", start);
        } finally {
            CompletableFuture<Void> hidden = new CompletableFuture<>();
            Platform.runLater(() -> {
                window.viewModel().training().stop();
                window.stage().hide();
                hidden.complete(null);
            });
            hidden.get(1, TimeUnit.MINUTES);
            Platform.exit();
        }
        if (!answers.errors.isEmpty()) {
            throw new CommandFailure("The window showed errors: " + answers.errors);
        }
        if (!Files.isRegularFile(lesson)) {
            throw new CommandFailure("No lesson file was written");
        }
    }

    /**
     * Runs {@code action} on the FX thread and waits until the value it returns satisfies
     * {@code done} (or already does).
     */
    private static <T> void await(Supplier<ObservableValue<T>> action, Predicate<T> done, int minutes)
            throws Exception {
        CompletableFuture<Void> reached = new CompletableFuture<>();
        Platform.runLater(() -> {
            ObservableValue<T> value = action.get();
            if (done.test(value.getValue())) {
                reached.complete(null);
            } else {
                value.addListener((obs, old, now) -> {
                    if (done.test(now)) {
                        reached.complete(null);
                    }
                });
            }
        });
        reached.get(minutes, TimeUnit.MINUTES);
    }

    private static void lap(PrintWriter out, String what, long start) {
        out.printf("%-12s %5d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        out.flush();
    }

    private static void deleteAll(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind is no failure of the run.
        }
    }
}
