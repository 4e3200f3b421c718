package org.echolstm.ui;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

import java.util.List;

/**
 * The tab strip's names, whole where they fit and short where they do not, so that every tab can
 * be clicked without the overflow menu (at 1024 px "Experiments" was behind "▾"). A short name's
 * tab keeps the whole one in its tooltip.
 */
final class TabNames {
    /**
     * Room the strip keeps beside its tabs: its overflow button (shown as soon as the tabs and it
     * do not fit together) and the indent and spacer JavaFX leaves.
     */
    private static final double KEPT = 46;
    private final TabPane tabs;
    private final List<Name> names;
    /** The width the whole names take, measured while they were shown, at this font size (-1: not yet). */
    private double wholeWidth = -1;
    private double measuredAtFont = -1;
    private boolean shortened;
    private boolean followingFont;

    /** A tab and its two names (the same where there is no shorter one). */
    record Name(Tab tab, String whole, String shortened) {
    }

    private TabNames(TabPane tabs, List<Name> names) {
        this.tabs = tabs;
        this.names = names;
    }

    static void install(TabPane tabs, List<Name> names) {
        TabNames fitter = new TabNames(tabs, names);
        Runnable fit = () -> Platform.runLater(fitter::fit);
        tabs.widthProperty().addListener((obs, old, now) -> fit.run());
        tabs.sceneProperty().addListener((obs, old, now) -> fit.run());
        for (Name name : names) {
            name.tab().setTooltip(new Tooltip(name.whole()));
        }
    }

    private void fit() {
        Region area = (Region) tabs.lookup(".tab-header-area");
        Region headers = (Region) tabs.lookup(".headers-region");
        if (area == null || headers == null || area.getWidth() <= 0) {
            return;
        }
        Label label = (Label) tabs.lookup(".tab .tab-label");
        if (label == null) {
            return;
        }
        if (!followingFont) {
            followingFont = true;
            label.fontProperty().addListener((obs, old, now) -> Platform.runLater(this::fit));
        }
        double font = label.getFont().getSize();
        if (!shortened) {
            wholeWidth = headers.prefWidth(-1);
            measuredAtFont = font;
        } else if (font != measuredAtFont) {
            // Another zoom: measure the whole names again, at the next pulse.
            show(false);
            Platform.runLater(this::fit);
            return;
        }
        show(wholeWidth + KEPT >= area.getWidth());
    }

    private void show(boolean shorten) {
        shortened = shorten;
        for (Name name : names) {
            name.tab().setText(shorten ? name.shortened() : name.whole());
        }
    }
}
