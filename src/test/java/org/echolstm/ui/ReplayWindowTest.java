package org.echolstm.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline in the real window: drag the slider or press ← to replay a moment, and come back to now. */
class ReplayWindowTest extends SmallLessonWindowTest {
    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    private String timelineText(FxRobot robot) {
        return robot.lookup("#timelineLabel").queryAs(Label.class).getText();
    }

    private boolean backToNowShown(FxRobot robot) {
        return robot.lookup("#backToNowButton").queryAs(Button.class).isVisible();
    }

    @Test
    void draggingTheSliderReplaysAMomentAndBackToNowEndsIt(FxRobot robot) throws Exception {
        trainSmallLesson(robot);
        assertThat(timelineText(robot)).startsWith("Live. 8\u00a0moments kept");
        assertThat(backToNowShown(robot)).isFalse();

        Slider slider = robot.lookup("#timelineSlider").queryAs(Slider.class);
        Node thumb = slider.lookup(".thumb");
        robot.drag(thumb).moveBy(-2000, 0).drop();

        waitFor(10, () -> timelineText(robot).startsWith("Replaying: 512\u00a0samples, held-out "));
        assertThat(backToNowShown(robot)).isTrue();
        assertThat(vm().lesson().replayedProperty().get()).hasValueSatisfying(s -> assertThat(s.samples()).isEqualTo(512));

        robot.clickOn("#backToNowButton");

        waitFor(10, () -> timelineText(robot).startsWith("Live."));
        assertThat(backToNowShown(robot)).isFalse();
        assertThat(slider.getValue()).as("the slider runs over samples").isEqualTo(LIMIT);
        assertThat(vm().lesson().shownModel()).containsSame(vm().lesson().session().orElseThrow());
    }

    @Test
    void arrowKeysStepThroughTheMomentsAndHomeComesBack(FxRobot robot) throws Exception {
        trainSmallLesson(robot);
        robot.clickOn("#charts");

        // The last moment is the model as it is now (4,096): ← goes past it.
        robot.type(KeyCode.LEFT, 2);
        waitFor(10, () -> timelineText(robot).startsWith("Replaying: 3,072\u00a0samples"));
        Slider slider = robot.lookup("#timelineSlider").queryAs(Slider.class);
        assertThat(slider.getValue()).isEqualTo(3072);

        robot.type(KeyCode.RIGHT);
        waitFor(10, () -> timelineText(robot).startsWith("Replaying: 3,584\u00a0samples"));
        assertThat(samplesShown()).isEqualTo(LIMIT); // → moved the cursor; it did not train a step

        robot.type(KeyCode.HOME);
        waitFor(10, () -> timelineText(robot).startsWith("Live."));
        assertThat(backToNowShown(robot)).isFalse();

        // At now, → steps training again.
        robot.type(KeyCode.RIGHT);
        waitFor(30, () -> samplesShown() > LIMIT);
    }

    @Test
    void theReplayKeysDoTheSameWithTheSliderOrATabFocused(FxRobot robot) throws Exception {
        trainSmallLesson(robot);
        Slider slider = robot.lookup("#timelineSlider").queryAs(Slider.class);
        robot.interact(slider::requestFocus);
        robot.type(KeyCode.LEFT);
        waitFor(10, () -> timelineText(robot).startsWith("Replaying: 3,584\u00a0samples"));
        robot.type(KeyCode.HOME);
        waitFor(10, () -> timelineText(robot).startsWith("Live."));

        robot.clickOn("#insideTab");
        robot.type(KeyCode.LEFT);
        waitFor(10, () -> timelineText(robot).startsWith("Replaying: 3,584\u00a0samples"));
        assertThat(window.view().selectedTabProperty().get()).as("the tab stays").isEqualTo(1);
    }
}
