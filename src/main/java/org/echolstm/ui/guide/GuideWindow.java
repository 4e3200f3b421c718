package org.echolstm.ui.guide;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.echolstm.ui.I18n;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The user guide inside the application, for when no browser opens it: its text and pictures,
 * and the file it is, to copy or to find in its folder. Opened with F1; Escape closes it.
 */
public final class GuideWindow {
    /** Pictures are read at most this wide (the screenshots are larger; the window is not). */
    private static final double PICTURE_WIDTH = 1000;
    private static final double PAGE_WIDTH = 900;

    private GuideWindow() {
    }

    /** Shows the guide installed at {@code page} in a window of its own, owned by {@code owner}. */
    public static Stage show(Window owner, Path page, SystemBrowser browser) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(I18n.t("guide.title"));
        BorderPane root = new BorderPane();
        root.setId("guideWindow");
        root.getStyleClass().add("guide-window");
        root.setTop(fileBar(page, browser));
        ScrollPane scroll = new ScrollPane(pageView(GuidePage.parse(UserGuide.page())));
        scroll.setId("guidePage");
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        Button close = new Button(I18n.t("dialog.close"));
        close.setId("closeGuideButton");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(8));
        root.setBottom(bottom);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(980, screen.getWidth() * 0.9), Math.min(760, screen.getHeight() * 0.9));
        if (owner != null && owner.getScene() != null) {
            // The window's theme and type size.
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.setStyle(owner.getScene().getRoot().getStyle());
            owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-"))
                    .forEach(root.getStyleClass()::add);
        }
        scene.getStylesheets().add(GuideWindow.class.getResource("GuideWindow.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        scroll.requestFocus();
        return stage;
    }

    /** Why the guide is here, the file it is, and buttons to copy its path or open its folder. */
    private static Node fileBar(Path page, SystemBrowser browser) {
        Label why = new Label(I18n.t("guide.noBrowser"));
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        TextField path = new TextField(page.toString());
        path.setId("guidePath");
        path.setEditable(false);
        path.setAccessibleText(I18n.t("guide.file"));
        HBox.setHgrow(path, Priority.ALWAYS);
        Label said = new Label();
        said.setId("guideMessage");
        said.setWrapText(true);
        said.setMinHeight(Region.USE_PREF_SIZE);
        said.managedProperty().bind(said.textProperty().isNotEmpty());
        Button copy = new Button(I18n.t("guide.copy"));
        copy.setId("copyGuidePathButton");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(page.toString());
            Clipboard.getSystemClipboard().setContent(content);
            said.setText(I18n.t("guide.copied"));
        });
        Button folder = new Button(I18n.t("guide.openFolder"));
        folder.setId("openGuideFolderButton");
        folder.setMinWidth(Region.USE_PREF_SIZE);
        folder.setDisable(!browser.available());
        folder.setOnAction(e -> browser.open(page.getParent().toUri()).thenAccept(opened -> {
            if (!opened) {
                javafx.application.Platform.runLater(() -> said.setText(I18n.t("guide.folderFailed", page.getParent())));
            }
        }));
        Label fileLabel = new Label(I18n.t("guide.file"));
        fileLabel.setMinWidth(Region.USE_PREF_SIZE);
        fileLabel.setLabelFor(path);
        HBox file = new HBox(6, fileLabel, path, copy, folder);
        file.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, why, file, said);
        bar.getStyleClass().add("guide-file-bar");
        return bar;
    }

    /** The page's blocks, one under the other, at most a comfortable reading width. */
    static VBox pageView(GuidePage page) {
        VBox blocks = new VBox();
        blocks.getStyleClass().add("guide-page");
        blocks.setMaxWidth(PAGE_WIDTH);
        for (GuidePage.Block block : page.blocks()) {
            blocks.getChildren().add(view(block, blocks));
        }
        VBox centred = new VBox(blocks);
        centred.setAlignment(Pos.TOP_CENTER);
        return centred;
    }

    private static Node view(GuidePage.Block block, Region page) {
        if (block instanceof GuidePage.Heading h) {
            return flow(h.text(), "guide-h" + h.level());
        }
        if (block instanceof GuidePage.Paragraph p) {
            return flow(p.text(), "guide-paragraph");
        }
        if (block instanceof GuidePage.Item i) {
            Label marker = new Label(i.marker());
            marker.getStyleClass().add("guide-marker");
            marker.setMinWidth(Region.USE_PREF_SIZE);
            TextFlow text = flow(i.text(), "guide-item-text");
            HBox item = new HBox(6, marker, text);
            HBox.setHgrow(text, Priority.ALWAYS);
            item.getStyleClass().add("guide-item");
            return item;
        }
        if (block instanceof GuidePage.Picture p) {
            return picture(p, page);
        }
        if (block instanceof GuidePage.Code c) {
            Label code = new Label(c.text());
            code.getStyleClass().add("guide-code");
            code.setWrapText(true);
            code.setMinHeight(Region.USE_PREF_SIZE);
            code.setMaxWidth(Double.MAX_VALUE);
            return code;
        }
        GuidePage.Table t = (GuidePage.Table) block;
        GridPane grid = new GridPane();
        grid.getStyleClass().add("guide-table");
        List<List<GuidePage.Cell>> rows = t.rows();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                GuidePage.Cell cell = rows.get(r).get(c);
                TextFlow text = flow(cell.text(), cell.header() ? "guide-th" : "guide-td");
                grid.add(text, c, r);
            }
        }
        return grid;
    }

    private static Node picture(GuidePage.Picture p, Region page) {
        VBox box = new VBox(4);
        box.getStyleClass().add("guide-picture");
        UserGuide.resource(p.file()).ifPresent(url -> {
            ImageView image = new ImageView(new Image(url.toExternalForm(), PICTURE_WIDTH, 0, true, true, true));
            image.setPreserveRatio(true);
            image.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(100, Math.min(PICTURE_WIDTH, page.getWidth() - 40)), page.widthProperty()));
            image.setAccessibleText(p.description());
            box.getChildren().add(image);
        });
        Label caption = new Label(p.description());
        caption.getStyleClass().add("guide-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        box.getChildren().add(caption);
        return box;
    }

    private static TextFlow flow(List<GuidePage.Run> runs, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        for (GuidePage.Run run : runs) {
            Text text = new Text(run.text());
            text.getStyleClass().addAll("guide-run", run.style().name().toLowerCase(Locale.ROOT));
            flow.getChildren().add(text);
        }
        flow.setAccessibleText(GuidePage.words(runs));
        return flow;
    }
}
