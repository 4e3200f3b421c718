package org.echolstm.ui.experiments;

import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.echolstm.ui.App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Experiments tab in the real window: a short sweep runs and its chart marks the runs that hit the cap. */
@ExtendWith(ApplicationExtension.class)
class ExperimentsWindowTest {
    private App.Window window;

    @Start
    void start(Stage stage) {
        window = App.open(stage);
        stage.show();
    }

    @Test
    void aShortSweepDrawsItsChartAndEnablesExport(FxRobot robot) throws Exception {
        ExperimentsViewModel experiments = window.viewModel().experiments();
        robot.clickOn("Experiments");
        robot.interact(() -> {
            experiments.valuesProperty().set("0,9");
            experiments.seedsProperty().set("1");
            experiments.maxSamplesProperty().set("1024");
        });
        robot.clickOn((Button) robot.lookup("#runButton").query());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> experiments.hasResults());
        WaitForAsyncUtils.waitForFxEvents();

        SweepChart chart = robot.lookup(".sweep-chart").query();
        XYChart.Series<String, Number> missed = chart.getData().get(2);
        assertThat(missed.getName()).isEqualTo("did not reach 99 % by 1,024");
        // Neither network reaches 99 % in 1,024 samples: a cross per network and value on the cap line.
        assertThat(missed.getData()).hasSize(4).allSatisfy(d -> assertThat(d.getYValue().longValue()).isEqualTo(1024));
        assertThat(robot.lookup("#csvButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#runButton").queryButton().isDisabled()).isFalse();
        assertThat(experiments.messageProperty().get()).isEqualTo("4 runs done.");
    }
}
