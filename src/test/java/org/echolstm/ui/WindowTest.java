package org.echolstm.ui;

import org.junit.jupiter.api.Tag;

import javafx.stage.Stage;
import org.echolstm.training.TrainingFigures;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The real main window, opened headless for each test, and what the window tests share. */
@ExtendWith(ApplicationExtension.class)
@Tag("integration") // the whole window: in ./mvnw verify's integration phase, not the unit loop
abstract class WindowTest {
    /**
     * An easy task that trains to 95 % in seconds, with no stop rule: the parameter fields' keys
     * (their node ids add "Field") and the texts to type, in typing order.
     */
    protected static final Map<String, String> EASY_TASK = easyTask();

    protected App.Window window;

    /** Opens the window; each test class calls it from its own {@code @Start} method (TestFX looks there). */
    protected void openWindow(Stage stage) {
        window = App.open(stage);
        stage.show();
    }

    protected MainViewModel vm() {
        return window.viewModel();
    }

    protected static void waitFor(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }

    /** Clicks the dialog button (or any node) labelled {@code text} once it is on screen. */
    protected static void clickWhenShown(org.testfx.api.FxRobot robot, String text) throws TimeoutException {
        waitFor(15, () -> robot.lookup(text).match(WindowTest::shown).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(text).match(WindowTest::shown).<javafx.scene.Node>query());
    }

    /** Visible with all its parents (a button of a tab not selected is not). */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** A model exists and nothing runs, pauses or is in flight. */
    protected static boolean idle(MainViewModel viewModel) {
        return viewModel.lesson().hasModelProperty().get() && viewModel.lesson().idleProperty().get();
    }

    private static Map<String, String> easyTask() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("length", "4");
        fields.put("features", "5");
        fields.put("echoIndex", "2");
        fields.put("units", "16");
        fields.put("learningRate", "0.02");
        fields.put("sampleLimit", "");
        fields.put("targetAccuracy", "");
        return Collections.unmodifiableMap(fields);
    }

    /** Samples seen as the window shows them (0 before any training). */
    protected long samplesShown() {
        TrainingFigures s = vm().lesson().figuresProperty().get().orElse(null);
        return s == null ? 0 : s.samplesSeen();
    }
}
