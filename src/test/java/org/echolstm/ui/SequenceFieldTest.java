package org.echolstm.ui;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.echolstm.ui.lesson.Sample;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Typing a sequence into the sample panel of the real window. */
class SequenceFieldTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    private void typeSequence(FxRobot robot, String text) {
        robot.clickOn("#sequenceField");
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    private Sample shown() {
        return vm().sample().sampleProperty().get().orElseThrow();
    }

    @Test
    void aTypedSequenceIsAnsweredAndAWrongOneExplained(FxRobot robot) throws Exception {
        robot.clickOn("#stepButton");
        waitFor(60, () -> idle(vm()));

        typeSequence(robot, "3 7 1 0 4 5 6 9 2 8");

        int[] typed = {3, 7, 1, 0, 4, 5, 6, 9, 2, 8};
        assertThat(shown().sequence()).containsExactly(typed);
        waitFor(30, () -> vm().sample().predictionProperty().get()
                .filter(p -> Arrays.equals(p.sequence(), typed)).isPresent());
        assertThat(vm().sample().predictionProperty().get().orElseThrow().expected()).isEqualTo(9);

        typeSequence(robot, "3 7 1");

        Label error = robot.lookup("#sequenceError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Sequence: 10 values needed (had 3), each from 0 to 24.");
        assertThat(shown().sequence()).containsExactly(typed);

        robot.clickOn("#newSampleButton");

        assertThat(error.isVisible()).isFalse();
        assertThat(shown().sequence()).isNotEqualTo(typed);
    }
}
