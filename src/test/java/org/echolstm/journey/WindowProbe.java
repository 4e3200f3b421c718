package org.echolstm.journey;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.echolstm.ui.canvas.CanvasPane;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Starts the application as {@link org.echolstm.Main} does, and lets a journey read what its
 * windows show: titles, bounds, texts, and chosen nodes (by CSS selector) with their screen
 * bounds. It only reads; every input comes from outside, through the X server, as a user's would.
 * Answers one JSON line per request ({@code windows}, or {@code query SELECTOR}) on a loopback
 * port that it writes to the file named by {@code -Dprobe.portFile}.
 */
public final class WindowProbe {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WindowProbe() {
    }

    public static void main(String[] args) throws IOException {
        ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        Path portFile = Path.of(System.getProperty("probe.portFile"));
        Path partial = portFile.resolveSibling(portFile.getFileName() + ".tmp");
        Files.writeString(partial, Integer.toString(server.getLocalPort()));
        Files.move(partial, portFile);
        Thread serving = new Thread(() -> serve(server), "window-probe");
        serving.setDaemon(true);
        serving.start();
        org.echolstm.Main.main(args);
    }

    private static void serve(ServerSocket server) {
        while (true) {
            try (Socket client = server.accept()) {
                String request = new BufferedReader(new InputStreamReader(client.getInputStream(),
                        StandardCharsets.UTF_8)).readLine();
                String answer = answer(request == null ? "" : request);
                OutputStream out = client.getOutputStream();
                out.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException | RuntimeException e) {
                // One failed request does not stop the probe.
            }
        }
    }

    private static String answer(String request) {
        CompletableFuture<String> answer = new CompletableFuture<>();
        try {
            Platform.runLater(() -> {
                try {
                    answer.complete(request.startsWith("query ") ? query(request.substring(6))
                            : request.equals("labels") ? labels() : windows());
                } catch (RuntimeException e) {
                    answer.complete("{\"error\":" + JSON.valueToTree(String.valueOf(e)) + "}");
                }
            });
            return answer.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return "{\"error\":\"no answer from the FX thread: " + e.getClass().getSimpleName() + "\"}";
        }
    }

    private static String windows() {
        ArrayNode all = JSON.createArrayNode();
        for (Window window : Window.getWindows()) {
            if (!window.isShowing()) {
                continue;
            }
            ObjectNode w = all.addObject();
            w.put("kind", window instanceof PopupWindow ? "popup" : window instanceof Stage s
                    && s.getOwner() != null ? "dialog" : "stage");
            if (window instanceof Stage stage) {
                w.put("title", stage.getTitle());
                w.put("maximized", stage.isMaximized());
                w.put("fullScreen", stage.isFullScreen());
            }
            w.put("focused", window.isFocused());
            w.put("x", window.getX());
            w.put("y", window.getY());
            w.put("width", window.getWidth());
            w.put("height", window.getHeight());
            ArrayNode texts = w.putArray("texts");
            ArrayNode buttons = w.putArray("buttons");
            Scene scene = window.getScene();
            if (scene != null && scene.getRoot() != null) {
                collectTexts(scene.getRoot(), texts, buttons);
            }
        }
        return all.toString();
    }

    private static void collectTexts(Node node, ArrayNode texts, ArrayNode buttons) {
        if (!node.isVisible()) {
            return;
        }
        String text = textOf(node);
        if (text != null && !text.isBlank()) {
            (node instanceof ButtonBase ? buttons : texts).add(text);
        }
        if (node instanceof Labeled || node instanceof TextInputControl) {
            return; // their skin's text is the text above
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectTexts(child, texts, buttons);
            }
        }
    }

    private static String textOf(Node node) {
        if (node instanceof Labeled labeled) {
            return labeled.getText();
        }
        if (node instanceof TextInputControl input) {
            return input.getText();
        }
        if (node instanceof Text text) {
            return text.getText();
        }
        return null;
    }

    private static String query(String selector) {
        ArrayNode found = JSON.createArrayNode();
        for (Window window : Window.getWindows()) {
            if (!window.isShowing() || window.getScene() == null) {
                continue;
            }
            for (Node node : window.getScene().getRoot().lookupAll(selector)) {
                found.add(describe(node));
            }
        }
        return found.toString();
    }

    /** Every labelled control on screen (labels, buttons, tab names...). */
    private static String labels() {
        ArrayNode found = JSON.createArrayNode();
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null) {
                addLabels(window.getScene().getRoot(), found);
            }
        }
        return found.toString();
    }

    private static void addLabels(Node node, ArrayNode found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled) {
            found.add(describe(node));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                addLabels(child, found);
            }
        }
    }

    /** Shown: it and every node above it visible, in a window. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static ObjectNode describe(Node node) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", node.getId());
        n.put("type", node.getClass().getSimpleName());
        n.put("visible", shown(node));
        n.put("disabled", node.isDisabled());
        n.put("focused", node.isFocused());
        n.put("style", node.getStyle());
        ArrayNode classes = n.putArray("styleClasses");
        node.getStyleClass().forEach(classes::add);
        String text = textOf(node);
        if (text != null) {
            n.put("text", text);
        } else if (node instanceof Parent parent) {
            // A container's words (a menu item's label, say), in order.
            ArrayNode inner = JSON.createArrayNode();
            collectTexts(parent, inner, inner);
            StringBuilder words = new StringBuilder();
            inner.forEach(t -> words.append(words.isEmpty() ? "" : " ").append(t.asText()));
            n.put("inner", words.toString());
        }
        Bounds b = node.localToScreen(node.getLayoutBounds());
        if (b != null) {
            n.put("x", b.getMinX());
            n.put("y", b.getMinY());
            n.put("width", b.getWidth());
            n.put("height", b.getHeight());
        }
        if (node instanceof javafx.scene.layout.Region region) {
            n.put("minWidth", region.minWidth(-1)); // the least width its contents ask for
        }
        if (node instanceof TabPane tabs) {
            n.put("selectedTab", tabs.getSelectionModel().getSelectedIndex());
        }
        if (node instanceof SplitPane split) {
            ArrayNode positions = n.putArray("dividers");
            for (double p : split.getDividerPositions()) {
                positions.add(p);
            }
        }
        if (node instanceof TextInputControl input) {
            // How wide its text is drawn: whether the whole of it shows.
            Text measure = new Text(input.getText());
            measure.setFont(input.getFont());
            n.put("textWidth", measure.getLayoutBounds().getWidth());
        }
        if (node instanceof CanvasPane canvas) {
            // What the picture writes, where (in the picture's own coordinates, which scrolling does not move).
            ArrayNode texts = n.putArray("canvasTexts");
            for (CanvasPane.ShownText shown : canvas.shownTexts()) {
                texts.addObject().put("text", shown.text()).put("x", shown.bounds().getMinX())
                        .put("y", shown.bounds().getMinY()).put("width", shown.bounds().getWidth())
                        .put("height", shown.bounds().getHeight()).put("size", shown.size());
            }
        }
        if (node instanceof Labeled labeled) {
            n.put("fontSize", labeled.getFont().getSize());
        }
        if (node instanceof ComboBoxBase<?> combo && combo.getValue() != null) {
            n.put("value", combo.getValue().toString());
        }
        if (node instanceof Labeled labeled && text != null && shownText(labeled) != null) {
            // The text as it should read, and as it is drawn: cut to "…" where they differ.
            n.put("contentDisplay", labeled.getContentDisplay().name());
            n.put("fullText", labeled.isMnemonicParsing() ? text.replaceFirst("_(?!_)", "").replace("__", "_") : text);
            n.put("shownText", shownText(labeled));
        }
        return n;
    }

    /** The text the skin draws (its LabeledText), or null when it draws it through an inner label. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }
}
