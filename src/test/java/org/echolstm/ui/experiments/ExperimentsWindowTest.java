package org.echolstm.ui.experiments;

import org.junit.jupiter.api.Tag;

import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.echolstm.ui.App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** The Experiments tab in the real window: a short sweep runs and its chart marks the runs that hit the cap. */
@ExtendWith(ApplicationExtension.class)
@Tag("integration") // the whole window: in ./mvnw verify's integration phase, not the unit loop
class ExperimentsWindowTest {
    /** JavaFX says here when a stylesheet names a colour no sheet defines (the node then falls back to black). */
    private final Logger cssLog = Logger.getLogger("javafx.css");
    private final List<String> cssWarnings = new CopyOnWriteArrayList<>();
    private App.Window window;

    @Start
    void start(Stage stage) {
        cssLog.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    cssWarnings.add(String.valueOf(record.getMessage()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        window = App.open(stage);
        stage.show();
    }

    @Test
    void aShortSweepDrawsItsChartAndEnablesExport(FxRobot robot) throws Exception {
        ExperimentsViewModel experiments = window.viewModel().experiments();
        robot.interact(() -> {
            window.stage().setWidth(1024);
            window.stage().setHeight(768);
            window.view().showTab(3); // at 1024 px its heading is in the tab pane's menu
        });
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
        assertThat(missed.getName()).isEqualTo("did not reach 99\u00a0% by 1,024");
        // Neither network reaches 99 % in 1,024 samples: a cross per network and value on the cap line.
        assertThat(missed.getData()).hasSize(4).allSatisfy(d -> assertThat(d.getYValue().longValue()).isEqualTo(1024));
        assertThat(robot.lookup("#csvButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#runButton").queryButton().isDisabled()).isFalse();
        assertThat(experiments.messageProperty().get()).isEqualTo("4 runs done.");
        // The message beside them never squeezes the buttons to "..." (it wraps instead).
        for (String id : List.of("#runButton", "#cancelButton")) {
            Button button = robot.lookup(id).queryButton();
            assertThat(button.getWidth()).as(id + " whole at 1024 px").isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
        }
        // Each cross has its network's colour, the colour of its curve; every colour the sheet names exists.
        Paint lstmCurve = robot.lookup(".sweep-chart .chart-series-line.series0").queryAs(Shape.class).getStroke();
        Paint rnnCurve = robot.lookup(".sweep-chart .chart-series-line.series1").queryAs(Shape.class).getStroke();
        assertThat(lstmCurve).isNotEqualTo(rnnCurve);
        assertThat(robot.lookup(".sweep-missed-lstm").queryAllAs(Region.class)).hasSize(2)
                .allSatisfy(cross -> assertThat(cross.getBackground().getFills().get(0).getFill()).isEqualTo(lstmCurve));
        assertThat(robot.lookup(".sweep-missed-rnn").queryAllAs(Region.class)).hasSize(2)
                .allSatisfy(cross -> assertThat(cross.getBackground().getFills().get(0).getFill()).isEqualTo(rnnCurve));
        assertThat(cssWarnings).isEmpty();
    }
}
