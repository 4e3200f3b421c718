package org.echolstm.ui;

import javafx.scene.Node;
import javafx.scene.layout.Border;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.echolstm.ui.sample.OneHotHeatmap;
import org.echolstm.ui.preferences.Theme;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The panes that take the keyboard focus without being controls (canvases, charts) show a ring in every theme. */
class FocusRingTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void aFocusedCanvasOrChartIsRingedInEveryThemeInItsOwnColour(FxRobot robot) {
        Map<Theme, Color> rings = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            robot.interact(() -> vm().preferences().appearance().themeProperty().set(theme));
            WaitForAsyncUtils.waitForFxEvents();
            Node canvasPane = robot.lookup(node -> node instanceof OneHotHeatmap).query();
            Region canvasRing = (Region) canvasPane.lookup(".focus-ring");
            Region charts = robot.lookup(".training-charts").query();

            Color heatmapRing = ringWhenFocused(robot, canvasPane, canvasRing);
            assertThat(heatmapRing).as("heatmap ring, %s", theme).isNotNull();
            assertThat(ringWhenFocused(robot, charts, charts)).as("chart ring, %s", theme).isEqualTo(heatmapRing);
            rings.put(theme, heatmapRing);
            robot.interact(() -> window.stage().getScene().getRoot().requestFocus());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(charts.getBorder()).as("no ring without the focus, %s", theme)
                    .satisfiesAnyOf(b -> assertThat(b).isNull(), b -> assertThat(b).isEqualTo(Border.EMPTY));
        }
        assertThat(rings.get(Theme.HIGH_CONTRAST)).isNotEqualTo(rings.get(Theme.LIGHT));
    }

    /** The colour of {@code ring}'s border while {@code focused} has the focus, or null if it has none or cannot be seen. */
    private static Color ringWhenFocused(FxRobot robot, Node focused, Region ring) {
        AtomicReference<Color> colour = new AtomicReference<>();
        robot.interact(focused::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(focused.isFocused()).as("%s takes the focus", focused).isTrue();
            Border border = ring.getBorder();
            if (border != null && !border.getStrokes().isEmpty()
                    && border.getStrokes().get(0).getTopStroke() instanceof Color c && c.getOpacity() > 0.5) {
                colour.set(c);
            }
        });
        return colour.get();
    }
}
