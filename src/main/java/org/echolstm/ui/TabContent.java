package org.echolstm.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Tab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * A tab whose content is made from its layout the first time the tab is selected, at once where it
 * already is: the window's first frame shows one tab, and the others' controls, charts and canvases
 * need not be made, styled and laid out before it.
 */
final class TabContent {
    private TabContent() {
    }

    /**
     * Fills {@code tab} with {@code layout} (beside {@link App}) when the tab is first selected;
     * {@code made} gets the layout's controller before its content goes into the tab, as an
     * fx:include's controller did before the window was shown. The content's id is {@code id}
     * where the layout gives it none.
     */
    static <C> void makeWhenShown(Tab tab, String id, String layout, ResourceBundle bundle, Consumer<C> made) {
        Runnable make = () -> {
            FXMLLoader loader = new FXMLLoader(App.resource(layout), bundle);
            Node content;
            try {
                content = loader.load();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the layout " + layout, e);
            }
            if (content.getId() == null) {
                content.setId(id);
            }
            made.accept(loader.getController());
            tab.setContent(content);
        };
        if (tab.isSelected()) {
            make.run();
            return;
        }
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    make.run();
                }
            }
        });
    }
}
