package org.echolstm.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Chart;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the window draws, not only what it does: at common screen sizes, in normal and presentation
 * mode, no two controls or labels overlap and no text is cut short with an ellipsis.
 */
class LayoutTest extends WindowTest {
    private static final double[][] SIZES = {{1024, 768}, {1280, 800}, {1920, 1080}};

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void nothingOverlapsAndNothingIsElidedAtCommonSizes(FxRobot robot) throws Exception {
        assertCleanAtEverySizeAndTab(robot, "");
    }

    /** Normal and presentation, at every common size, on every tab: nothing overlaps or is cut. */
    private void assertCleanAtEverySizeAndTab(FxRobot robot, String prefix) throws Exception {
        for (boolean presentation : new boolean[] {false, true}) {
            robot.interact(() -> window.view().setPresentation(presentation));
            for (double[] size : SIZES) {
                robot.interact(() -> {
                    window.stage().setFullScreen(false);
                    window.stage().setWidth(size[0]);
                    window.stage().setHeight(size[1]);
                });
                for (int tab = 0; tab < 4; tab++) {
                    int index = tab;
                    robot.interact(() -> window.view().showTab(index));
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> window.stage().getScene().getRoot().layout());
                    assertWindowLaidOutCleanly(robot, prefix + (int) size[0] + "x" + (int) size[1]
                            + (presentation ? " presentation" : "") + ", tab " + tab);
                }
            }
        }
    }

    /**
     * A window with nothing new to show does no layout work: a pane that changes its children's
     * sizes on every pass (the sample picture once did), or a control laid out at NaN (the timeline's
     * slider with no moments kept), asks for another pass, and the window then lays itself out and
     * redraws on every frame, idle or not. Fresh, and again after training with moments kept.
     */
    @Test
    void aStillWindowAsksForNoFurtherLayout(FxRobot robot) throws Exception {
        for (double[] size : SIZES) {
            robot.interact(() -> {
                window.stage().setWidth(size[0]);
                window.stage().setHeight(size[1]);
            });
            assertNoPaneAsksForLayout(robot, (int) size[0] + "x" + (int) size[1] + " fresh");
        }
        trainAFewBatches(robot);
        assertThat(vm().timeline().nowPosition()).as("moments kept").isPositive();
        assertNoPaneAsksForLayout(robot, "1920x1080 after training");
        robot.interact(() -> window.view().setPresentation(true));
        assertNoPaneAsksForLayout(robot, "1920x1080 after training, presentation");
        robot.interact(() -> vm().timeline().moveTo(0));
        assertNoPaneAsksForLayout(robot, "1920x1080 replaying the first moment, presentation");
    }

    /** With curves, predictions and moments on screen, as without: nothing overlaps or is cut, the plots line up. */
    @Test
    void aTrainedModelsWindowIsLaidOutCleanly(FxRobot robot) throws Exception {
        trainAFewBatches(robot);
        for (boolean presentation : new boolean[] {false, true}) {
            for (double[] size : SIZES) {
                robot.interact(() -> {
                    window.view().setPresentation(presentation);
                    window.stage().setWidth(size[0]);
                    window.stage().setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                assertWindowLaidOutCleanly(robot, (int) size[0] + "x" + (int) size[1] + " after training"
                        + (presentation ? ", presentation" : ""));
            }
        }
    }

    /** German has longer words: a trained model's window in German, at every size and tab, normal and presentation. */
    @Test
    void theGermanWindowIsLaidOutCleanly(FxRobot robot) throws Exception {
        Locale before = I18n.locale();
        try {
            robot.interact(() -> {
                I18n.use(Locale.GERMAN);
                Stage stage = window.stage();
                vm().shutdown();
                openWindow(stage);
            });
            trainAFewBatches(robot);
            assertCleanAtEverySizeAndTab(robot, "German, ");
        } finally {
            I18n.use(before);
        }
    }

    /** Trains 640 samples of the default lesson and waits until the window is idle again (moments kept, predictions shown). */
    private void trainAFewBatches(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm().parameters().sampleLimit.textProperty().set("640");
            vm().parameters().targetAccuracy.textProperty().set("");
            vm().training().train();
        });
        waitFor(60, () -> samplesShown() >= 640 && idle(vm()));
    }

    private void assertNoPaneAsksForLayout(FxRobot robot, String where) {
        for (int tab = 0; tab < 4; tab++) {
            int index = tab;
            robot.interact(() -> window.view().showTab(index));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                Parent root = window.stage().getScene().getRoot();
                root.layout();
                List<String> asking = new ArrayList<>();
                collectNeedingLayout(root, asking);
                assertThat(asking).as("%s, tab %d", where, index).isEmpty();
            });
        }
    }

    /**
     * The window's own panes that ask for a layout pass. A table and a combo box are not looked
     * into: their skins touch one cell on every pass (the table measures its last row, the box
     * writes its button cell), which marks it without asking for a frame; a stopped window uses
     * about 1 % of a core ({@code bench --ui}).
     */
    private static void collectNeedingLayout(Parent parent, List<String> into) {
        if (parent instanceof TableView<?> || parent instanceof ComboBoxBase<?>) {
            return;
        }
        if (parent.isNeedsLayout()) {
            into.add(describe(parent));
        }
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Parent p) {
                collectNeedingLayout(p, into);
            }
        }
    }

    @Test
    void theParameterPanesComeBackBesideTheCentreAfterBeingHidden(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.stage().setWidth(1280);
            window.stage().setHeight(800);
            window.view().parametersShownProperty().set(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.view().parametersShownProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            BorderPane root = (BorderPane) window.stage().getScene().getRoot();
            root.layout();
            Node parameters = root.lookup("#parameters");
            assertThat(root.getLeft()).as("the parameter panes are the window's left part again").isSameAs(parameters);
            assertThat(root.getCenter().getBoundsInParent().getMinX()).as("the centre starts right of them")
                    .isGreaterThanOrEqualTo(parameters.getBoundsInParent().getMaxX());
        });
        assertWindowLaidOutCleanly(robot, "1280x800 after hiding and showing the parameter panes");
    }

    /** Every visible leaf of the window: nothing overlaps or is cut, bars beside their rows, headings inside. */
    private void assertWindowLaidOutCleanly(FxRobot robot, String where) {
        List<Node> leaves = new ArrayList<>();
        robot.interact(() -> collect(window.stage().getScene().getRoot(), leaves));
        assertThat(leaves).as(where).hasSizeGreaterThan(15);
        robot.interact(() -> assertLaidOutCleanly(leaves, where));
        robot.interact(() -> assertBarsBesideTheirRows(where));
        robot.interact(() -> assertTableHeadingsInside(where));
        robot.interact(() -> assertChartsLineUp(where));
    }

    /**
     * The loss chart and the accuracy chart under it share their x axis: the same range, and plots
     * that start and end at the same x, so a sample count is at the same place in both.
     */
    private void assertChartsLineUp(String where) {
        Parent root = window.stage().getScene().getRoot();
        XYChart<?, ?> loss = (XYChart<?, ?>) root.lookup("#lossChart");
        XYChart<?, ?> accuracy = (XYChart<?, ?>) root.lookup("#accuracyChart");
        if (!visibleInScene(loss)) {
            return;
        }
        assertThat(((ValueAxis<?>) accuracy.getXAxis()).getUpperBound()).as("%s: the x axes' ends", where)
                .isEqualTo(((ValueAxis<?>) loss.getXAxis()).getUpperBound());
        Bounds lossPlot = scene(loss.lookup(".chart-plot-background"));
        Bounds accuracyPlot = scene(accuracy.lookup(".chart-plot-background"));
        assertThat(accuracyPlot.getMinX()).as("%s: where the plots start", where)
                .isCloseTo(lossPlot.getMinX(), org.assertj.core.data.Offset.offset(0.5));
        assertThat(accuracyPlot.getMaxX()).as("%s: where the plots end", where)
                .isCloseTo(lossPlot.getMaxX(), org.assertj.core.data.Offset.offset(0.5));
        // Every tick of the y axes is labelled: JavaFX hides labels that come too close one by one,
        // which leaves an uneven scale ("0, 20, 30, …, 80, 100").
        for (XYChart<?, ?> chart : List.of(loss, accuracy)) {
            ValueAxis<?> y = (ValueAxis<?>) chart.getYAxis();
            long labelled = y.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text && n.isVisible()).count();
            assertThat(labelled).as("%s: labelled ticks of %s's y axis", where, chart.getId())
                    .isEqualTo(y.getTickMarks().size());
        }
    }

    @Test
    void nothingOverlapsAtOneAndAHalfTimesTheScaleOn1280x800(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.stage().setWidth(1280);
            window.stage().setHeight(800);
            vm().preferences().appearance().scaleProperty().set(1.5);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (int tab = 0; tab < 4; tab++) {
            int index = tab;
            robot.interact(() -> {
                window.view().showTab(index);
                window.stage().getScene().getRoot().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertWindowLaidOutCleanly(robot, "1280x800 at 150 %, tab " + tab);
        }
    }

    /** At 150 % the parameter panes grow with the type on a wide window, and as much as leaves the charts room on a small one. */
    @Test
    void atOneAndAHalfTimesTheScaleTheParameterPanesGrowWhereThereIsRoom(FxRobot robot) throws Exception {
        double[] widths = new double[2];
        for (int i = 0; i < 2; i++) {
            double[] size = i == 0 ? new double[] {1920, 1080} : new double[] {1280, 800};
            int index = i;
            robot.interact(() -> {
                window.stage().setWidth(size[0]);
                window.stage().setHeight(size[1]);
                vm().preferences().appearance().scaleProperty().set(1.5);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                Parent root = window.stage().getScene().getRoot();
                root.layout();
                widths[index] = ((javafx.scene.layout.Region) root.lookup("#parameters")).getWidth();
            });
        }
        assertThat(widths[0]).as("1920x1080: as the type grew").isCloseTo(330 * 1.5, org.assertj.core.data.Offset.offset(1.0));
        assertThat(widths[1]).as("1280x800: less, for the charts").isLessThan(widths[0]).isGreaterThan(330);
    }

    @Test
    void aFirstStartOpensLargeEnoughToShowEverything() {
        javafx.geometry.Rectangle2D screen = new javafx.geometry.Rectangle2D(0, 0, 1920, 1080);
        org.echolstm.ui.preferences.WindowPlacement first = org.echolstm.ui.preferences.WindowPlacement.firstStart(screen);
        assertThat(first.width()).as("at least the size where nothing is cut").isGreaterThanOrEqualTo(1280);
        assertThat(first.height()).isGreaterThanOrEqualTo(800);
        assertThat(first.x() + first.width() / 2).as("centred").isEqualTo(960);
    }

    @Test
    void theExplanationsPanelLeavesTheInsideTabReadable(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.stage().setWidth(1280);
            window.stage().setHeight(800);
            window.view().explanationsShownProperty().set(true);
            window.view().showTab(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> leaves = new ArrayList<>();
        robot.interact(() -> collect(window.stage().getScene().getRoot(), leaves));
        robot.interact(() -> {
            assertLaidOutCleanly(leaves, "explanations shown");
            var gates = window.view().inside().gates();
            assertThat(gates.getWidth()).isGreaterThanOrEqualTo(gates.minWidth(-1));
            assertThat(gates.getHeight()).isGreaterThanOrEqualTo(gates.minHeight(-1));
        });
    }

    /** Every column of the recent-predictions table fits its width: no heading beyond the table's edge. */
    private void assertTableHeadingsInside(String where) {
        for (Node node : window.stage().getScene().getRoot().lookupAll(".table-view")) {
            if (!visibleInScene(node)) {
                continue;
            }
            Bounds table = scene(node);
            for (Node heading : node.lookupAll(".column-header .label")) {
                Bounds b = scene(heading);
                assertThat(b.getMaxX()).as("%s: heading %s", where, describe(heading)).isLessThanOrEqualTo(table.getMaxX() + 1);
            }
        }
    }

    /** Each probability bar's centre is level with its value's row in the heatmap. */
    private void assertBarsBesideTheirRows(String where) {
        var picture = window.view().sample().picture();
        int features = vm().sample().sampleProperty().get().orElseThrow().task().features();
        for (int v = 0; v < features; v++) {
            double row = picture.heatmap().localToScene(0, picture.heatmap().rowCentreY(v)).getY();
            double bar = picture.bars().localToScene(0, picture.bars().barCentreY(v)).getY();
            assertThat(bar).as("%s: bar of value %d", where, v).isCloseTo(row, org.assertj.core.data.Offset.offset(0.5));
        }
    }

    @Test
    void aWrongValueSaysSoOnItsOwnLineUnderItsField(FxRobot robot) throws Exception {
        robot.interact(() -> vm().parameters().features.textProperty().set("abc"));
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> leaves = new ArrayList<>();
        robot.interact(() -> collect(window.stage().getScene().getRoot(), leaves));
        Node error = robot.lookup("#featuresError").query();
        Node field = robot.lookup("#featuresField").query();
        Node next = robot.lookup("#echoIndexField").query();
        robot.interact(() -> {
            assertThat(scene(error).getMinY()).isGreaterThanOrEqualTo(scene(field).getMaxY());
            assertThat(scene(error).getMaxY()).isLessThanOrEqualTo(scene(next).getMinY());
            assertLaidOutCleanly(leaves, "with a message");
        });
        assertThat(vm().status().messageProperty().get()).contains("features")
                .contains("between 2 and 1,000");
    }

    /** The controls a person reads or clicks: labels, buttons, fields, sliders, choice boxes, chart titles. */
    private static void collect(Node node, List<Node> into) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Chart chart) {
            // Only the title and the axis titles: the tick labels are hidden by the axis where they would crowd.
            for (String titles : List.of(".chart-title", ".axis-label")) {
                chart.lookupAll(titles).stream().filter(n -> n instanceof Labeled && n.isVisible()).forEach(into::add);
            }
            return;
        }
        if (node instanceof TableView<?> table) {
            // Only the column headings: the rows are data, cut to the column as a table does.
            table.lookupAll(".column-header .label").stream().filter(n -> n instanceof Labeled)
                    .forEach(into::add);
            return;
        }
        boolean leaf = (node instanceof Labeled && !(node instanceof TitledPane)) || node instanceof TextInputControl
                || node instanceof Slider || node instanceof ComboBoxBase || node instanceof ChoiceBox
                || node instanceof ButtonBase;
        if (leaf) {
            if (!(node instanceof Labeled labeled) || !labeled.getText().isEmpty() || labeled.getGraphic() != null) {
                into.add(node);
            }
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    private static void assertLaidOutCleanly(List<Node> leaves, String where) {
        // What a clip hides wholly (scrolled out of the Inside tab's view, say) is not on screen.
        List<Node> shown = leaves.stream().filter(n -> visibleInScene(n) && shownPart(n).getWidth() > 0
                && shownPart(n).getHeight() > 0).toList();
        for (int i = 0; i < shown.size(); i++) {
            Bounds a = shrink(shownPart(shown.get(i)));
            for (int j = i + 1; j < shown.size(); j++) {
                Bounds b = shrink(shownPart(shown.get(j)));
                assertThat(a.intersects(b)).as("%s: %s overlaps %s", where, describe(shown.get(i)), describe(shown.get(j)))
                        .isFalse();
            }
            assertThat(elided(shown.get(i))).as("%s: %s is cut short", where, describe(shown.get(i))).isFalse();
        }
    }

    /**
     * Whether the node is on screen: it and every ancestor visible. (Managed or not: a tab pane, a
     * chart and a split pane lay out their own parts, unmanaged.)
     */
    private static boolean visibleInScene(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean elided(Node node) {
        Labeled labeled = node instanceof Labeled l ? l
                : node instanceof ComboBoxBase<?> box && box.lookup(".list-cell") instanceof ListCell<?> cell ? cell : null;
        if (labeled == null || labeled.isWrapText() || labeled.getText() == null || labeled.getText().isEmpty()) {
            return false;
        }
        Node text = labeled.lookup(".text");
        String full = labeled.isMnemonicParsing() ? labeled.getText().replace("_", "") : labeled.getText();
        return text instanceof Text shown && !shown.getText().equals(full) && shown.getText().endsWith(labeled.getEllipsisString());
    }

    /**
     * The part of the node its ancestors' clips leave on screen, in scene coordinates (empty when
     * none: a tab heading beyond the tab pane's width, which the pane's menu lists instead).
     */
    private static Bounds shownPart(Node node) {
        Bounds shown = scene(node);
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getClip() != null) {
                Bounds clip = n.localToScene(n.getClip().getBoundsInParent());
                double minX = Math.max(shown.getMinX(), clip.getMinX());
                double minY = Math.max(shown.getMinY(), clip.getMinY());
                double maxX = Math.min(shown.getMaxX(), clip.getMaxX());
                double maxY = Math.min(shown.getMaxY(), clip.getMaxY());
                shown = new javafx.geometry.BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
            }
        }
        return shown;
    }

    private static Bounds scene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static Bounds shrink(Bounds b) {
        return new javafx.geometry.BoundingBox(b.getMinX() + 1, b.getMinY() + 1, Math.max(0, b.getWidth() - 2),
                Math.max(0, b.getHeight() - 2));
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + text;
    }
}
