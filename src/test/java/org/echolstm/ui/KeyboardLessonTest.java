package org.echolstm.ui;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.stage.Stage;
import org.echolstm.model.EchoModel;
import org.echolstm.model.dl4j.ModelFiles;
import org.echolstm.ui.inside.GateHeatmaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole lesson by keys alone: no mouse from the first field to the exported weights. */
class KeyboardLessonTest extends WindowTest {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void tabWalksTheParametersThenTheToolbarThenTheTabs(FxRobot robot) {
        List<String> order = new ArrayList<>();
        focus(robot, "presetBox");
        for (int i = 0; i < 40; i++) {
            order.add(focusedId());
            robot.type(KeyCode.TAB);
        }
        int length = order.indexOf("lengthField");
        int target = order.indexOf("targetAccuracyField");
        int train = order.indexOf("trainButton");
        int tabs = order.indexOf("centerTabs");
        assertThat(length).as(order.toString()).isNotNegative();
        assertThat(order.get(0)).isEqualTo("presetBox");
        assertThat(target).as(order.toString()).isGreaterThan(length);
        assertThat(train).as(order.toString()).isGreaterThan(target);
        assertThat(tabs).as(order.toString()).isGreaterThan(train);
        assertThat(order.indexOf("predictionTable")).as(order.toString()).isGreaterThan(tabs);
    }

    @Test
    void aWholeLessonRunsByKeysAlone(FxRobot robot) throws Exception {
        Path model = folder.resolve("by-keys.zip");
        Path weights = folder.resolve("by-keys.json");
        robot.interact(() -> window.view().choosers().askWith((chooser, save, owner) -> Optional.of(
                (chooser.getInitialFileName() != null && chooser.getInitialFileName().endsWith(".json") ? weights : model)
                        .toFile())));
        EASY_TASK.forEach((key, text) -> type(robot, key + "Field", text));
        assertThat(vm().parameters().validProperty().get()).as(() -> vm().parameters().fields().stream()
                .map(f -> f.key() + "=" + f.textProperty().get() + " " + f.errorProperty().get()).toList().toString()).isTrue();

        robot.type(KeyCode.F5);
        waitFor(60, () -> samplesShown() > 0);
        robot.type(KeyCode.F6);
        waitFor(30, () -> vm().training().canStepProperty().get());
        long paused = samplesShown();
        robot.type(KeyCode.F7);
        waitFor(30, () -> samplesShown() > paused && vm().training().canStepProperty().get());
        long stepped = samplesShown();
        // The charts speak what they last drew; they redraw at most every 100 ms.
        waitFor(10, () -> window.view().charts().getAccessibleText().contains(I18n.count(stepped)));
        assertThat(window.view().charts().getAccessibleText()).startsWith("Loss ").contains(I18n.count(stepped));

        // The Inside tab: Ctrl+Tab (the arrows replay the timeline, from the tab strip too); then Tab
        // to the heatmaps, down twice, Space.
        focus(robot, "centerTabs");
        robot.press(KeyCode.CONTROL).press(KeyCode.TAB).release(KeyCode.TAB).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().inside().visibleProperty().get()).isTrue();
        GateHeatmaps gates = window.view().inside().gates();
        waitFor(60, () -> gates.getAccessibleText().startsWith("16 units"));
        focus(robot, "gates");
        robot.type(KeyCode.DOWN, 2);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().lesson().ablationProperty().get().silenced().stream().boxed().toList()).containsExactly(2);
        waitFor(60, () -> gates.getAccessibleText().contains("unit 2 silenced"));
        assertThat(gates.getAccessibleText()).contains("Gate values of unit 2").endsWith("This unit is silenced.");

        // Save the model (Ctrl+S) and export the weights through the menu (Alt+F, arrows, Enter).
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        waitFor(60, () -> Files.exists(model) && vm().status().messageProperty().get().startsWith("Saved the model"));
        EchoModel saved = ModelFiles.open(model);
        assertThat(saved.samplesTrained()).isEqualTo(stepped);
        assertThat(saved.task().features()).isEqualTo(5);

        robot.press(KeyCode.ALT).press(KeyCode.F).release(KeyCode.F).release(KeyCode.ALT);
        moveInMenuTo(robot, "Export");
        robot.type(KeyCode.RIGHT);
        moveInMenuTo(robot, "Weights as JSON…");
        robot.type(KeyCode.ENTER);
        waitFor(60, () -> Files.exists(weights) && vm().status().messageProperty().get().startsWith("Exported"));
        assertThat(Files.readString(weights)).startsWith("{");

        // The heatmap speaks the sample it shows: a new sample (Ctrl+N) changes what it says.
        String before = window.view().sample().heatmap().getAccessibleText();
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        waitFor(30, () -> !window.view().sample().heatmap().getAccessibleText().equals(before));
        assertThat(window.view().sample().heatmap().getAccessibleText()).startsWith("4 time steps over values 0 to 4:");
    }

    /** Moves down an open menu with the arrow key until the item {@code text} has the focus. */
    private static void moveInMenuTo(FxRobot robot, String text) {
        for (int i = 0; i < 20 && !text.equals(focusedMenuItem()); i++) {
            robot.type(KeyCode.DOWN);
        }
        assertThat(focusedMenuItem()).isEqualTo(text);
    }

    /** The text of the focused item of the innermost open menu ("" when none). */
    private static String focusedMenuItem() {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> text = new AtomicReference<>("");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> w.getScene().getFocusOwner())
                .filter(Objects::nonNull)
                .map(item -> item.lookup(".label") instanceof Label label ? label.getText().replace("_", "") : "")
                .reduce((first, second) -> second).ifPresent(text::set));
        return text.get();
    }

    /** Moves the keyboard focus with Tab until the control {@code id} has it. */
    private void focus(FxRobot robot, String id) {
        for (int i = 0; i < 80 && !id.equals(focusedId()); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(focusedId()).as("Tab reaches #" + id).isEqualTo(id);
    }

    /** Replaces a field's text by keys: Tab to it, select all, type. */
    private void type(FxRobot robot, String fieldId, String text) {
        focus(robot, fieldId);
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String focusedId() {
        AtomicReference<String> id = new AtomicReference<>("");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Node owner = window.stage().getScene().getFocusOwner();
            id.set(owner == null || owner.getId() == null ? String.valueOf(owner) : owner.getId());
        });
        return id.get();
    }
}
