package org.echolstm.ui;

import org.testfx.api.FxRobot;

/**
 * The real window with the small lesson trained in it through the panes and the Train button, to
 * {@link #LIMIT} samples with its eight moments kept: what the charts and the timeline are tried on.
 */
abstract class SmallLessonWindowTest extends WindowTest {
    protected static final long LIMIT = 4096;

    /** Types the small lesson into the panes, presses Train and waits until its eight moments are kept. */
    protected void trainSmallLesson(FxRobot robot) throws Exception {
        robot.interact(() -> SmallLessons.typeInto(vm().parameters(), LIMIT));
        robot.clickOn("#trainButton");
        waitFor(120, () -> idle(vm()) && samplesShown() == LIMIT);
        waitFor(10, () -> vm().timeline().snapshots().size() == 8);
    }
}
