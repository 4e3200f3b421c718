package org.echolstm.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.echolstm.ui.actions.Command;
import org.echolstm.ui.actions.KeyboardShortcuts;
import org.echolstm.ui.actions.StandardAction;
import org.echolstm.ui.preferences.Theme;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echolstm.ui.actions.StandardAction.*;

/**
 * The window's commands without a window: one for every action of the catalogue, each enabled by
 * the rule of its view model (menu item, toolbar button and key all share that command).
 */
class MainCommandsTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MainViewModel vm = SmallLessons.window(dialogs, 512);
    private final FakeWindow window = new FakeWindow();
    private final AtomicInteger guides = new AtomicInteger();
    private final Map<StandardAction, Command> commands = MainCommands.create(vm, window,
            new FileChoosers(vm.preferences().files(), () -> null), dialogs, guides::incrementAndGet);

    @Test
    void everyActionHasACommand() {
        assertThat(commands.keySet()).containsExactlyInAnyOrder(StandardAction.values());
    }

    @Test
    void theTrainingCommandsFollowTheTrainingRules() {
        assertThat(commands.get(TRAIN).executableProperty().get()).isTrue();
        assertThat(commands.get(RESET).executableProperty().get()).isFalse();
        vm.parameters().units.textProperty().set("0");
        assertThat(commands.get(TRAIN).executableProperty().get()).isFalse();
        assertThat(commands.get(STEP).executableProperty().get()).isFalse();
        vm.parameters().units.textProperty().set("8");

        commands.get(TRAIN).execute();

        assertThat(vm.lesson().samplesShown()).isEqualTo(512);
        assertThat(commands.get(RESET).executableProperty().get()).isTrue();
        assertThat(commands.get(PAUSE).executableProperty().get()).isFalse();
        assertThat(commands.get(PAUSE).text().orElseThrow().get()).isEqualTo(I18n.t("button.pause"));
    }

    @Test
    void fileAndExportCommandsNeedAModel() {
        for (StandardAction action : new StandardAction[] {SAVE_MODEL, SAVE_MODEL_AS, SAVE_LESSON, EXPORT_JSON,
                EXPORT_NPZ, EXPORT_CSV, EXPORT_CHARTS, EXPORT_HEATMAP, EXPORT_HANDOUT}) {
            assertThat(commands.get(action).executableProperty().get()).as(action.name()).isFalse();
        }
        vm.training().step();
        for (StandardAction action : new StandardAction[] {SAVE_MODEL, SAVE_MODEL_AS, SAVE_LESSON, EXPORT_JSON,
                EXPORT_NPZ, EXPORT_CSV, EXPORT_CHARTS, EXPORT_HEATMAP, EXPORT_HANDOUT}) {
            assertThat(commands.get(action).executableProperty().get()).as(action.name()).isTrue();
        }
    }

    @Test
    void helpShowsTheShortcutListAndAbout() {
        commands.get(SHORTCUTS).execute();
        commands.get(ABOUT).execute();
        commands.get(GUIDE).execute();

        assertThat(dialogs.tables()).singleElement().isEqualTo(KeyboardShortcuts.rows());
        assertThat(dialogs.calls("showText")).singleElement()
                .satisfies(call -> assertThat(call.title()).isEqualTo(I18n.t("dialog.about.title")));
        assertThat(guides).hasValue(1);
    }

    @Test
    void guessFirstHidesEachNewSamplesAnswerUntilRevealNewSampleAndStepKeepItHidden() {
        commands.get(TRAIN).execute();
        assertThat(commands.get(REVEAL_ANSWER).executableProperty().get()).isFalse();

        commands.get(GUESS_FIRST).execute();
        assertThat(vm.sample().guessFirst().enabledProperty().get()).isTrue();
        assertThat(commands.get(REVEAL_ANSWER).executableProperty().get()).isTrue();
        commands.get(REVEAL_ANSWER).execute();
        assertThat(vm.sample().guessFirst().hidden()).isFalse();
        assertThat(commands.get(REVEAL_ANSWER).executableProperty().get()).isFalse();

        commands.get(NEW_SAMPLE).execute();
        assertThat(vm.sample().guessFirst().hidden()).isTrue();
        commands.get(STEP).execute();
        assertThat(vm.sample().guessFirst().hidden()).isTrue();
        assertThat(vm.sample().guessFirst().verdictProperty().get()).isEqualTo(I18n.t("guess.hidden"));

        commands.get(GUESS_FIRST).execute();
        assertThat(vm.sample().guessFirst().hidden()).isFalse();
    }

    @Test
    void togglesFlipTheirStateAndCompareShowsTheCharts() {
        commands.get(DARK_THEME).execute();
        assertThat(vm.preferences().appearance().themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(commands.get(DARK_THEME).chosenProperty().orElseThrow().get()).isTrue();
        assertThat(commands.get(LIGHT_THEME).chosenProperty().orElseThrow().get()).isFalse();
        commands.get(NEXT_THEME).execute();
        assertThat(vm.preferences().appearance().themeProperty().get()).isEqualTo(Theme.HIGH_CONTRAST);
        commands.get(NEXT_THEME).execute();
        assertThat(vm.preferences().appearance().themeProperty().get()).isEqualTo(Theme.LIGHT);
        commands.get(PARAMETERS).execute();
        assertThat(window.parametersShown.get()).isFalse();

        commands.get(COMPARE).execute();
        assertThat(vm.comparison().enabledProperty().get()).isTrue();
        assertThat(window.trainingTabShown).hasValue(1);
        commands.get(COMPARE).execute();
        assertThat(vm.comparison().enabledProperty().get()).isFalse();
        assertThat(window.trainingTabShown).hasValue(1);
    }

    @Test
    void newSampleDrawsAnotherSample() {
        var before = vm.sample().sampleProperty().get().orElseThrow();
        commands.get(NEW_SAMPLE).execute();
        assertThat(vm.sample().sampleProperty().get().orElseThrow()).isNotSameAs(before);
    }

    /** What the window itself does, recorded. */
    private static final class FakeWindow implements MainCommands.Window {
        final BooleanProperty presentation = new SimpleBooleanProperty();
        final BooleanProperty parametersShown = new SimpleBooleanProperty(true);
        final BooleanProperty explanationsShown = new SimpleBooleanProperty();
        final AtomicInteger trainingTabShown = new AtomicInteger();

        @Override
        public BooleanProperty presentationProperty() {
            return presentation;
        }

        @Override
        public BooleanProperty parametersShownProperty() {
            return parametersShown;
        }

        @Override
        public BooleanProperty explanationsShownProperty() {
            return explanationsShown;
        }

        @Override
        public void showTrainingTab() {
            trainingTabShown.incrementAndGet();
        }

        @Override
        public void exportChartsPicture(Path file) {
        }

        @Override
        public void exportSamplePicture(Path file) {
        }

        @Override
        public void exportHandout(Path file) {
        }

        @Override
        public void showPreferences() {
        }

        @Override
        public void showStoryline() {
        }

        @Override
        public void quit() {
        }

        @Override
        public String suggestedName() {
            return "echo-lstm-4-4-1";
        }
    }
}
