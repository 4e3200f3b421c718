package org.echolstm.journey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A user's desktop: an X server (Xvfb) of a given screen size with a window manager (openbox), and
 * the user's hands on it (xdotool: keys, clicks, drags; wmctrl: maximise; ImageMagick: a picture of
 * the screen). One desktop per screen size, started when first asked for and stopped when the
 * tests end.
 */
public final class Desktop implements AutoCloseable {
    /** What a journey needs on the machine (Debian: xvfb openbox xdotool wmctrl x11-utils imagemagick). */
    static final List<String> TOOLS = List.of("Xvfb", "openbox", "xdotool", "wmctrl", "xprop", "xwininfo", "import");
    private static final Map<String, Desktop> RUNNING = new HashMap<>();

    private final int width;
    private final int height;
    private final String display;
    private final Process xvfb;
    private final Process windowManager;

    private Desktop(int width, int height) throws IOException, InterruptedException {
        this.width = width;
        this.height = height;
        // -displayfd: the server picks a free display and writes its number when it is ready.
        xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", width + "x" + height + "x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String number = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (number == null) {
            throw new IOException("Xvfb did not start");
        }
        display = ":" + number.trim();
        try {
            windowManager = startWindowManager();
        } catch (RuntimeException | Error | IOException e) {
            xvfb.destroyForcibly(); // not left behind when the desktop cannot be had
            throw e;
        }
    }

    /**
     * Openbox, once it manages the display. Once in a while (seen in CI) it did not within 20 s: it
     * is started again, twice at most, its output kept under target/journeys/ to say why.
     */
    private Process startWindowManager() throws IOException {
        Path log = JourneyExtension.OUTPUT.resolve("openbox" + display.replace(':', '-') + ".log");
        Files.createDirectories(log.getParent());
        AssertionError last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            Process openbox = process(List.of("openbox")).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            try {
                Waits.until("openbox manages display " + display + " (attempt " + attempt + ", its output in " + log + ")",
                        Duration.ofSeconds(20), () -> runAllowingFailure("wmctrl", "-m").contains("Openbox"));
                return openbox;
            } catch (AssertionError e) {
                openbox.destroyForcibly();
                last = e;
            }
        }
        throw last;
    }

    /** The desktop of this screen size, started on first use. */
    public static synchronized Desktop of(int width, int height) {
        String key = width + "x" + height;
        Desktop desktop = RUNNING.get(key);
        if (desktop == null) {
            try {
                desktop = new Desktop(width, height);
            } catch (IOException e) {
                throw new IllegalStateException("cannot start a desktop of " + key, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            RUNNING.put(key, desktop);
        }
        return desktop;
    }

    static synchronized List<Desktop> running() {
        return List.copyOf(RUNNING.values());
    }

    /** Stops every desktop (at the end of the tests). */
    static synchronized void stopAll() {
        RUNNING.values().forEach(Desktop::close);
        RUNNING.clear();
    }

    /** The tools this machine lacks to run a journey. */
    static List<String> missingTools() {
        List<String> missing = new ArrayList<>();
        for (String tool : TOOLS) {
            boolean found = false;
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
                found |= Files.isExecutable(Path.of(dir, tool));
            }
            if (!found) {
                missing.add(tool);
            }
        }
        return missing;
    }

    public String display() {
        return display;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    // ---- the user's hands ---------------------------------------------------------------------

    /**
     * Presses keys as xdotool names them ("ctrl+q", "F5", "Escape"), one after the other, each
     * chord as fingers do: the modifiers down, the key, the modifiers up. (Sent as one chord in a
     * single event burst, Alt+F did not reach JavaFX's mnemonics.)
     */
    public void key(String... keys) {
        for (String chord : keys) {
            String[] parts = chord.split("\\+(?=.)");
            List<String> modifiers = List.of(parts).subList(0, parts.length - 1);
            for (String modifier : modifiers) {
                run("xdotool", "keydown", modifier);
            }
            run("xdotool", "key", "--delay", "40", parts[parts.length - 1]);
            for (String modifier : modifiers) {
                run("xdotool", "keyup", modifier);
            }
        }
    }

    /** Types text into whatever has the keyboard focus. */
    public void type(String text) {
        run("xdotool", "type", "--delay", "25", text);
    }

    public void click(double x, double y) {
        run("xdotool", "mousemove", "--sync", px(x), px(y), "click", "1");
    }

    /** Two clicks in quick succession at one point. */
    public void doubleClick(double x, double y) {
        run("xdotool", "mousemove", "--sync", px(x), px(y), "click", "--repeat", "2", "--delay", "80", "1");
    }

        /** Turns the mouse wheel at a point: down (towards the user) for positive clicks, up for negative. */
    public void wheel(double x, double y, int clicks) {
        run("xdotool", "mousemove", "--sync", px(x), px(y));
        for (int i = 0; i < Math.abs(clicks); i++) {
            run("xdotool", "click", clicks > 0 ? "5" : "4");
        }
    }

    /** Presses the button at one point, moves to the other in small steps, releases it. */
    public void drag(double fromX, double fromY, double toX, double toY) {
        // At a hand's pace: a press held a moment before it moves, then ten moves over a third of a
        // second. Moves sent the instant the button went down reached a busy window as no drag at all.
        run("xdotool", "mousemove", "--sync", px(fromX), px(fromY), "mousedown", "1", "sleep", "0.15");
        int steps = 10;
        for (int i = 1; i <= steps; i++) {
            run("xdotool", "mousemove", "--sync", px(fromX + (toX - fromX) * i / steps),
                    px(fromY + (toY - fromY) * i / steps), "sleep", "0.03");
        }
        run("xdotool", "mouseup", "1");
    }

    // ---- windows as the window manager sees them ----------------------------------------------

    /** The visible top-level windows whose title matches {@code titleRegex}. */
    public List<String> windows(String titleRegex) {
        String out = runAllowingFailure("xdotool", "search", "--onlyvisible", "--name", titleRegex);
        return out.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public Optional<String> window(String titleRegex) {
        return windows(titleRegex).stream().findFirst();
    }

    public String title(String windowId) {
        return run("xdotool", "getwindowname", windowId).strip();
    }

    /** The window's inside (without the frame the window manager draws): x, y, width, height. */
    public Geometry geometry(String windowId) {
        // xwininfo, not xdotool: xdotool adds the frame's offset twice for a window the manager framed.
        Map<String, Integer> values = new HashMap<>();
        for (String line : run("xwininfo", "-id", windowId).split("\n")) {
            String[] kv = line.trim().split(":\\s*");
            if (kv.length == 2 && kv[1].matches("-?\\d+")) {
                values.put(kv[0], Integer.parseInt(kv[1]));
            }
        }
        return new Geometry(values.get("Absolute upper-left X"), values.get("Absolute upper-left Y"),
                values.get("Width"), values.get("Height"));
    }

    /** The window with the frame the window manager draws round it. */
    public Geometry frame(String windowId) {
        Geometry inside = geometry(windowId);
        String extents = runAllowingFailure("xprop", "-id", windowId, "_NET_FRAME_EXTENTS");
        int[] e = {0, 0, 0, 0}; // left, right, top, bottom
        if (extents.contains("=")) {
            String[] parts = extents.substring(extents.indexOf('=') + 1).split(",");
            for (int i = 0; i < 4 && i < parts.length; i++) {
                e[i] = Integer.parseInt(parts[i].trim());
            }
        }
        return new Geometry(inside.x() - e[0], inside.y() - e[2], inside.width() + e[0] + e[1],
                inside.height() + e[2] + e[3]);
    }

    public record Geometry(int x, int y, int width, int height) {
        public boolean sameSizeAs(Geometry other, int tolerance) {
            return Math.abs(width - other.width) <= tolerance && Math.abs(height - other.height) <= tolerance;
        }

        public boolean samePlaceAs(Geometry other, int tolerance) {
            return Math.abs(x - other.x) <= tolerance && Math.abs(y - other.y) <= tolerance;
        }
    }

    public void activate(String windowId) {
        runAllowingFailure("xdotool", "windowactivate", "--sync", windowId);
    }

    /** Resizes the window through the window manager, as dragging its corner does. */
    public void resize(String windowId, int width, int height) {
        run("xdotool", "windowsize", "--sync", windowId, Integer.toString(width), Integer.toString(height));
    }

    public void move(String windowId, int x, int y) {
        run("xdotool", "windowmove", "--sync", windowId, Integer.toString(x), Integer.toString(y));
    }

    public void maximize(String windowId) {
        run("wmctrl", "-i", "-r", windowId, "-b", "add,maximized_vert,maximized_horz");
    }

    public boolean isMaximized(String windowId) {
        String state = runAllowingFailure("xprop", "-id", windowId, "_NET_WM_STATE");
        return state.contains("_NET_WM_STATE_MAXIMIZED_VERT") && state.contains("_NET_WM_STATE_MAXIMIZED_HORZ");
    }

    /** A picture of the whole screen. */
    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        runAllowingFailure("import", "-window", "root", file.toString());
    }

    private static String px(double v) {
        return Long.toString(Math.round(v));
    }

    // ---- processes ------------------------------------------------------------------------------

    /** A process on this desktop. */
    public ProcessBuilder process(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DISPLAY", display);
        return builder;
    }

    private String run(String... command) {
        Result r = exec(command);
        if (r.code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + r.code + "): " + r.output);
        }
        return r.output;
    }

    private String runAllowingFailure(String... command) {
        return exec(command).output;
    }

    private record Result(int code, String output) {
    }

    private Result exec(String... command) {
        try {
            Process p = process(List.of(command)).redirectErrorStream(true).start();
            // Read beside the wait: a tool that never ends (xwininfo after an X error on a window just
            // closed) must not hold the journey for good.
            java.util.concurrent.CompletableFuture<String> out = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "";
                }
            });
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "timed out: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), out.join());
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        windowManager.destroy();
        xvfb.destroy();
        try {
            windowManager.waitFor(5, TimeUnit.SECONDS);
            xvfb.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        xvfb.destroyForcibly();
        windowManager.destroyForcibly();
    }
}
