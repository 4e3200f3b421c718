package org.echolstm.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/**
 * The application in its own process, started as a user starts it (its own JVM, its own home
 * folder, a real window on a {@link Desktop}), that a journey can close, kill and start again.
 * Whatever a journey leaves running is killed after it, once its failure has been pictured
 * ({@link JourneyExtension}).
 */
public final class RunningApp {
    /** The main window's title ends so; dialogs have titles of their own. */
    public static final String MAIN_TITLE = "Echo LSTM Explorer$";
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Set<RunningApp> LIVE = ConcurrentHashMap.newKeySet();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Desktop desktop;
    private final Path home;
    private final Process process;
    private final Path portFile;
    private String windowId;

    private RunningApp(Desktop desktop, Path home, Process process, Path portFile) {
        this.desktop = desktop;
        this.home = home;
        this.process = process;
        this.portFile = portFile;
    }

    /** Starts the application with {@code home} as the user's home and waits for its window. */
    public static RunningApp start(Desktop desktop, Path home, String... jvmOptions) {
        return start(desktop, home, Map.of(), jvmOptions);
    }

    /** Starts the application with {@code environment} added to its process's (PATH, LANGUAGE...). */
    public static RunningApp start(Desktop desktop, Path home, Map<String, String> environment, String... jvmOptions) {
        try {
            Files.createDirectories(home);
            Path portFile = home.resolve("probe.port");
            Files.deleteIfExists(portFile);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.home=" + home, "-Dprobe.portFile=" + portFile, "-Duser.language=en", "-Duser.country=US"));
            command.addAll(List.of(jvmOptions));
            command.addAll(List.of("-cp", classPath(), WindowProbe.class.getName()));
            ProcessBuilder builder = desktop.process(command);
            builder.environment().remove("XDG_DATA_HOME"); // the data folder follows user.home
            builder.environment().putAll(environment);
            Path log = home.resolve("app.log");
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            RunningApp app = new RunningApp(desktop, home, builder.start(), portFile);
            LIVE.add(app);
            app.waitForWindow();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's run-time class path (written by the build) and this package's probe. */
    private static String classPath() throws IOException {
        Path target = Path.of("target");
        String runtime = Files.readString(target.resolve("runtime.classpath")).strip();
        return target.resolve("test-classes").toAbsolutePath() + ":" + target.resolve("classes").toAbsolutePath()
                + ":" + runtime;
    }

    private void waitForWindow() {
        windowId = Waits.forValue("the main window on " + desktop.display() + " (log: " + home.resolve("app.log") + ")",
                START_TIMEOUT, () -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("the application ended with " + process.exitValue());
                    }
                    return desktop.window(MAIN_TITLE);
                });
        Waits.until("the window probe", START_TIMEOUT, () -> Files.exists(portFile) && windows().size() > 0);
        // The window appears empty and is filled a moment later: a user waits for its menus.
        Waits.until("the window's content", START_TIMEOUT, () -> !query("#menuBar").isEmpty());
        // As a user waits for a window to stop moving before clicking in it.
        Waits.until("the window settled", START_TIMEOUT, () -> Stable.forAtLeast(SETTLED, this::geometry), this::geometry);
    }

    private static final Duration SETTLED = Duration.ofMillis(700);

    public Desktop desktop() {
        return desktop;
    }

    public Path home() {
        return home;
    }

    /** The main window's X id. */
    public String windowId() {
        return windowId;
    }

    /** Brings the main window to the front with the keyboard focus. */
    public void activate() {
        desktop.activate(windowId);
    }

    public Desktop.Geometry geometry() {
        return desktop.geometry(windowId);
    }

    public String title() {
        return desktop.title(windowId);
    }

    // ---- what the windows show (read through the probe) ---------------------------------------

    /** Every showing window: kind, title, bounds, texts and buttons. */
    public List<JsonNode> windows() {
        return list(ask("windows"));
    }

    /** The showing dialog, if one is open (a window owned by the main window). */
    public Optional<JsonNode> dialog() {
        return windows().stream().filter(w -> w.path("kind").asText().equals("dialog")).findFirst();
    }

    /** Waits for a dialog whose texts contain {@code part} and returns it. */
    public JsonNode waitForDialog(String part) {
        return Waits.forValue("a dialog saying \"" + part + "\"; windows: " + windows(), Duration.ofSeconds(20),
                () -> dialog().filter(d -> allText(d).contains(part)));
    }

    /** Waits until no dialog is open. */
    public void waitForNoDialog() {
        Waits.until("no dialog open", Duration.ofSeconds(20), () -> dialog().isEmpty(),
                () -> dialog().map(RunningApp::allText).orElse("none"));
    }

    /** A window's texts and buttons in one string, to look for words in. */
    public static String allText(JsonNode window) {
        StringBuilder all = new StringBuilder(window.path("title").asText());
        window.path("texts").forEach(t -> all.append('\n').append(t.asText()));
        window.path("buttons").forEach(t -> all.append('\n').append(t.asText()));
        return all.toString();
    }

    /** The words a node shows: its text, or those of what it holds (a menu item's label), without mnemonic marks. */
    public static String textOf(JsonNode node) {
        String words = node.has("text") ? node.get("text").asText() : node.path("inner").asText();
        return words.replaceAll("_(?!_)", "");
    }

    /** Nodes matching a CSS selector in any window, with their screen bounds and state. */
    public List<JsonNode> query(String selector) {
        return list(ask("query " + selector));
    }

    /** Every labelled control on screen: labels, buttons, tab names. */
    public List<JsonNode> labels() {
        return list(ask("labels"));
    }

    public JsonNode node(String selector) {
        List<JsonNode> found = query(selector);
        if (found.isEmpty()) {
            throw new AssertionError("nothing on screen matches " + selector);
        }
        return found.get(0);
    }

    /** The text of the node with this id. */
    public String text(String id) {
        return node("#" + id).path("text").asText();
    }

    /** Presses keys in the main window (brought to the front first, as a user would click it). */
    public void press(String... keys) {
        activate();
        Waits.until("the main window focused", Duration.ofSeconds(10), () -> {
            if (windows().stream().noneMatch(w -> w.path("kind").asText().equals("stage") && w.path("focused").asBoolean())) {
                activate();
                return false;
            }
            return true;
        }, this::windows);
        desktop.key(keys);
    }

    /** Clicks the button labelled {@code text} in whatever window shows it (a dialog's, say). */
    public void clickButton(String text) {
        Supplier<Optional<JsonNode>> button = () -> query(".button").stream()
                .filter(b -> text.equals(b.path("fullText").asText(b.path("text").asText())) && b.path("visible").asBoolean()
                        && b.has("x"))
                .findFirst();
        // A dialog is placed by the window manager after it is mapped: click once it stays put.
        click(Waits.forValue("a button \"" + text + "\" in place", Duration.ofSeconds(20), () -> {
            Optional<JsonNode> before = button.get();
            return before.isPresent() && Stable.forAtLeast(Duration.ofMillis(300), () -> button.get().map(RunningApp::bounds).orElse(""))
                    && button.get().map(RunningApp::bounds).equals(before.map(RunningApp::bounds)) ? button.get() : Optional.empty();
        }));
    }

    /** The node, once it has stopped moving (after a zoom or a resize, the layout follows a frame later). */
    public JsonNode settledNode(String selector) {
        return Waits.forValue(selector + " in place", Duration.ofSeconds(10), () -> {
            JsonNode before = node(selector);
            return Stable.forAtLeast(Duration.ofMillis(300), () -> bounds(node(selector)))
                    && bounds(before).equals(bounds(node(selector))) ? java.util.Optional.of(node(selector)) : java.util.Optional.empty();
        });
    }

    private static String bounds(JsonNode node) {
        return node.path("x").asText() + "," + node.path("y").asText() + "," + node.path("width").asText() + "," + node.path("height").asText();
    }

    /** Replaces the text of the field with this id, typing as a user does. */
    public void typeInto(String fieldId, String text) {
        click(settledNode("#" + fieldId));
        desktop.key("ctrl+a");
        if (text.isEmpty()) {
            desktop.key("BackSpace");
        } else {
            desktop.type(text);
        }
        Waits.until(fieldId + " reads \"" + text + "\"", Duration.ofSeconds(10), () -> text(fieldId).equals(text),
                () -> text(fieldId));
    }

    /** The samples trained, as the status bar shows them. */
    public long samplesShown() {
        return Long.parseLong(text("samplesLabel").replaceAll("[^0-9]", ""));
    }

    /** The folder where the application keeps its data (the lesson saved automatically, the log). */
    public Path dataFolder() {
        return home.resolve(".local/share/echo-lstm-explorer");
    }

    /** Clicks the middle of a node. */
    public void click(JsonNode node) {
        desktop.click(node.get("x").asDouble() + node.get("width").asDouble() / 2,
                node.get("y").asDouble() + node.get("height").asDouble() / 2);
    }

    private static List<JsonNode> list(JsonNode array) {
        if (!array.isArray()) {
            throw new IllegalStateException("the probe answered " + array);
        }
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private JsonNode ask(String request) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(Files.readString(portFile).strip()))) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write((request + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalStateException("the probe closed the connection");
            }
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot ask the window probe: " + e.getMessage(), e);
        }
    }

    // ---- the process --------------------------------------------------------------------------

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the application to end by itself (after the user closed it). */
    public void waitForExit() {
        Waits.until("the application to exit", Duration.ofSeconds(30), () -> !process.isAlive());
        LIVE.remove(this);
    }

    /** What a crash leaves: the process killed at once, nothing written on the way out. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LIVE.remove(this);
    }

    /** Kills every application a journey left running. */
    static void killAll() {
        new ArrayList<>(LIVE).forEach(RunningApp::kill);
    }
}
