package org.echolstm.ui;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.echolstm.echo.EchoTask;
import org.echolstm.training.TrainingFigures;
import org.echolstm.ui.preferences.Theme;
import org.echolstm.ui.sample.PredictionRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the real window, headless. */
class MainWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }



    private void type(FxRobot robot, String fieldId, String text) {
        robot.clickOn("#" + fieldId);
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }



    /** Types the easy task into the panes, stopping at {@code target} % ("" for no target). */
    private void easyTask(FxRobot robot, String target) {
        EASY_TASK.forEach((key, text) -> type(robot, key + "Field", text));
        if (!target.isEmpty()) {
            type(robot, "targetAccuracyField", target);
        }
    }

    @Test
    void settingATaskThroughThePanes(FxRobot robot) {
        type(robot, "lengthField", "6");
        type(robot, "featuresField", "9");
        type(robot, "echoIndexField", "5");
        assertThat(vm().parameters().task()).contains(new EchoTask(6, 9, 5));
        assertThat(robot.lookup("#trainButton").queryButton().isDisabled()).isFalse();
    }

    @Test
    void anInvalidValueDisablesTrainAndShowsWhatIsAllowed(FxRobot robot) {
        Button train = robot.lookup("#trainButton").queryButton();
        type(robot, "featuresField", "abc");
        Label error = robot.lookup("#featuresError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("features must be a whole number between 2 and 1,000");
        assertThat(train.isDisabled()).isTrue();

        type(robot, "featuresField", "25");
        assertThat(error.isVisible()).isFalse();
        assertThat(train.isDisabled()).isFalse();

        // The echo index range follows the length.
        type(robot, "lengthField", "5");
        Label indexError = robot.lookup("#echoIndexError").queryAs(Label.class);
        assertThat(indexError.getText()).isEqualTo("echo index must be between 0 and 4 (was 7)");
        assertThat(train.isDisabled()).isTrue();
        assertThat(robot.lookup("#stepButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void trainingAnEasyTaskFillsBothChartsAndReachesTheTarget(FxRobot robot) throws Exception {
        easyTask(robot, "95");
        robot.clickOn("#trainButton");
        waitFor(180, () -> idle(vm()));
        assertThat(vm().status().messageProperty().get()).isEqualTo("Finished: target accuracy reached");
        TrainingFigures last = vm().lesson().figuresProperty().get().orElse(null);
        assertThat(last.heldOutAccuracy().getAsDouble()).isGreaterThanOrEqualTo(0.95);
        waitFor(10, () -> window.view().charts().lossSeries().stream().allMatch(s -> s.getData().size() > 5)
                && window.view().charts().accuracySeries().stream().allMatch(s -> !s.getData().isEmpty()));
        assertThat(window.view().charts().pointCount()).isLessThanOrEqualTo(4 * 500);
        assertThat(robot.lookup("#heldOutLabel").queryAs(Label.class).getText()).endsWith("%");
        // The sample's answer on screen is the trained model's, not one from the middle of the run.
        int[] sequence = vm().sample().sampleProperty().get().orElseThrow().sequence();
        int finalAnswer = vm().lesson().session().orElseThrow().predict(sequence).predicted();
        waitFor(10, () -> vm().sample().predictionProperty().get()
                .filter(p -> p.predicted() == finalAnswer && Arrays.equals(p.sequence(), sequence)).isPresent());
        assertThat(vm().sample().verdictProperty().get()).startsWith("predicted " + finalAnswer + ",");
    }

    @Test
    void pauseStepAndResumeChangeSamplesSeenAsExpected(FxRobot robot) throws Exception {
        easyTask(robot, "");
        type(robot, "batchSizeField", "8");
        robot.clickOn("#trainButton");
        waitFor(60, () -> samplesShown() > 0);

        robot.clickOn("#pauseButton");
        waitFor(30, () -> vm().status().messageProperty().get().startsWith("Paused at"));
        long atPause = samplesShown();
        assertThat(robot.lookup("#pauseButton").queryButton().getText()).isEqualTo("Resume");

        robot.clickOn("#stepButton");
        waitFor(30, () -> samplesShown() == atPause + 8);
        robot.clickOn("#stepButton");
        waitFor(30, () -> samplesShown() == atPause + 16);
        assertThat(vm().lesson().pausedProperty().get()).isTrue();

        robot.clickOn("#pauseButton"); // Resume
        waitFor(30, () -> samplesShown() > atPause + 16);
        robot.clickOn("#stopButton");
        waitFor(30, () -> idle(vm()));
        assertThat(vm().status().messageProperty().get()).isEqualTo("Stopped");
    }

    @Test
    void newSampleChangesTheHeatmapAndThePrediction(FxRobot robot) throws Exception {
        easyTask(robot, "");
        robot.clickOn("#stepButton");
        waitFor(60, () -> idle(vm()) && vm().sample().predictionProperty().get().isPresent());
        int[] before = window.view().sample().heatmap().sequence();
        int[] predictedFor = vm().sample().predictionProperty().get().orElseThrow().sequence();
        assertThat(predictedFor).containsExactly(before);

        robot.clickOn("#newSampleButton");
        waitFor(30, () -> vm().sample().predictionProperty().get().isPresent()
                && !Arrays.equals(vm().sample().predictionProperty().get().get().sequence(), before));
        int[] after = window.view().sample().heatmap().sequence();
        assertThat(after).isNotEqualTo(before);
        assertThat(vm().sample().predictionProperty().get().get().sequence()).containsExactly(after);
        assertThat(vm().sample().predictionProperty().get().get().expected()).isEqualTo(after[2]);
        assertThat(robot.lookup("#verdictLabel").queryAs(Label.class).getText()).startsWith("predicted ");
        assertThat(vm().sample().recentPredictions()).hasSizeGreaterThanOrEqualTo(2);
        // The sequence column cuts long sequences: the row's tooltip has it whole, and the model's age.
        PredictionRow newest = vm().sample().recentPredictions().get(0);
        waitFor(10, () -> firstTableRow(robot).map(row -> row.getItem() == newest).orElse(false));
        assertThat(firstTableRow(robot).orElseThrow().getTooltip().getText()).startsWith(newest.sequence() + "\n")
                .contains("After " + I18n.count(newest.samplesSeen()) + " training samples the model predicted "
                        + newest.predicted());
    }

    private static Optional<TableRow<?>> firstTableRow(FxRobot robot) {
        return robot.lookup("#predictionTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .<TableRow<?>>map(row -> row).filter(row -> row.getIndex() == 0).findFirst();
    }

    @Test
    void changingTheTaskOfATrainedModelAsksFirst(FxRobot robot) throws Exception {
        easyTask(robot, "");
        robot.clickOn("#stepButton");
        waitFor(60, () -> idle(vm()));
        type(robot, "featuresField", "6");
        robot.clickOn("#trainButton");
        clickWhenShown(robot, "Cancel");
        assertThat(idle(vm())).isTrue();
        assertThat(samplesShown()).isEqualTo(32);

        robot.clickOn("#trainButton");
        clickWhenShown(robot, "Don’t save");
        waitFor(30, () -> vm().lesson().runningProperty().get());
        robot.clickOn("#stopButton");
        waitFor(30, () -> idle(vm()));
        assertThat(vm().sample().sampleProperty().get().orElseThrow().task()).isEqualTo(new EchoTask(4, 6, 2));
    }

    @Test
    void closingDuringTrainingLeavesNoTrainingThread(FxRobot robot) throws Exception {
        easyTask(robot, "");
        robot.clickOn("#trainButton");
        waitFor(60, () -> samplesShown() > 0);
        robot.interact(() -> window.stage().close());
        waitFor(10, () -> vm().isShutDown());
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("training") && t.isAlive());
    }

    @Test
    void classroomKeysStepTrainPauseAndDrawSamplesButNotWhileTyping(FxRobot robot) throws Exception {
        easyTask(robot, "");
        type(robot, "batchSizeField", "4");
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT); // typing in a field: the key moves the caret
        assertThat(vm().lesson().hasModelProperty().get()).isFalse();

        robot.interact(() -> robot.lookup("#newSampleButton").queryButton().requestFocus());
        robot.type(KeyCode.RIGHT);
        waitFor(60, () -> samplesShown() == 4 && idle(vm()));
        int[] before = window.view().sample().heatmap().sequence();
        robot.type(KeyCode.N);
        waitFor(10, () -> !Arrays.equals(window.view().sample().heatmap().sequence(), before));

        robot.type(KeyCode.SPACE);
        waitFor(30, () -> vm().lesson().runningProperty().get());
        robot.type(KeyCode.SPACE);
        waitFor(30, () -> vm().status().messageProperty().get().startsWith("Paused at"));
        robot.clickOn("#stopButton");
        waitFor(30, () -> idle(vm()));
    }

    @Test
    void theSpeedSliderPacesTraining(FxRobot robot) throws Exception {
        easyTask(robot, "");
        robot.interact(() -> robot.lookup("#speedSlider").queryAs(javafx.scene.control.Slider.class).setValue(0));
        assertThat(vm().training().paceProperty().get()).isEqualTo(1.0);
        assertThat(robot.lookup("#speedValueLabel").queryAs(Label.class).getText()).isEqualTo("1\u00a0steps/s");
        robot.clickOn("#trainButton");
        waitFor(60, () -> samplesShown() >= 32);
        // At one step a second the run is still within its first steps when stopped.
        robot.clickOn("#stopButton");
        waitFor(30, () -> idle(vm()));
        assertThat(samplesShown()).isLessThan(32L * 30);
        robot.interact(() -> robot.lookup("#speedSlider").queryAs(javafx.scene.control.Slider.class).setValue(6));
        assertThat(vm().training().paceProperty().get()).isZero();
    }

    @Test
    void theOtherTabsAreMadeWhenFirstShownAndTakeWhatTheKeysChangedBefore(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#centerTabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs().subList(1, 4)).as("only the open tab is made with the window")
                .allMatch(tab -> tab.getContent() == null);
        assertThat(robot.lookup("#gates").tryQuery()).isEmpty();

        // The window's keys work before those tabs exist: the next theme (Ctrl+Shift+D), a larger zoom.
        robot.clickOn("#trainingTab");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().preferences().appearance().themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(vm().preferences().appearance().scaleProperty().get()).isGreaterThan(1);
        robot.interact(() -> vm().experiments().valuesProperty().set("8,16"));

        // Ctrl+Tab from the tab strip opens Inside: made at once, bound, in the theme chosen before.
        robot.press(KeyCode.CONTROL).press(KeyCode.TAB).release(KeyCode.TAB).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(tabs.getTabs().get(1).getContent()).isNotNull();
        assertThat(tabs.getTabs().get(1).getContent().getId()).isEqualTo("inside");
        assertThat(vm().inside().visibleProperty().get()).isTrue();
        var gates = window.view().inside().gates();
        assertThat(gates.palette().background().getBrightness()).as("the dark theme's background").isLessThan(0.5);
        robot.type(KeyCode.F7); // one step
        waitFor(60, () -> vm().inside().insideProperty().get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gates.getAccessibleText()).isNotEqualTo(I18n.t("inside.empty"));
        assertThat(robot.lookup("#ablationLabel").queryAs(Label.class).getText()).startsWith("Click a unit");

        // Then the confusion matrix and the experiments, each made once.
        robot.interact(() -> window.view().showTab(2));
        waitFor(60, () -> vm().confusion().evaluationProperty().get().isPresent());
        assertThat(robot.lookup("#captionLabel").queryAs(Label.class).getText()).isNotEmpty();
        var confusion = tabs.getTabs().get(2).getContent();
        robot.interact(() -> window.view().showTab(3));
        assertThat(robot.lookup("#valuesField").queryAs(TextField.class).getText()).isEqualTo("8,16");
        robot.interact(() -> {
            window.view().showTab(2);
            window.view().showTab(1);
        });
        assertThat(tabs.getTabs().get(2).getContent()).isSameAs(confusion);
        assertThat(window.view().inside().gates()).isSameAs(gates);
    }

    @Test
    void clickingAUnitSilencesItAndTheButtonBringsItBack(FxRobot robot) throws Exception {
        easyTask(robot, "");
        robot.clickOn("#stepButton");
        waitFor(60, () -> idle(vm()));
        assertThat(vm().inside().insideProperty().get()).as("nothing computed while the tab is hidden").isEmpty();
        robot.clickOn("#insideTab");
        waitFor(60, () -> vm().inside().insideProperty().get().isPresent());
        waitFor(10, () -> window.view().inside().gates().getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents(); // the tab's content is made as it opens: its first layout settles
        var gates = window.view().inside().gates();
        // The first unit's row of the first heatmap (just under its title).
        javafx.geometry.Bounds bounds = gates.localToScreen(gates.getBoundsInLocal());
        robot.clickOn(new javafx.geometry.Point2D(bounds.getMinX() + 45, bounds.getMinY() + 22));
        waitFor(30, () -> vm().inside().insideProperty().get().map(i -> !i.silenced().isEmpty()).orElse(false));
        var inside = vm().inside().insideProperty().get().orElseThrow();
        assertThat(inside.silenced().cardinality()).isEqualTo(1);
        assertThat(robot.lookup("#ablationLabel").queryAs(Label.class).getText()).startsWith("With unit ");
        robot.clickOn("#restoreUnitsButton");
        waitFor(30, () -> vm().inside().insideProperty().get().map(i -> i.silenced().isEmpty()).orElse(false));
        assertThat(vm().inside().insideProperty().get().orElseThrow().trace().units()).isEqualTo(16);
    }

    @Test
    void comparingWithAPlainRnnOverlaysItsCurves(FxRobot robot) throws Exception {
        easyTask(robot, "");
        robot.interact(() -> vm().comparison().enabledProperty().set(true));
        robot.clickOn("#stepButton");
        waitFor(60, () -> idle(vm()) && samplesShown() == 32);
        robot.clickOn("#stepButton");
        waitFor(60, () -> idle(vm()) && samplesShown() == 64);
        waitFor(10, () -> window.view().charts().lossSeries().stream()
                .anyMatch(series -> series.getName().equals("plain RNN loss (smoothed)") && series.getData().size() == 2));
        assertThat(vm().comparison().history().orElseThrow().curves().loss()).hasSize(2);
        robot.interact(() -> vm().comparison().enabledProperty().set(false));
        waitFor(10, () -> window.view().charts().lossSeries().stream()
                .noneMatch(series -> series.getName().startsWith("plain RNN")));
    }

    @Test
    void typingInAFieldUpdatesTheViewModel(FxRobot robot) {
        type(robot, "seedField", "42");
        assertThat(robot.lookup("#seedField").queryAs(TextField.class).getText()).isEqualTo("42");
        assertThat(vm().parameters().modelSettings().orElseThrow().seed()).isEqualTo(42);
    }

    @Test
    void theTrainKeyWorksWhileTheLibraryIsStillLoading(FxRobot robot) throws Exception {
        robot.interact(() -> vm().parameters().sampleLimit.textProperty().set("64"));
        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitFor(60, () -> idle(vm()) && samplesShown() == 64);
        assertThat(vm().status().messageProperty().get()).isEqualTo("Finished: sample limit reached");
    }
}
