package org.echolstm.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.DoubleProperty;
import org.echolstm.AppInfo;
import org.echolstm.ui.actions.Command;
import org.echolstm.ui.actions.KeyboardShortcuts;
import org.echolstm.ui.actions.StandardAction;
import org.echolstm.ui.export.ExportViewModel;
import org.echolstm.ui.FileChoosers.Purpose;
import org.echolstm.ui.files.FilesViewModel;
import org.echolstm.ui.preferences.Theme;
import org.echolstm.ui.sample.GuessFirstViewModel;
import org.echolstm.ui.story.StorylineViewModel;
import org.echolstm.ui.timeline.TimelineViewModel;
import org.echolstm.ui.preferences.Zoom;
import org.echolstm.ui.training.TrainingViewModel;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.echolstm.model.ExportFormat.ONNX;
import static org.echolstm.model.ExportFormat.WEIGHTS_JSON;
import static org.echolstm.model.ExportFormat.WEIGHTS_NPZ;
import static org.echolstm.ui.actions.StandardAction.*;
import static org.echolstm.ui.preferences.FilePreferences.Kind.EXPORT;
import static org.echolstm.ui.preferences.FilePreferences.Kind.LESSON;
import static org.echolstm.ui.preferences.FilePreferences.Kind.MODEL;

/** One command for every action of the catalogue: what it does in this window, and when it may. */
final class MainCommands {
    static final Purpose OPEN_MODEL_FILE = new Purpose("chooser.openModel", "chooser.model", MODEL, FilesViewModel.MODEL_EXTENSION);
    static final Purpose SAVE_MODEL_FILE = new Purpose("chooser.saveModel", "chooser.model", MODEL, FilesViewModel.MODEL_EXTENSION);
    static final Purpose OPEN_LESSON_FILE = new Purpose("chooser.openLesson", "chooser.lesson", LESSON, FilesViewModel.LESSON_EXTENSION);
    static final Purpose SAVE_LESSON_FILE = new Purpose("chooser.saveLesson", "chooser.lesson", LESSON, FilesViewModel.LESSON_EXTENSION);

    /** What only the window itself can do. */
    interface Window {
        BooleanProperty presentationProperty();

        BooleanProperty parametersShownProperty();

        BooleanProperty explanationsShownProperty();

        void showTrainingTab();

        void exportChartsPicture(Path file);

        void exportSamplePicture(Path file);

        /** Shows each stop in turn, takes its picture, and writes the handout (File ▸ Export ▸ Handout). */
        void exportHandout(Path file);

        void showPreferences();

        /** Opens the storyline's list of stops (add, rename, reorder, delete). */
        void showStoryline();

        void quit();

        /** "echo-lstm-10-25-7": the start of suggested file names. */
        String suggestedName();
    }

    private MainCommands() {
    }

    static Map<StandardAction, Command> create(MainViewModel vm, Window window, FileChoosers choosers,
                                               DialogService dialogs, Runnable openGuide) {
        Map<StandardAction, Command> commands = new EnumMap<>(StandardAction.class);
        TrainingViewModel training = vm.training();
        FilesViewModel files = vm.files();
        ExportViewModel export = vm.export();
        commands.put(TRAIN, Command.of(training::train, training.canTrainProperty()));
        commands.put(PAUSE, Command.of(training::togglePause, training.canTogglePauseProperty())
                .withText(training.pauseTextProperty()));
        commands.put(STEP, Command.of(training::step, training.canStepProperty()));
        commands.put(STOP, Command.of(training::stop, training.canStopProperty()));
        commands.put(RESET, Command.of(training::resetWeights, training.canResetProperty()));
        commands.put(NEW_SAMPLE, Command.always(vm.sample()::newSample));
        TimelineViewModel timeline = vm.timeline();
        commands.put(MARK_MOMENT, Command.of(timeline::mark, timeline.canMarkProperty()));
        commands.put(REPLAY_EARLIER, Command.of(timeline::earlier, timeline.canEarlierProperty()));
        commands.put(REPLAY_LATER, Command.of(timeline::later, timeline.canLaterProperty()));
        commands.put(BACK_TO_NOW, Command.of(timeline::backToNow, timeline.replayingProperty()));

        StorylineViewModel story = vm.story();
        commands.put(ADD_STOP, Command.of(story::addStop, story.canAddProperty()));
        commands.put(STORYLINE, Command.always(window::showStoryline));
        commands.put(NEXT_STOP, Command.of(story::next, story.canNextProperty()));
        commands.put(PREVIOUS_STOP, Command.of(story::previous, story.canPreviousProperty()));
        commands.put(CAPTION, Command.toggle(story.captionShownProperty(), () -> { }));

        commands.put(NEW_MODEL, Command.of(files::newModel, files.canOpenProperty()));
        commands.put(OPEN_MODEL, Command.of(() -> choosers.open(OPEN_MODEL_FILE).ifPresent(files::openModel),
                files.canOpenProperty()));
        commands.put(SAVE_MODEL, Command.of(() -> files.currentModelFile().ifPresentOrElse(files::saveModel,
                () -> saveModelAs(window, choosers, files)), files.canSaveProperty()));
        commands.put(SAVE_MODEL_AS, Command.of(() -> saveModelAs(window, choosers, files), files.canSaveProperty()));
        commands.put(OPEN_LESSON, Command.of(() -> choosers.open(OPEN_LESSON_FILE).ifPresent(files::openLesson),
                files.canOpenProperty()));
        commands.put(SAVE_LESSON, Command.of(() -> choosers.save(SAVE_LESSON_FILE, window.suggestedName())
                .ifPresent(files::saveLesson), files.canSaveProperty()));
        // The model's formats and their extensions are the command line's too (ExportFormat).
        exportCommand(commands, EXPORT_JSON, export, choosers, "chooser.exportJson", "chooser.json", WEIGHTS_JSON.extension(),
                () -> window.suggestedName() + "-weights", f -> export.exportModel(WEIGHTS_JSON, f));
        exportCommand(commands, EXPORT_NPZ, export, choosers, "chooser.exportNpz", "chooser.npz", WEIGHTS_NPZ.extension(),
                () -> window.suggestedName() + "-weights", f -> export.exportModel(WEIGHTS_NPZ, f));
        exportCommand(commands, EXPORT_ONNX, export, choosers, "chooser.exportOnnx", "chooser.onnx", ONNX.extension(),
                window::suggestedName, f -> export.exportModel(ONNX, f));
        exportCommand(commands, EXPORT_CSV, export, choosers, "chooser.exportCsv", "chooser.csv", ".csv",
                () -> window.suggestedName() + "-history", export::exportHistory);
        exportCommand(commands, EXPORT_TABLE, export, choosers, "chooser.exportTable", "chooser.csv", ".csv",
                () -> window.suggestedName() + "-history-table", export::exportHistoryTable);
        exportCommand(commands, EXPORT_CHARTS, export, choosers, "chooser.exportCharts", "chooser.png", ".png",
                () -> window.suggestedName() + "-charts", window::exportChartsPicture);
        exportCommand(commands, EXPORT_HEATMAP, export, choosers, "chooser.exportHeatmap", "chooser.png", ".png",
                () -> window.suggestedName() + "-sample", window::exportSamplePicture);
        Purpose handout = new Purpose("chooser.exportHandout", "chooser.html", EXPORT, ".html");
        commands.put(EXPORT_HANDOUT, Command.of(() -> choosers.save(handout, window.suggestedName() + "-handout")
                .ifPresent(window::exportHandout), vm.handout().canMakeProperty()));
        commands.put(QUIT, Command.always(window::quit));

        commands.put(PRESENTATION, Command.toggle(window.presentationProperty(), () -> { }));
        commands.put(PARAMETERS, Command.toggle(window.parametersShownProperty(), () -> { }));
        ObjectProperty<Theme> theme = vm.preferences().appearance().themeProperty();
        commands.put(LIGHT_THEME, themeChoice(theme, Theme.LIGHT));
        commands.put(DARK_THEME, themeChoice(theme, Theme.DARK));
        commands.put(HIGH_CONTRAST_THEME, themeChoice(theme, Theme.HIGH_CONTRAST));
        commands.put(NEXT_THEME, Command.always(() -> theme.set(theme.get().next())));
        commands.put(COMPARE, Command.toggle(vm.comparison().enabledProperty(), () -> {
            if (vm.comparison().enabledProperty().get()) {
                window.showTrainingTab(); // the comparison is drawn on the training charts
            }
        }));
        GuessFirstViewModel guessFirst = vm.sample().guessFirst();
        commands.put(GUESS_FIRST, Command.toggle(guessFirst.enabledProperty(), () -> { }));
        commands.put(REVEAL_ANSWER, Command.of(guessFirst::reveal, guessFirst.hiddenProperty()));
        commands.put(PREFERENCES, Command.always(window::showPreferences));
        DoubleProperty scale = vm.preferences().appearance().scaleProperty();
        commands.put(ZOOM_IN, Command.of(() -> scale.set(Zoom.larger(scale.get())), scale.lessThan(Zoom.largest())));
        commands.put(ZOOM_OUT, Command.of(() -> scale.set(Zoom.smaller(scale.get())), scale.greaterThan(Zoom.smallest())));
        commands.put(ZOOM_RESET, Command.of(() -> scale.set(Zoom.NORMAL), scale.isNotEqualTo(Zoom.NORMAL, 1e-6)));
        commands.put(GUIDE, Command.always(openGuide));
        commands.put(SHORTCUTS, Command.always(() -> dialogs.showTable(I18n.t("dialog.shortcuts.title"),
                I18n.t("dialog.shortcuts.header"), KeyboardShortcuts.rows())));
        commands.put(EXPLAIN, Command.toggle(window.explanationsShownProperty(), () -> { }));
        commands.put(ABOUT, Command.always(() -> dialogs.showText(I18n.t("dialog.about.title"),
                I18n.t("dialog.about.text", AppInfo.VERSION))));
        return commands;
    }

    private static Command themeChoice(ObjectProperty<Theme> theme, Theme choice) {
        return Command.choice(theme.isEqualTo(choice), () -> theme.set(choice));
    }

    private static void saveModelAs(Window window, FileChoosers choosers, FilesViewModel files) {
        choosers.save(SAVE_MODEL_FILE, window.suggestedName()).ifPresent(files::saveModel);
    }

    private static void exportCommand(Map<StandardAction, Command> commands, StandardAction action,
                                      ExportViewModel export, FileChoosers choosers, String titleKey,
                                      String descriptionKey, String extension,
                                      Supplier<String> name,
                                      Consumer<Path> write) {
        Purpose purpose = new Purpose(titleKey, descriptionKey, EXPORT, extension);
        commands.put(action, Command.of(() -> choosers.save(purpose, name.get()).ifPresent(write),
                export.canExportProperty()));
    }
}
