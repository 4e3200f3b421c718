package org.echolstm.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

import java.util.List;

/**
 * The tab strip's names, whole where they fit and short where they do not, so that every tab can
 * be clicked without the overflow menu (at 1024 px "Experiments" was behind "▾"). A short name's
 * tab keeps the whole one in its tooltip.
 */
final class TabNames {
    /** What a tab's header adds round its name, measured on the first tab once it is laid out. */
    private double padding = -1;
    private final TabPane tabs;
    private final List<Name> names;

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
        Node header = tabs.lookup(".tab-header-area");
        Label first = (Label) tabs.lookup(".tab .tab-label");
        if (header == null || first == null || tabs.getWidth() <= 0) {
            return;
        }
        Node firstTab = tabs.lookup(".tab");
        if (padding < 0 && firstTab.getLayoutBounds().getWidth() > 0) {
            padding = firstTab.getLayoutBounds().getWidth() - textWidth(first, first.getText());
        }
        double room = tabs.getWidth() - 8;
        double whole = 0;
        for (Name name : names) {
            whole += textWidth(first, name.whole()) + Math.max(padding, 0);
        }
        boolean shorten = whole > room;
        for (Name name : names) {
            name.tab().setText(shorten ? name.shortened() : name.whole());
        }
    }

    private static double textWidth(Label label, String text) {
        Text measure = new Text(text);
        measure.setFont(label.getFont());
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }
}
