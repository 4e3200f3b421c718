package org.echolstm.ui;

import org.junit.jupiter.api.Tag;

import javafx.stage.Stage;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelFileException;
import org.echolstm.model.dl4j.ModelFiles;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.SlowDisk;
import org.echolstm.model.Optimizer;
import org.echolstm.training.TrainingFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Presses the controls in a random order at random moments of training, many times, and injects
 * faults among them: a save whose file cannot replace its target after being written, a folder that
 * disappears, a very slow disk (a save that takes 5 s while training goes on), weights that have
 * turned into NaN, an interrupted background or training thread. Nothing may deadlock or throw; the only
 * error dialogs are the one sentence each fault deserves; no thread is left; every saved file opens.
 *
 * <p>The run replays from its seed ({@code -Dfaults.seed=N}; printed at the start): the actions are
 * drawn from one random source in a fixed order, and the answers to the window's questions, which
 * it asks at moments that depend on timing, from another.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("integration") // the whole window: in ./mvnw verify's integration phase, not the unit loop
class RandomFaultsTest {
    static final int ACTIONS = 250;
    private static final long SEED = Long.getLong("faults.seed", 20261128L);

    private App.Window window;
    private final Random random = new Random(SEED);
    private final RandomAnswers dialogs = new RandomAnswers(SEED);
    private final List<String> errors = dialogs.errors();
    private int faults;
    private int nanModelsTrained;
    private int slowSavesWhileTraining;
    private static final int SLOW_DISK = UserActions.COUNT + 4;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = App.open(stage, dialogs);
        stage.show();
    }

    private long samplesShown() {
        TrainingFigures s = window.viewModel().lesson().figuresProperty().get().orElse(null);
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
        System.out.println("RandomFaultsTest seed " + SEED + " (replay with -Dfaults.seed=" + SEED + ")");
        List<Path> saved = new ArrayList<>();
        List<String> expectedErrors = new ArrayList<>();
        for (int i = 0; i < ACTIONS; i++) {
            int action = random.nextInt(UserActions.COUNT + 5);
            if (action == SLOW_DISK && random.nextInt(4) != 0) {
                continue; // the slow disk takes 5 s: a quarter of its draws are enough
            }
            if (action >= UserActions.COUNT) {
                injectFault(robot, vm, action, i, expectedErrors);
                continue;
            }
            String fileName = "model-" + i + ".zip";
            robot.interact(() -> UserActions.perform(vm, action, folder, fileName).ifPresent(saved::add));
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

        String replay = "seed " + SEED;
        System.out.println("RandomFaultsTest: " + faults + " faults injected, " + expectedErrors.size()
                + " error sentences shown as expected, " + nanModelsTrained + " NaN models trained, "
                + slowSavesWhileTraining + " slow saves while training");
        assertThat(errors).as(replay).containsExactlyElementsOf(expectedErrors);
        assertThat(Thread.getAllStackTraces().keySet()).as(replay)
                .noneMatch(t -> t.isAlive() && List.of("training", "background", "files").contains(t.getName()));
        assertThat(saved).as(replay).isNotEmpty();
        for (Path file : saved) {
            if (Files.exists(file)) {
                assertThat(ModelFiles.open(file).task()).as(replay).isEqualTo(new EchoTask(6, 8, 3));
            }
        }
        assertThat(saved.stream().filter(Files::exists)).as(replay).isNotEmpty();
    }

    /**
     * One fault, and the sentence it deserves (if any) added to {@code expected} once it has shown:
     * the window must say exactly that and nothing else.
     */
    private void injectFault(FxRobot robot, MainViewModel vm, int fault, int i, List<String> expected)
            throws Exception {
        faults++;
        int errorsBefore = errors.size();
        int expectedBefore = expected.size();
        switch (fault) {
            case 11 -> { // written, then it cannot replace its target (a folder of that name is in the way)
                Path blocked = Files.createDirectories(folder.resolve("blocked-" + i + ".zip").resolve("inside"));
                if (saveAndWait(robot, vm, blocked.getParent())) {
                    expected.add(I18n.t("fileError.writeFailed", blocked.getParent().getFileName()));
                }
                assertThat(blocked).isDirectory();
            }
            case 12 -> { // the folder chosen a moment ago has disappeared
                Path gone = folder.resolve("gone-" + i);
                Files.createDirectories(gone);
                Files.delete(gone);
                Path file = gone.resolve("model.zip");
                if (saveAndWait(robot, vm, file)) {
                    expected.add(I18n.t("fileError.writeNoFolder", "model.zip"));
                }
            }
            case 13 -> { // weights that have turned into NaN: a model with them is opened and trained
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(vm.training()::stop);
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.files().canOpenProperty().get());
                robot.interact(() -> vm.files().openModel(nanModel()));
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.lesson().busyProperty().get());
                // Discarding the unsaved training was asked; answered no, the model on screen stays.
                boolean opened = vm.lifecycle().fileProperty().get().equals(Optional.of(nanModel()));
                robot.interact(vm.training()::train);
                if (opened) { // a model with NaN weights stops by itself at its first step, with no dialog
                    nanModelsTrained++;
                    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.lesson().idleProperty().get());
                }
                WaitForAsyncUtils.waitForFxEvents();
            }
            case SLOW_DISK -> slowSave(robot, vm, folder.resolve("slow-" + i + ".zip"));
            default -> { // an interrupted background or training thread, whatever it is doing
                String name = List.of("background", "files", "training").get(random.nextInt(3));
                Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name))
                        .forEach(Thread::interrupt);
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.lesson().busyProperty().get());
                // An interrupted save may fail; then it says so with the file sentence, nothing else.
                if (errors.size() > errorsBefore) {
                    assertThat(errors.subList(errorsBefore, errors.size()))
                            .as("seed %d: after interrupting %s", SEED, name)
                            .containsOnly(I18n.t("fileError.other"));
                    expected.addAll(errors.subList(errorsBefore, errors.size()));
                }
                return;
            }
        }
        assertThat(errors.subList(errorsBefore, errors.size())).as("seed %d, fault %d", SEED, fault)
                .containsExactlyElementsOf(expected.subList(expectedBefore, expected.size()));
    }

    /**
     * A save to a disk that takes 5 s, started while training runs (when the model on screen can
     * train): training goes on meanwhile, and the file is complete afterwards, with no dialog.
     */
    private void slowSave(FxRobot robot, MainViewModel vm, Path file) throws Exception {
        robot.interact(() -> {
            if (vm.lesson().pausedProperty().get()) {
                vm.training().resume();
            } else if (vm.lesson().idleProperty().get()) {
                vm.training().train();
            }
        });
        long beforeTraining = samplesShown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> samplesShown() != beforeTraining
                || vm.lesson().idleProperty().get());
        try (SlowDisk disk = SlowDisk.install(Duration.ofSeconds(5))) {
            if (!saveStarted(robot, vm, file)) {
                return;
            }
            assertThat(disk.awaitSave(Duration.ofSeconds(30))).as("seed %d: the save reaches the disk", SEED).isTrue();
            if (vm.lesson().runningProperty().get()) {
                long before = samplesShown();
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> samplesShown() > before
                        || !vm.lesson().runningProperty().get());
                if (samplesShown() > before) {
                    assertThat(disk.stillWriting()).as("seed %d: training went on during the slow save", SEED).isTrue();
                    slowSavesWhileTraining++;
                }
            }
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.lesson().busyProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(ModelFiles.open(file).task()).as("seed %d: the slowly saved file", SEED).isEqualTo(new EchoTask(6, 8, 3));
    }

    /** A model file of the task on screen whose weights are all NaN, as a diverged run leaves them. */
    private Path nanModel() {
        Path file = folder.resolve("nan.zip");
        if (!Files.exists(file)) {
            EchoModel fresh = new EchoModel(new EchoTask(6, 8, 3), new ModelSettings(4, Optimizer.ADAM, 0.01, 1));
            float[] nan = new float[fresh.parameters().length];
            java.util.Arrays.fill(nan, Float.NaN);
            EchoModel model = EchoModel.withParameters(fresh.task(), fresh.settings(), nan, 0);
            try {
                ModelFiles.save(model, file, "test");
            } catch (ModelFileException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    /** Saves the model (when there is one) to {@code file} and waits for the outcome; false when there was none. */
    private boolean saveAndWait(FxRobot robot, MainViewModel vm, Path file) throws Exception {
        boolean started = saveStarted(robot, vm, file);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.lesson().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return started;
    }

    /** Starts saving the model when there is one (and no other file work runs); false when it did not. */
    private boolean saveStarted(FxRobot robot, MainViewModel vm, Path file) {
        boolean[] started = {false};
        robot.interact(() -> {
            if (vm.lesson().hasModelProperty().get()) {
                vm.files().saveModel(file);
                started[0] = true;
            }
        });
        return started[0];
    }
}
