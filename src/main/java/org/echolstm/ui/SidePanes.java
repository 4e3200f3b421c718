package org.echolstm.ui;

import javafx.beans.property.BooleanProperty;
import javafx.scene.layout.Region;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * The panes beside the tabs and the sample: the parameter panes on the left, the explanations (F2)
 * on the right, each hidden in place (taken out of the border pane and put back, a pane came back
 * as a loose child laid out under the centre). The explanations take a sixth of the window. Where
 * the window has no room for both beside the least the tabs and the sample need, the parameter
 * panes step aside while the explanations are shown (at 1024 px the explanations were drawn over
 * the sample), and the status bar says so; they come back with F2.
 */
final class SidePanes {
    /** The explanations' width at 100 %: a sixth of the window, within these bounds. */
    private static final double EXPLANATIONS_WIDTH = 300;
    private static final double EXPLANATIONS_MIN_WIDTH = 200;

    private final Region root;
    private final Region parameters;
    private final Region explanations;
    private final BooleanProperty parametersShown;
    private final BooleanProperty explanationsShown;
    private final DoubleSupplier centreLeast;
    private final DoubleSupplier panelScale;
    private final Consumer<String> say;
    private boolean aside;

    /**
     * @param centreLeast the least width of the tabs and the sample, nothing cut
     * @param panelScale  how much wider than at 100 % a side panel is (the zoom, see Zoom.panelWidth)
     * @param say         tells the status bar
     */
    SidePanes(Region root, Region parameters, Region explanations, BooleanProperty parametersShown,
              BooleanProperty explanationsShown, DoubleSupplier centreLeast, DoubleSupplier panelScale,
              Consumer<String> say) {
        this.root = root;
        this.parameters = parameters;
        this.explanations = explanations;
        this.parametersShown = parametersShown;
        this.explanationsShown = explanationsShown;
        this.centreLeast = centreLeast;
        this.panelScale = panelScale;
        this.say = say;
        parametersShown.addListener((obs, old, now) -> update());
        explanationsShown.addListener((obs, old, now) -> update());
    }

    /** Shows and sizes the panes for the window's width and what the user asked for; call after a resize or zoom. */
    void update() {
        double width = Math.max(EXPLANATIONS_MIN_WIDTH * panelScale.getAsDouble(),
                Math.min(EXPLANATIONS_WIDTH * panelScale.getAsDouble(), root.getWidth() / 6));
        explanations.setStyle(String.format(Locale.ROOT, "-fx-pref-width: %.0fpx;", width));
        boolean explain = explanationsShown.get();
        explanations.setVisible(explain);
        explanations.setManaged(explain);
        double centre = root.getWidth() - parameters.prefWidth(-1) - width;
        boolean room = !explain || centre >= centreLeast.getAsDouble();
        boolean wasAside = aside;
        aside = parametersShown.get() && !room;
        boolean show = parametersShown.get() && !aside;
        parameters.setVisible(show);
        parameters.setManaged(show);
        if (aside && !wasAside) {
            say.accept(I18n.t("status.parametersAside"));
        }
    }
}
