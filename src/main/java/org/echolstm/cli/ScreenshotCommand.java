package org.echolstm.cli;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.echolstm.ui.App;
import org.echolstm.ui.preferences.Theme;
import org.echolstm.training.TrainingState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

@Command(name = "screenshot", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Open the window, train on the default task, and save a PNG of the whole window.",
                "Needs a display (under a headless system: xvfb-run -a ...)."})
final class ScreenshotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE.png", required = true, description = "Where to write the PNG.")
    Path out;

    @Option(names = "--width", paramLabel = "W", defaultValue = "1280", description = "Window width (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "H", defaultValue = "800", description = "Window height (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "20000",
            description = "Samples to train before the picture (default: ${DEFAULT-VALUE}; 0: untrained).")
    long samples;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light",
            description = "The look: light, dark or contrast (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--presentation", description = "Presentation mode (large type, no parameter panes).")
    boolean presentation;

    @Option(names = "--compare", description = "Train a plain RNN beside the LSTM and show its curves too.")
    boolean compare;

    @Option(names = "--sequence", paramLabel = "VALUES",
            description = {"Type VALUES into Your sequence and press Show, after training (repeatable: in order; "
                    + "a sequence the task cannot take leaves its message under the field)."})
    List<String> sequences = new ArrayList<>();

    @Option(names = "--replay", paramLabel = "SAMPLES",
            description = "After training, replay the kept moment nearest to SAMPLES samples.")
    Long replayAt;

    enum Tab { training, inside, confusion, experiments }

    @Option(names = "--tab", paramLabel = "TAB", defaultValue = "training",
            description = {"The centre view to show: training, inside, confusion or experiments (default: "
                    + "${DEFAULT-VALUE}).", "experiments runs the tab's sweep as it is set up first."})
    Tab tab;

    @Override
    public Integer call() throws Exception {
        if (width < 640 || width > 7680 || height < 480 || height > 4320) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid window size: width must be between 640 and 7680 and height between 480 and 4320");
        }
        Options.requireBetween(spec.commandLine(), "--samples", "samples", samples, 0, 10_000_000);
        if (replayAt != null) {
            Options.requireBetween(spec.commandLine(), "--replay", "samples", replayAt, 0, samples);
        }
        Theme look = Theme.byId(theme).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Invalid theme: " + theme + " (light, dark or contrast)"));
        App.Window window = WindowLauncher.open(opened -> {
            Stage stage = opened.stage();
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            opened.viewModel().preferences().appearance().themeProperty().set(look);
            opened.viewModel().comparison().enabledProperty().set(compare);
            if (presentation) {
                opened.view().setPresentation(true);
                stage.setFullScreen(false); // keep the requested size for the picture
            }
        });
        if (samples > 0) {
            trainOnWindow(window);
        }
        for (String sequence : sequences) {
            askAbout(window, sequence);
        }
        if (replayAt != null) {
            replay(window, replayAt);
        }
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> window.view().showTab(tab.ordinal()));
        if (samples > 0 || tab == Tab.experiments) {
            waitForTheTab(window);
        }
        // Two frames after the last update so the charts and the heatmap have been laid out.
        Platform.runLater(() -> Platform.runLater(() -> {
            window.view().charts().update(window.viewModel().lesson().history(),
                    window.viewModel().comparison().history());
            window.stage().getScene().getRoot().applyCss();
            window.stage().getScene().getRoot().layout();
            image.complete(window.stage().getScene().snapshot(null));
        }));
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image.get(1, TimeUnit.MINUTES), null), "png", out.toFile());
        } catch (IOException e) {
            throw new CommandFailure("Cannot write " + out + ": " + e.getMessage());
        } finally {
            Platform.runLater(() -> window.stage().hide());
            Platform.exit();
        }
        spec.commandLine().getOut().println("Saved " + out);
        return 0;
    }

    private void trainOnWindow(App.Window window) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            var parameters = window.viewModel().parameters();
            parameters.sampleLimit.textProperty().set(Long.toString(samples));
            parameters.targetAccuracy.textProperty().set("");
            window.viewModel().lesson().stateProperty().addListener((obs, old, now) -> {
                if (old == TrainingState.RUNNING && now == TrainingState.FINISHED) {
                    done.complete(null);
                }
            });
            window.viewModel().training().train();
        });
        done.get(30, TimeUnit.MINUTES);
        untilAnswered(window, () -> {
            window.viewModel().sample().newSample();
            return true;
        });
    }

    /** As a student would: types the sequence and presses Show; waits for the answer or the message. */
    private static void askAbout(App.Window window, String sequence) throws Exception {
        untilAnswered(window, () -> {
            window.viewModel().sample().entry().textProperty().set(sequence);
            return window.viewModel().sample().entry().show(); // refused: the message is under the field
        });
    }

    /** Replays the kept moment nearest to {@code samples}, and waits for the sample's answer then. */
    private static void replay(App.Window window, long samples) throws Exception {
        untilAnswered(window, () -> {
            var kept = window.viewModel().timeline().snapshots();
            int nearest = 0;
            for (int i = 1; i < kept.size(); i++) {
                if (Math.abs(kept.get(i).samples() - samples) < Math.abs(kept.get(nearest).samples() - samples)) {
                    nearest = i;
                }
            }
            window.viewModel().timeline().moveTo(nearest);
            return true;
        });
    }

    /**
     * Runs {@code action} on the FX thread and waits until the sample on screen has the model's
     * answer; {@code action} returns false when no answer will come.
     */
    private static void untilAnswered(App.Window window, BooleanSupplier action) throws Exception {
        CompletableFuture<Void> answered = new CompletableFuture<>();
        Platform.runLater(() -> {
            window.viewModel().sample().predictionProperty().addListener((obs, old, now) -> {
                if (now.isPresent()) {
                    answered.complete(null);
                }
            });
            if (!action.getAsBoolean()) {
                answered.complete(null);
            }
        });
        answered.get(1, TimeUnit.MINUTES);
    }

    /** The Inside and confusion tabs compute once shown, the experiments tab once run: wait for what they show. */
    private void waitForTheTab(App.Window window) throws Exception {
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            var vm = window.viewModel();
            ReadOnlyObjectProperty<? extends Optional<?>> content = switch (tab) {
                case inside -> vm.inside().insideProperty();
                case confusion -> vm.confusion().evaluationProperty();
                case experiments -> vm.experiments().resultPlanProperty();
                default -> null;
            };
            if (tab == Tab.experiments) {
                vm.experiments().run();
            }
            if (content == null || content.get().isPresent()) {
                shown.complete(null);
            } else {
                content.addListener((obs, old, now) -> {
                    if (now.isPresent()) {
                        shown.complete(null);
                    }
                });
            }
        });
        shown.get(tab == Tab.experiments ? 30 : 1, TimeUnit.MINUTES);
    }
}
