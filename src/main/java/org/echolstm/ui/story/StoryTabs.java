package org.echolstm.ui.story;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TabPane;
import org.echolstm.training.Stop;

/** Keeps the storyline's view and the window's tab strip in step: a stop opens its tab, and a stop added remembers the tab open. */
public final class StoryTabs {
    private StoryTabs() {
    }

    /** {@code tabs} holds one tab per {@link Stop.View}, in that order. */
    public static void follow(TabPane tabs, ObjectProperty<Stop.View> view) {
        Stop.View[] views = Stop.View.values();
        view.set(views[Math.max(0, tabs.getSelectionModel().getSelectedIndex())]);
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0 && now.intValue() < views.length) {
                view.set(views[now.intValue()]);
            }
        });
        view.addListener((obs, old, now) -> tabs.getSelectionModel().select(now.ordinal()));
    }
}
