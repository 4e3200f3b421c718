package org.echolstm.ui.files;

import org.echolstm.model.dl4j.Dl4jConversion;
import org.deeplearning4j.util.ModelSerializer;
import org.echolstm.model.EchoModel;
import org.echolstm.training.Lesson;
import org.echolstm.training.LessonFiles;
import org.echolstm.training.MetricHistory;
import org.echolstm.training.Snapshot;
import org.echolstm.training.TrainingSession;
import org.echolstm.ui.DialogService.SaveChoice;
import org.echolstm.ui.App;
import org.echolstm.ui.I18n;
import org.echolstm.ui.MainViewModel;
import org.echolstm.ui.ScriptedDialogs;
import org.echolstm.ui.SmallLessons;
import org.echolstm.ui.concurrent.DirectTaskExecutor;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.lesson.LessonLifecycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** New, open, save, close and autosave, without a window; files are written to a temporary folder. */
class FilesViewModelTest {
    private static final long LIMIT = 512;

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MainViewModel vm = SmallLessons.window(dialogs, LIMIT);
    private final CurrentLesson lesson = vm.lesson();
    private final LessonLifecycle lifecycle = vm.lifecycle();
    private final FilesViewModel files = vm.files();

    private void train() {
        vm.training().train();
        assertThat(lifecycle.hasUnsavedTraining()).isTrue();
    }

    private static float[] answer(CurrentLesson lesson, int[] sequence) {
        return lesson.session().orElseThrow().predict(sequence).probabilities();
    }

    @Test
    void aSavedModelOpensWithItsTaskAndSamples() {
        train();
        Path file = dir.resolve("small.zip");
        int[] sequence = {0, 1, 2, 3};
        float[] trainedAnswer = answer(lesson, sequence);

        files.saveModel(file);

        assertThat(file).isRegularFile();
        assertThat(lifecycle.hasUnsavedTraining()).isFalse();
        assertThat(lifecycle.fileProperty().get()).contains(file);
        assertThat(files.currentModelFile()).contains(file);
        assertThat(files.recentFiles()).first().isEqualTo(file.toAbsolutePath());
        assertThat(vm.status().messageProperty().get()).isEqualTo(I18n.t("status.savedModel", "small.zip"));

        ScriptedDialogs otherDialogs = new ScriptedDialogs();
        MainViewModel other = new MainViewModel(otherDialogs, new DirectTaskExecutor());
        other.files().openModel(file);

        assertThat(other.lesson().task()).contains(SmallLessons.TASK);
        assertThat(other.parameters().task()).contains(SmallLessons.TASK);
        assertThat(other.lesson().samplesShown()).isEqualTo(LIMIT);
        assertThat(other.lifecycle().hasUnsavedTraining()).isFalse();
        assertThat(answer(other.lesson(), sequence)).containsExactly(trainedAnswer);
        assertThat(other.status().messageProperty().get())
                .isEqualTo(I18n.t("status.opened", "small.zip", I18n.count(LIMIT)));
        assertThat(otherDialogs.calls()).isEmpty();
    }

    @Test
    void openingTheSavedModelAgainGoesBackToItAfterAsking() {
        train();
        Path file = dir.resolve("small.zip");
        files.saveModel(file);
        vm.training().step();
        assertThat(lifecycle.hasUnsavedTraining()).isTrue();

        dialogs.answerSave(SaveChoice.DONT_SAVE);
        files.openModel(file);

        assertThat(dialogs.calls("askToSave")).singleElement()
                .satisfies(call -> assertThat(call.title()).isEqualTo(I18n.t("dialog.save.title.discard")));
        assertThat(lesson.samplesShown()).isEqualTo(LIMIT);
        assertThat(lesson.session().orElseThrow().withModel(EchoModel::samplesTrained)).isEqualTo(LIMIT);
        assertThat(lifecycle.hasUnsavedTraining()).isFalse();
    }

    @Test
    void aSavedLessonRestoresItsCurvesAndTrainingSettings() {
        train();
        MetricHistory.Curves curves = lesson.history().curves();
        Path file = dir.resolve("small" + FilesViewModel.LESSON_EXTENSION);

        files.saveLesson(file);
        assertThat(lifecycle.hasUnsavedTraining()).isFalse();
        assertThat(files.currentModelFile()).isEmpty(); // Save goes to a model file, never over the lesson

        MainViewModel other = new MainViewModel(new ScriptedDialogs(), new DirectTaskExecutor());
        other.files().openLesson(file);

        assertThat(other.lesson().history().curves()).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(curves);
        assertThat(other.lesson().history().curves().totalPoints()).isPositive();
        assertThat(other.lesson().samplesShown()).isEqualTo(LIMIT);
        assertThat(other.parameters().trainingSettings()).isEqualTo(vm.parameters().trainingSettings());
        assertThat(other.parameters().sampleLimit.textProperty().get()).isEqualTo(Long.toString(LIMIT));
        assertThat(other.status().messageProperty().get())
                .isEqualTo(I18n.t("status.openedLesson", file.getFileName().toString(), I18n.count(LIMIT)));
    }

    @Test
    void aBrokenFileIsOneSentenceAndTheModelIsUntouched() throws IOException {
        train();
        TrainingSession before = lesson.session().orElseThrow();
        int points = lesson.history().curves().totalPoints();
        String status = vm.status().messageProperty().get();
        Path broken = Files.writeString(dir.resolve("broken.zip"), "not a model");

        dialogs.answerSave(SaveChoice.DONT_SAVE); // lose the unsaved training? yes - but the file is broken
        files.openModel(broken);

        assertThat(dialogs.calls("showError")).singleElement().satisfies(call -> {
            assertThat(call.title()).isEqualTo(I18n.t("dialog.error.file"));
            assertThat(call.message()).isNotBlank().endsWith(".").doesNotContain("\n").doesNotContain("Exception");
        });
        assertThat(dialogs.errors()).singleElement().isInstanceOf(IOException.class);
        assertThat(lesson.session()).containsSame(before);
        assertThat(lesson.samplesShown()).isEqualTo(LIMIT);
        assertThat(lesson.history().curves().totalPoints()).isEqualTo(points);
        assertThat(lifecycle.hasUnsavedTraining()).isTrue();
        assertThat(lifecycle.fileProperty().get()).isEmpty();
        assertThat(lesson.busyProperty().get()).isFalse();
        assertThat(vm.status().messageProperty().get()).isEqualTo(status);
        assertThat(files.recentFiles()).isEmpty();
    }

    @Test
    void aModelFileOpenedAsALessonIsRefusedInOneSentence() {
        train();
        Path model = dir.resolve("small.zip");
        files.saveModel(model);
        TrainingSession before = lesson.session().orElseThrow();

        files.openLesson(model);

        assertThat(dialogs.calls("showError")).singleElement()
                .satisfies(call -> assertThat(call.message()).contains("small.zip").doesNotContain("\n"));
        assertThat(lesson.session()).containsSame(before);
    }

    @Test
    void theGermanWindowTellsFileFailuresInGerman() throws IOException {
        train();
        Path model = dir.resolve("small.zip");
        files.saveModel(model);
        I18n.use(Locale.GERMAN);
        try {
            files.openLesson(model);
            dialogs.answerSave(SaveChoice.DONT_SAVE);
            files.openModel(Files.writeString(dir.resolve("broken.zip"), "not a model"));
            files.saveModel(dir.resolve("no-such-folder").resolve("model.zip"));

            assertThat(dialogs.calls("showError")).extracting(ScriptedDialogs.Call::message).containsExactly(
                    "small.zip ist eine Modelldatei, keine Lektion: Öffnen Sie sie als Modell.",
                    "broken.zip ist keine Modelldatei (kein lesbares Zip-Archiv).",
                    "model.zip konnte nicht geschrieben werden: Der Ordner existiert nicht.");
        } finally {
            I18n.use(Locale.ENGLISH);
        }
    }

    @Test
    void aModelWithoutItsTaskAsksForItAndACancelChangesNothing() throws IOException {
        train();
        Path file = dir.resolve("small.zip");
        files.saveModel(file);
        // The same network saved by DL4J alone, without its task: a model made elsewhere.
        Path foreign = dir.resolve("foreign.zip");
        ModelSerializer.writeModel(Dl4jConversion.networkOf(lesson.session().orElseThrow().modelCopy()),
                foreign.toFile(), true);
        TrainingSession before = lesson.session().orElseThrow();

        dialogs.answerTask(Optional.empty());
        files.openModel(foreign);
        assertThat(dialogs.calls("askTask")).singleElement()
                .satisfies(call -> assertThat(call.message()).isEqualTo(Integer.toString(SmallLessons.TASK.features())));
        assertThat(lesson.session()).containsSame(before);
        assertThat(dialogs.calls("showError")).isEmpty();

        dialogs.answerTask(Optional.of(new int[] {4, 2}));
        files.openModel(foreign);
        assertThat(lesson.task()).hasValueSatisfying(task -> {
            assertThat(task.length()).isEqualTo(4);
            assertThat(task.echoIndex()).isEqualTo(2);
        });
        assertThat(dialogs.calls("showError")).isEmpty();
    }

    @Test
    void newModelAsksOnlyWhenTrainingIsUnsaved() {
        train();
        dialogs.answerSave(SaveChoice.CANCEL);
        files.newModel();
        assertThat(lesson.session()).isPresent();

        dialogs.answerSave(SaveChoice.DONT_SAVE);
        files.newModel();
        assertThat(lesson.session()).isEmpty();
        assertThat(vm.status().messageProperty().get()).isEqualTo(I18n.t("status.noModel"));
        assertThat(dialogs.calls("askToSave")).hasSize(2);

        train();
        files.saveModel(dir.resolve("saved.zip"));
        files.newModel(); // saved: nothing to lose, no question (an unexpected one fails the test)
        assertThat(lesson.session()).isEmpty();
        assertThat(lifecycle.fileProperty().get()).isEmpty();
        assertThat(dialogs.calls("askToSave")).hasSize(2);
    }

    /** Saving before work is lost goes to {@code file}, as if the user chose it (empty: they cancel the chooser). */
    private void savingChooses(Optional<Path> file) {
        vm.unsaved().saveWith(afterSaving -> {
            file.ifPresent(f -> files.saveLesson(f, afterSaving));
            return file.isPresent();
        });
    }

    @Test
    void closingWithoutUnsavedTrainingClosesAtOnce() {
        AtomicInteger close = new AtomicInteger();
        savingChooses(Optional.of(dir.resolve("never.echolesson")));

        files.requestClose(close::incrementAndGet);

        assertThat(close).hasValue(1);
        assertThat(dialogs.calls()).isEmpty();
    }

    @Test
    void aMomentMarkedAfterTheLessonWasSavedIsAskedAboutUntilALessonFileHoldsIt() {
        train();
        Path lessonFile = dir.resolve("small.echolesson");
        files.saveLesson(lessonFile);
        assertThat(lifecycle.hasUnsavedWork()).isFalse();
        assertThat(vm.titleProperty().get()).startsWith("small.echolesson");

        vm.timeline().mark();
        assertThat(lifecycle.hasUnsavedTraining()).isFalse();
        assertThat(lifecycle.hasUnsavedWork()).isTrue();
        assertThat(vm.titleProperty().get()).startsWith("*small.echolesson");
        dialogs.answerSave(SaveChoice.CANCEL);
        AtomicInteger close = new AtomicInteger();
        files.requestClose(close::incrementAndGet);
        assertThat(close).hasValue(0);
        assertThat(dialogs.calls("askToSave")).singleElement()
                .satisfies(call -> assertThat(call.message()).isEqualTo(I18n.t("dialog.save.marks", I18n.count(1))));

        files.saveModel(dir.resolve("small.zip")); // a model file keeps no timeline
        assertThat(lifecycle.hasUnsavedWork()).isTrue();
        files.saveLesson(lessonFile);
        assertThat(lifecycle.hasUnsavedWork()).isFalse();
        files.requestClose(close::incrementAndGet);
        assertThat(close).hasValue(1);
        assertThat(dialogs.calls("askToSave")).hasSize(1);
    }

    @Test
    void closingWithoutSavingClosesAndWritesNothing() {
        train();
        dialogs.answerSave(SaveChoice.DONT_SAVE);
        AtomicInteger close = new AtomicInteger();
        Path file = dir.resolve("never.echolesson");
        savingChooses(Optional.of(file));

        files.requestClose(close::incrementAndGet);

        assertThat(dialogs.calls("askToSave")).singleElement().satisfies(call -> {
            assertThat(call.title()).isEqualTo(I18n.t("dialog.save.title.close"));
            assertThat(call.message()).isEqualTo(I18n.t("dialog.save.training", I18n.count(LIMIT)));
        });
        assertThat(close).hasValue(1);
        assertThat(file).doesNotExist();
    }

    @Test
    void closingAndSavingWritesTheLessonThenCloses() {
        train();
        dialogs.answerSave(SaveChoice.SAVE);
        AtomicInteger close = new AtomicInteger();
        Path file = dir.resolve("kept.echolesson");
        savingChooses(Optional.of(file));

        files.requestClose(close::incrementAndGet);

        assertThat(file).isRegularFile();
        assertThat(close).hasValue(1);
        assertThat(lifecycle.hasUnsavedTraining()).isFalse();
        assertThat(files.recentFiles()).first().isEqualTo(file.toAbsolutePath());
    }

    @Test
    void closingAndSavingButCancellingTheFileKeepsTheWindow() {
        train();
        dialogs.answerSave(SaveChoice.SAVE);
        AtomicInteger close = new AtomicInteger();
        savingChooses(Optional.empty());

        files.requestClose(close::incrementAndGet);

        assertThat(close).hasValue(0);
        assertThat(lifecycle.hasUnsavedTraining()).isTrue();
    }

    @Test
    void closingAndCancellingKeepsTheWindowAndTheTraining() {
        train();
        dialogs.answerSave(SaveChoice.CANCEL);
        AtomicInteger close = new AtomicInteger();
        savingChooses(Optional.of(dir.resolve("never.echolesson")));

        files.requestClose(close::incrementAndGet);

        assertThat(close).hasValue(0);
        assertThat(lesson.session()).isPresent();
        assertThat(lifecycle.hasUnsavedTraining()).isTrue();
    }

    @Test
    void aRestoredAutosaveIsUnsavedWorkWithNoFileOfTheUsers() throws IOException {
        train();
        Path autosave = dir.resolve("autosave.echolesson");
        FilesViewModel.writeLesson(lesson.session().orElseThrow(), lesson, autosave);

        ScriptedDialogs otherDialogs = new ScriptedDialogs().answerChoice(true);
        MainViewModel other = new MainViewModel(otherDialogs, new DirectTaskExecutor());
        AtomicInteger discarded = new AtomicInteger();
        other.files().offerRestore(autosave, discarded::incrementAndGet);

        assertThat(otherDialogs.calls("choose")).singleElement().satisfies(call -> {
            assertThat(call.title()).isEqualTo(I18n.t("dialog.restore.title"));
            assertThat(call.message()).contains(I18n.count(LIMIT)).contains(SmallLessons.TASK.length() + "/"
                    + SmallLessons.TASK.features() + "/" + SmallLessons.TASK.echoIndex());
        });
        assertThat(other.lesson().samplesShown()).isEqualTo(LIMIT);
        assertThat(other.lifecycle().fileProperty().get()).as("the autosave is not the user's file").isEmpty();
        assertThat(other.lifecycle().hasUnsavedTraining()).isTrue();
        assertThat(other.titleProperty().get()).startsWith("*");
        assertThat(other.files().recentFiles()).isEmpty();
        assertThat(other.status().messageProperty().get()).isEqualTo(I18n.t("status.restored", I18n.count(LIMIT)));
        assertThat(discarded).hasValue(0);
        assertThat(autosave).isRegularFile();
    }

    @Test
    void aDiscardedAutosaveIsNotOpened() throws IOException {
        train();
        Path autosave = dir.resolve("autosave.echolesson");
        FilesViewModel.writeLesson(lesson.session().orElseThrow(), lesson, autosave);

        MainViewModel other = new MainViewModel(new ScriptedDialogs().answerChoice(false), new DirectTaskExecutor());
        AtomicInteger discarded = new AtomicInteger();
        other.files().offerRestore(autosave, discarded::incrementAndGet);

        assertThat(discarded).hasValue(1);
        assertThat(other.lesson().session()).isEmpty();
    }

    @Test
    void aModelDiscardedForAPresetTakesItsFileAndItsStatusAlong() {
        train();
        Path file = dir.resolve("prep.echolesson");
        files.saveLesson(file);
        MainViewModel other = new MainViewModel(new ScriptedDialogs(), new DirectTaskExecutor());
        other.files().openLesson(file);
        assertThat(other.titleProperty().get()).startsWith("prep.echolesson");

        other.parameters().presetProperty().set(org.echolstm.training.Preset.LONG); // another task: a new model

        assertThat(other.lesson().session()).isEmpty();
        assertThat(other.lifecycle().fileProperty().get()).isEmpty();
        assertThat(other.titleProperty().get()).doesNotContain("prep.echolesson");
        assertThat(other.status().messageProperty().get()).isEqualTo(I18n.t("status.noModel"));
    }

    @Test
    void autosaveWritesTheLessonWhenDueAndDeleteRemovesIt() throws IOException {
        AutosaveService autosave = vm.autosave();
        Path file = dir.resolve("data").resolve("autosave" + FilesViewModel.LESSON_EXTENSION);
        autosave.enable(file, 0);

        autosave.onFrame(1);
        assertThat(file).doesNotExist(); // no model, nothing to keep

        train();
        autosave.onFrame(2);
        assertThat(file).isRegularFile();
        Lesson saved = LessonFiles.open(file);
        assertThat(saved.model().samplesTrained()).isEqualTo(LIMIT);
        assertThat(saved.history()).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(lesson.history().curves());
        assertThat(lifecycle.hasUnsavedTraining()).isTrue(); // an autosave is no save of the user's

        Files.delete(file);
        autosave.onFrame(3);
        assertThat(file).doesNotExist(); // nothing trained since: not written again

        long gap = AutosaveService.AT_REST_GAP_NANOS;
        vm.training().step();
        autosave.onFrame(2 + gap);
        assertThat(LessonFiles.open(file).model().samplesTrained()).isEqualTo(LIMIT + SmallLessons.BATCH);

        Files.delete(file);
        vm.timeline().mark();
        autosave.onFrame(2 + 2 * gap);
        assertThat(LessonFiles.open(file).snapshots()).anyMatch(Snapshot::marked); // a mark alone is kept too

        autosave.delete();
        assertThat(file).doesNotExist();
    }

    @Test
    void whileTrainingRunsAutosaveWaitsForItsInterval() {
        AutosaveService autosave = vm.autosave();
        Path file = dir.resolve("autosave" + FilesViewModel.LESSON_EXTENSION);
        autosave.enable(file, 100);
        train();
        TrainingSession session = lesson.session().orElseThrow();
        session.begin(); // running, as far as the window can tell
        assertThat(lesson.runningProperty().get()).isTrue();

        autosave.onFrame(1_000);
        assertThat(file).doesNotExist(); // the first save comes one interval after the training is seen
        autosave.onFrame(1_099);
        assertThat(file).doesNotExist();
        autosave.onFrame(1_100);
        assertThat(file).isRegularFile();
        session.stop();
        session.run();
    }

    @Test
    void atRestAutosaveWritesAtOnceAndThenAtMostEveryTwoSeconds() {
        AutosaveService autosave = vm.autosave();
        Path file = dir.resolve("autosave" + FilesViewModel.LESSON_EXTENSION);
        autosave.enable(file, App.AUTOSAVE_INTERVAL_NANOS);
        train(); // training stopped at its limit

        autosave.onFrame(1_000);
        assertThat(file).as("written as soon as training rests").isRegularFile();
        autosave.delete();

        vm.training().step();
        autosave.onFrame(1_000 + AutosaveService.AT_REST_GAP_NANOS - 1);
        assertThat(file).doesNotExist();
        autosave.onFrame(1_000 + AutosaveService.AT_REST_GAP_NANOS);
        assertThat(file).isRegularFile();
    }
}
