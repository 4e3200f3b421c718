package org.echolstm.ui;

import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of reset starts empty charts and an empty status bar: no curve of the last run stays behind. */
class ResetTest extends WindowTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        window = App.open(stage, dialogs);
        stage.show();
    }

    private void trainSome(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm().parameters().length.textProperty().set("4");
            vm().parameters().features.textProperty().set("5");
            vm().parameters().echoIndex.textProperty().set("1");
            vm().parameters().sampleLimit.textProperty().set(Long.toString(samplesShown() + 1024));
            vm().parameters().targetAccuracy.textProperty().set("");
            vm().training().train();
        });
        waitFor(60, () -> idle(vm()) && samplesShown() > 0);
        robot.interact(() -> window.view().charts().update(vm().lesson().history(), vm().comparison().history()));
        assertThat(window.view().charts().isEmpty()).isFalse();
        assertThat(window.view().charts().pointCount()).isPositive();
    }

    private void assertEmpty(FxRobot robot, String after) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(window.view().charts().isEmpty()).as(after).isTrue();
            assertThat(window.view().charts().pointCount()).as(after).isZero();
            // What is drawn, not only the data: no line of the last run is left on the plot.
            window.stage().getScene().getRoot().layout();
            for (var series : List.of(window.view().charts().lossSeries(), window.view().charts().accuracySeries())) {
                assertThat(series).allSatisfy(s -> assertThat(((Path) s.getNode()).getElements())
                        .as("%s: the line of %s", after, s.getName()).isEmpty());
            }
            assertThat(vm().status().heldOutProperty().get()).as(after).isEqualTo("–");
            assertThat(vm().status().samplesProperty().get()).as(after).isEqualTo("0");
        });
    }

    @Test
    void resetWeightsStartsEmptyCharts(FxRobot robot) throws Exception {
        trainSome(robot);
        dialogs.answerConfirm(true);
        robot.interact(() -> vm().training().resetWeights());
        assertEmpty(robot, "reset weights");
    }

    @Test
    void aNewModelStartsEmptyCharts(FxRobot robot) throws Exception {
        trainSome(robot);
        dialogs.answerSave(DialogService.SaveChoice.DONT_SAVE);
        robot.interact(() -> vm().files().newModel());
        assertEmpty(robot, "new model");
    }

    @Test
    void aNewTaskStartsEmptyCharts(FxRobot robot) throws Exception {
        trainSome(robot);
        dialogs.answerSave(DialogService.SaveChoice.DONT_SAVE);
        robot.interact(() -> {
            vm().parameters().features.textProperty().set("6");
            vm().parameters().sampleLimit.textProperty().set("32");
        });
        robot.interact(() -> vm().training().step());
        waitFor(60, () -> idle(vm()) && samplesShown() > 0);
        robot.interact(() -> window.view().charts().update(vm().lesson().history(), vm().comparison().history()));
        // Only the new run's first step is drawn: no point from before it.
        assertThat(vm().lesson().history().curves().loss()).hasSize(1);
        assertThat(window.view().charts().lossSeries().get(0).getData()).hasSizeLessThanOrEqualTo(1);
    }
}
