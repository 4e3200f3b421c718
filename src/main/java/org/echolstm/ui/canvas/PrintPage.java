package org.echolstm.ui.canvas;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.echolstm.ui.preferences.Theme;

import java.util.List;
import java.util.Objects;

/**
 * The off-screen page a view's picture is taken of (File ▸ Export, the handout): a copy of the view
 * on white, in the light theme whatever the window's, laid out at the picture's size.
 */
public final class PrintPage {
    private PrintPage() {
    }

    /**
     * {@code copy} on a page of {@code width} × {@code height} with the style sheets {@code sheets}
     * (resources beside {@code owner}), laid out {@code passes} times (charts' axes settle over two).
     */
    public static StackPane of(Node copy, double width, double height, Class<?> owner, List<String> sheets, int passes) {
        StackPane page = new StackPane(copy);
        page.getStyleClass().add("main-view");
        page.setStyle("-fx-background-color: white;");
        page.setPadding(new Insets(8));
        Scene scene = new Scene(page, width, height);
        scene.getStylesheets().add(Theme.LIGHT.userAgentStylesheet());
        for (String sheet : sheets) {
            scene.getStylesheets().add(Objects.requireNonNull(owner.getResource(sheet), sheet).toExternalForm());
        }
        for (int pass = 0; pass < passes; pass++) {
            page.applyCss();
            page.layout();
        }
        return page;
    }
}
