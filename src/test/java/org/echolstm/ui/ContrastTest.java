package org.echolstm.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.echolstm.ui.canvas.CanvasPane;
import org.echolstm.ui.canvas.FxScenes;
import org.echolstm.ui.canvas.Palette;
import org.echolstm.ui.preferences.Theme;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * WCAG 2.1 contrast in the real window, in every theme and on every tab, after some training:
 * every shown text 4.5:1 against the background it is drawn on (1.4.3), every chart curve 3:1
 * against its plot (1.4.11), and the canvases are drawn on the background their palette expects
 * (PaletteTest holds the palettes to their backgrounds). Disabled controls are exempt, as WCAG says.
 */
class ContrastTest extends WindowTest {
    private static final double TEXT = 4.5;
    private static final double LINE = 3;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void theContrastRatioIsWcags() {
        assertThat(contrast(Color.BLACK, Color.WHITE)).isCloseTo(21, within(1e-9));
        assertThat(contrast(Color.WHITE, Color.BLACK)).isCloseTo(21, within(1e-9));
        assertThat(contrast(Color.web("#777777"), Color.WHITE)).isCloseTo(4.48, within(0.01));
        assertThat(contrast(Color.web("#767676"), Color.WHITE)).isCloseTo(4.54, within(0.01));
        assertThat(contrast(Color.RED, Color.RED)).isEqualTo(1);
        // Half-transparent black text on white is grey: 50% black over white is mid-grey (3.98:1).
        assertThat(contrast(over(Color.color(0, 0, 0, 0.5), Color.WHITE), Color.WHITE)).isCloseTo(3.98, within(0.01));
    }

    @Test
    void everyTextAndCurveHasEnoughContrastInEveryTheme(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm().comparison().enabledProperty().set(true);
            vm().parameters().sampleLimit.textProperty().set("1500");
            vm().parameters().targetAccuracy.textProperty().set("");
            vm().training().train();
        });
        waitFor(180, () -> idle(vm()) && samplesShown() >= 1500);
        waitFor(30, () -> vm().sample().predictionProperty().get().isPresent()
                && window.view().charts().lossSeries().stream().allMatch(s -> !s.getData().isEmpty()));
        for (Theme theme : Theme.values()) {
            robot.interact(() -> vm().preferences().appearance().themeProperty().set(theme));
            double lowestText = Double.MAX_VALUE;
            double lowestLine = Double.MAX_VALUE;
            int texts = 0;
            for (int tab = 0; tab < 3; tab++) {
                int shown = tab;
                robot.interact(() -> window.view().showTab(shown));
                waitFor(30, () -> shown != 1 || vm().inside().insideProperty().get().isPresent());
                waitFor(30, () -> shown != 2 || vm().confusion().evaluationProperty().get().isPresent());
                Parent root = window.stage().getScene().getRoot();
                robot.interact(() -> {
                    root.applyCss();
                    root.layout();
                });
                List<Node> nodes = new ArrayList<>();
                robot.interact(() -> shownNodes(root, nodes));
                for (Node node : nodes) {
                    Optional<Paint> fill = textFill(node);
                    if (fill.isEmpty() || !(fill.get() instanceof Color colour) || node.isDisabled()) {
                        continue;
                    }
                    Color behind = background(node);
                    double ratio = contrast(over(withOpacity(colour, opacity(node)), behind), behind);
                    assertThat(ratio).as("%s: %s '%s' (%s on %s)", theme, node.getClass().getSimpleName(),
                            textOf(node), colour, behind).isGreaterThanOrEqualTo(TEXT);
                    lowestText = Math.min(lowestText, ratio);
                    texts++;
                }
                for (Node node : nodes) {
                    if (node instanceof XYChart<?, ?> chart) {
                        Color plot = background(chart.lookup(".chart-plot-background"));
                        for (Node line : chart.lookupAll(".chart-series-line")) {
                            Color stroke = (Color) ((Path) line).getStroke();
                            double ratio = contrast(stroke, plot);
                            assertThat(ratio).as("%s: %s curve %s on %s", theme, chart.getId(), stroke, plot)
                                    .isGreaterThanOrEqualTo(LINE);
                            lowestLine = Math.min(lowestLine, ratio);
                        }
                    }
                    if (node instanceof javafx.scene.control.Slider slider && !slider.isDisabled()) {
                        // A slider's track stands out from what is behind it as a curve does (3:1).
                        Region track = (Region) slider.lookup(".track");
                        Color fill = track.getBackground().getFills().stream().map(f -> (Color) f.getFill())
                                .filter(c -> c.getOpacity() > 0).reduce((first, last) -> last).orElse(Color.TRANSPARENT);
                        Color behind = background(slider.getParent());
                        assertThat(contrast(over(fill, behind), behind)).as("%s: track of %s (%s on %s)", theme,
                                slider.getId(), fill, behind).isGreaterThanOrEqualTo(LINE);
                    }
                    if (node instanceof CanvasPane canvas) {
                        assertThat(canvas.palette()).as("%s: %s draws in the theme's colours", theme,
                                canvas.getClass().getSimpleName()).isEqualTo(Palette.of(theme));
                        assertThat(background(canvas)).as("%s: behind %s", theme, canvas.getClass().getSimpleName())
                                .isEqualTo(Palette.of(theme).background());
                    }
                }
            }
            assertThat(texts).as(theme.toString()).isGreaterThan(100);
            assertThat(lowestLine).as(theme + ": curves were checked").isLessThan(Double.MAX_VALUE);
            System.out.printf(Locale.ROOT, "%s: %d texts, lowest text contrast %.2f:1, lowest curve contrast %.2f:1%n",
                    theme, texts, lowestText, lowestLine);
        }
    }

    /** The visible nodes under {@code node} (a hidden parent hides its children). */
    private static void shownNodes(Node node, List<Node> into) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        into.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                shownNodes(child, into);
            }
        }
    }

    /** The colour of a text with something to read: a Labeled's or a Text's. */
    private static Optional<Paint> textFill(Node node) {
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                && labeled.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
            return Optional.ofNullable(labeled.getTextFill());
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()) {
            return Optional.ofNullable(text.getFill());
        }
        return Optional.empty();
    }

    private static String textOf(Node node) {
        return node instanceof Labeled labeled ? labeled.getText() : ((Text) node).getText();
    }

    /**
     * What lies behind {@code node}: the innermost fill of the nearest region (itself or above)
     * that has one, laid over what lies behind that where it is see-through.
     */
    static Color background(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof Region region && region.getBackground() != null) {
                List<BackgroundFill> fills = region.getBackground().getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    if (fills.get(i).getFill() instanceof Color fill && fill.getOpacity() > 0
                            && coversTheMiddle(fills.get(i).getInsets(), region)) {
                        Color seen = withOpacity(fill, opacity(region));
                        return seen.getOpacity() >= 1 || at.getParent() == null ? opaque(seen)
                                : over(seen, background(at.getParent()));
                    }
                }
            }
        }
        return Color.WHITE;
    }

    /** A fill whose insets leave nothing of the region uncovered in the middle. */
    private static boolean coversTheMiddle(Insets insets, Region region) {
        return insets.getLeft() + insets.getRight() < region.getWidth()
                && insets.getTop() + insets.getBottom() < region.getHeight();
    }

    /** The node's own opacity times its parents' up to the scene. */
    private static double opacity(Node node) {
        double opacity = 1;
        for (Node at = node; at != null; at = at.getParent()) {
            opacity *= at.getOpacity();
        }
        return opacity;
    }

    private static Color withOpacity(Color colour, double opacity) {
        return Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), colour.getOpacity() * opacity);
    }

    private static Color opaque(Color colour) {
        return Color.color(colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    /** {@code top} laid over the opaque {@code bottom}. */
    static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    private static double contrast(Color a, Color b) {
        return FxScenes.contrast(a, b);
    }
}
