package org.echolstm.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.echolstm.ui.canvas.CanvasPane;
import org.echolstm.ui.sample.OneHotHeatmap;
import org.echolstm.ui.preferences.Preferences;
import org.echolstm.ui.preferences.PreferencesDialog;
import org.echolstm.ui.preferences.PreferencesStore;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assistive technology: every control a keyboard reaches has a name a screen reader can say, and
 * the window scales as a whole.
 */
class AccessibilityTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void everyFocusableControlHasANameOnEveryTabAndInThePreferences(FxRobot robot) {
        List<String> checked = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        for (int tab = 0; tab < 3; tab++) {
            int index = tab;
            robot.interact(() -> window.view().showTab(index));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> check(window.stage().getScene(), checked, unnamed));
        }
        AtomicReference<PreferencesDialog> dialog = new AtomicReference<>();
        robot.interact(() -> {
            dialog.set(new PreferencesDialog(vm().preferences(), vm().parameters(), window.stage()));
            dialog.get().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> check(dialog.get().getDialogPane().getScene(), checked, unnamed));
        robot.interact(() -> {
            dialog.get().setResult(ButtonType.CLOSE);
            dialog.get().close();
        });
        assertThat(unnamed).as("focusable controls without a name").isEmpty();
        System.out.printf("Checked %d focusable controls (%d distinct) for a name%n", checked.size(),
                checked.stream().distinct().count());
        assertThat(checked.stream().distinct().count()).isGreaterThan(25);
        assertThat(checked).anyMatch(c -> c.contains("GateHeatmaps")).anyMatch(c -> c.contains("ConfusionHeatmap"))
                .anyMatch(c -> c.contains("OneHotHeatmap")).anyMatch(c -> c.contains("TrainingCharts"));
    }

    private static void check(Scene scene, List<String> checked, List<String> unnamed) {
        List<Node> all = new ArrayList<>();
        collect(scene.getRoot(), all);
        for (Node node : all) {
            if (node.isFocusTraversable() && shown(node)) {
                String what = node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
                checked.add(what);
                if (!named(node, all)) {
                    unnamed.add(what + " " + node.getStyleClass());
                }
            }
        }
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** A name: its accessible text, its own text, or a label that points at it. */
    private static boolean named(Node node, List<Node> all) {
        if (!blank(node.getAccessibleText())) {
            return true;
        }
        if (node instanceof Labeled labeled && !blank(labeled.getText())) {
            return true;
        }
        return all.stream().anyMatch(n -> n instanceof Label label && label.getLabelFor() == node
                && !blank(label.getText()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @Test
    void theRecentPredictionsRightOrWrongHeadingIsSaidInWords(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            javafx.scene.control.Label heading = window.stage().getScene().getRoot()
                    .lookupAll("#predictionTable .column-header .label").stream()
                    .map(n -> (javafx.scene.control.Label) n).filter(l -> "✓/✗".equals(l.getText())).findFirst().orElseThrow();
            assertThat(heading.getAccessibleText()).isEqualTo("right?");
        });
    }

    @Test
    void zoomingTo150PercentMakesTextAndCanvasesOneAndAHalfTimesAsLargeAndIsRemembered(FxRobot robot)
            throws BackingStoreException {
        robot.interact(() -> {
            window.stage().setWidth(1280);
            window.stage().setHeight(800);
        });
        Label caption = robot.lookup(".pane-caption").queryAs(Label.class);
        OneHotHeatmap heatmap = window.view().sample().heatmap();
        double fontBefore = caption.getFont().getSize();
        double valueTextBefore = valueCaptionHeight(robot, heatmap);
        // Ctrl+plus (the menu's), Ctrl+= and the number pad's +: 100 → 110 → 125 → 150 %.
        for (KeyCode key : new KeyCode[] {KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD}) {
            robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().preferences().appearance().scaleProperty().get()).isEqualTo(1.5);
        assertThat(caption.getFont().getSize()).isEqualTo(fontBefore * 1.5);
        assertThat(valueCaptionHeight(robot, heatmap)).isCloseTo(valueTextBefore * 1.5, org.assertj.core.data.Offset.offset(1.0));

        java.util.prefs.Preferences node = java.util.prefs.Preferences.userRoot()
                .node("org/echolstm/test-scale-" + System.nanoTime());
        try {
            new PreferencesStore(node).save(vm().preferences());
            Preferences restarted = new Preferences();
            new PreferencesStore(node).restore(restarted);
            assertThat(restarted.appearance().scaleProperty().get()).isEqualTo(1.5);
        } finally {
            node.removeNode();
        }

        robot.press(KeyCode.CONTROL).press(KeyCode.MINUS).release(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().preferences().appearance().scaleProperty().get()).isEqualTo(1.25);
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT0).release(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().preferences().appearance().scaleProperty().get()).isEqualTo(1.0);
        assertThat(caption.getFont().getSize()).isEqualTo(fontBefore);
    }

    /**
     * The height of the heatmap's first time step number as last drawn (the lowest "0": always drawn,
     * whatever room the captions get): its text size.
     */
    private static double valueCaptionHeight(FxRobot robot, CanvasPane canvas) {
        AtomicReference<Double> height = new AtomicReference<>();
        robot.interact(() -> height.set(canvas.shownTexts().stream().filter(t -> t.text().equals("0"))
                .max(Comparator.comparingDouble(t -> t.bounds().getMinY())).orElseThrow().bounds().getHeight()));
        return height.get();
    }

    @Test
    void canvasesHoldOnePixelPerScreenPixelOnAHiDpiScreen(FxRobot robot) {
        OneHotHeatmap heatmap = window.view().sample().heatmap();
        robot.interact(() -> {
            window.stage().setRenderScaleX(2);
            window.stage().setRenderScaleY(2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(heatmap.canvas().getWidth()).isEqualTo(2 * Math.floor(heatmap.getWidth()));
            assertThat(heatmap.canvas().getHeight()).isEqualTo(2 * Math.floor(heatmap.getHeight()));
            // On screen the canvas still covers exactly its pane.
            assertThat(heatmap.canvas().getBoundsInParent().getWidth()).isEqualTo(Math.floor(heatmap.getWidth()));
        });
        robot.interact(() -> {
            window.stage().setRenderScaleX(1);
            window.stage().setRenderScaleY(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertThat(heatmap.canvas().getWidth()).isEqualTo(Math.floor(heatmap.getWidth())));
    }
}
