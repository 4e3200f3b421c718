package org.echolstm.ui;

import org.echolstm.ui.export.ExportViewModel;
import javafx.stage.Stage;
import org.echolstm.model.ModelFiles;
import org.echolstm.training.MetricsSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Presses the controls in a random order at random moments of training, many times: nothing may
 * deadlock, throw or show an error, no training thread may be left, every saved file must open.
 */
@ExtendWith(ApplicationExtension.class)
class RandomFaultsTest {
    static final int ACTIONS = 250;

    private App.Window window;
    private final Random random = new Random(20261128);
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    @TempDir
    Path folder;

    /** Answers every question at random; any error dialog is a failure. */
    /** Texts shown for reading (none of these actions shows one). */
    private final List<String> shown = new ArrayList<>();
    private final DialogService dialogs = new DialogService() {
        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            return random.nextBoolean();
        }

        @Override
        public void showError(String title, String message, Throwable details) {
            errors.add(title + ": " + message + (details == null ? "" : " " + details));
        }

        @Override
        public Optional<int[]> askTask(String fileName, int features) {
            return Optional.empty();
        }

        @Override
        public CloseChoice askBeforeClose(long unsavedSamples) {
            return CloseChoice.DISCARD;
        }

        @Override
        public void showText(String title, String text) {
            shown.add(title);
        }

        @Override
        public void showTable(String title, String header, List<Map.Entry<String, String>> rows) {
            shown.add(title);
        }
    };

    @Start
    void start(Stage stage) {
        window = App.open(stage, dialogs);
        stage.show();
    }

    private long samplesShown() {
        MetricsSnapshot s = window.viewModel().lesson().snapshotProperty().get().orElse(null);
        return s == null ? 0 : s.samplesSeen();
    }

    @Test
    void randomActionsAtRandomMomentsLeaveNothingBroken(FxRobot robot) throws Exception {
        MainViewModel vm = window.viewModel();
        robot.interact(() -> {
            vm.parameters().length.textProperty().set("6");
            vm.parameters().features.textProperty().set("8");
            vm.parameters().echoIndex.textProperty().set("3");
            vm.parameters().batchSize.textProperty().set("4");
            vm.parameters().targetAccuracy.textProperty().set("");
            vm.parameters().sampleLimit.textProperty().set("");
        });
        List<Path> saved = new ArrayList<>();
        for (int i = 0; i < ACTIONS; i++) {
            int action = random.nextInt(11);
            Path file = folder.resolve("model-" + i + ".zip");
            robot.interact(() -> {
                switch (action) {
                    case 0, 1 -> vm.training().train();
                    case 2 -> vm.training().pause();
                    case 3 -> vm.training().resume();
                    case 4 -> vm.training().step();
                    case 5 -> vm.training().stop();
                    case 6 -> vm.training().resetWeights();
                    case 7 -> vm.sample().newSample();
                    case 8 -> {
                        if (vm.lesson().hasModelProperty().get()) {
                            vm.files().saveModel(file);
                            saved.add(file);
                        }
                    }
                    case 9 -> vm.export().export(ExportViewModel.Kind.HISTORY_CSV, folder.resolve("history-" + action + ".csv"));
                    default -> vm.files().newModel();
                }
            });
            if (random.nextBoolean()) {
                long before = samplesShown();
                // A random moment: some steps later, or as soon as nothing runs.
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> samplesShown() != before
                        || !vm.lesson().runningProperty().get());
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(vm.training()::stop);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.lesson().runningProperty().get()
                && !vm.lesson().pausedProperty().get() && !vm.lesson().busyProperty().get());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.files().canOpenProperty().get());
        robot.interact(() -> window.stage().close());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, vm::isShutDown);

        assertThat(errors).isEmpty();
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.isAlive() && (t.getName().equals("training") || t.getName().equals("background")));
        assertThat(saved).isNotEmpty();
        for (Path file : saved) {
            if (Files.exists(file)) {
                assertThat(ModelFiles.open(file).samplesTrained()).isNotNegative();
            }
        }
        assertThat(saved.stream().filter(Files::exists)).isNotEmpty();
    }
}
