package org.echolstm.cli;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.GateClamp;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.echolstm.training.Lesson;
import org.echolstm.training.LessonFiles;
import org.echolstm.training.MetricHistory;
import org.echolstm.training.Snapshot;
import org.echolstm.training.Stop;
import org.echolstm.training.StopRule;
import org.echolstm.training.Timeline;
import org.echolstm.training.TrainingSession;
import org.echolstm.training.TrainingSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A handout of a lesson with three stops, made by the {@code handout} command as a user runs it
 * (its own JVM on the run-time class path, no display), opened in headless Chromium: every picture
 * is there and decodes, and the page is drawn. The screenshot is kept in target/handout/.
 */
@Tag("integration")
public class HandoutInBrowserTest {
    private static final Path FOLDER = Path.of("target", "handout").toAbsolutePath();
    private static final EchoTask TASK = new EchoTask(5, 4, 2);
    private static final ModelSettings MODEL = new ModelSettings(8, Optimizer.ADAM, 0.02, 3);
    static final String NOTE = "Loss falls & accuracy rises: 1 < 2.\n\nA second paragraph, <b>not bold</b>.";
    private static Path handout;
    private static String html;

    @BeforeAll
    static void makeTheHandout() throws Exception {
        Files.createDirectories(FOLDER);
        Path lesson = FOLDER.resolve("three-stops.echolesson");
        LessonFiles.save(lessonWithThreeStops(), lesson, "test");
        handout = FOLDER.resolve("three-stops.html");
        Files.deleteIfExists(handout);
        Process run = handoutCommand(lesson, handout);
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).as("the handout command ends").isTrue();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).contains("3 stops");
        html = Files.readString(handout, StandardCharsets.UTF_8);
    }

    /** A tiny model trained to 1,200 samples, its snapshots kept, with stops on three tabs. */
    public static Lesson lessonWithThreeStops() {
        TrainingSettings settings = new TrainingSettings(8, StopRule.samples(1200), 200, 200);
        TrainingSession session = new TrainingSession(new EchoModel(TASK, MODEL), settings);
        MetricHistory history = new MetricHistory();
        Timeline timeline = new Timeline();
        session.addListener(history);
        timeline.follow(session);
        session.run();
        List<Snapshot> snapshots = timeline.snapshots();
        assertThat(snapshots).hasSizeGreaterThanOrEqualTo(3);
        List<Stop> stops = List.of(
                new Stop(snapshots.get(0).samples(), "The untrained guess", NOTE, Stop.View.TRAINING,
                        new int[] {0, 1, 2, 3, 0}, List.of(), GateClamp.NONE),
                new Stop(snapshots.get(snapshots.size() / 2).samples(), "Inside, one unit silenced", "",
                        Stop.View.INSIDE, new int[] {3, 2, 1, 0, 3}, List.of(1), GateClamp.NONE),
                new Stop(snapshots.get(snapshots.size() - 1).samples(), "Where it still errs",
                        "The forget gate held open.", Stop.View.CONFUSION, new int[] {1, 1, 3, 2, 0}, List.of(),
                        GateClamp.FORGET_OPEN));
        return new Lesson(session.modelCopy(), settings, history.curves(), snapshots, stops);
    }

    /** {@code handout} in a JVM of its own, without a display, its home in target/handout. */
    static Process handoutCommand(Path lesson, Path out) throws IOException {
        Path home = FOLDER.resolve("home");
        Files.createDirectories(home);
        Path target = Path.of("target").toAbsolutePath();
        String classPath = target.resolve("classes") + ":" + Files.readString(target.resolve("runtime.classpath")).strip();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Duser.language=en", "-Duser.country=US", "-cp", classPath,
                "org.echolstm.Main", "handout", "--lesson", lesson.toString(), "--out", out.toString())
                .redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("HOME", home.toString());
        return builder.start();
    }

    @Test
    void everyPictureIsInTheFileAndDecodes() throws IOException {
        List<String> pictures = pictures(html);
        assertThat(pictures).as("the charts, three stops and the Inside view").hasSize(5);
        for (String picture : pictures) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(picture)));
            assertThat(image).isNotNull();
            assertThat(image.getWidth()).isGreaterThan(300);
            assertThat(image.getHeight()).isGreaterThan(150);
        }
    }

    @Test
    void thePageStandsAloneAndSaysWhatTheTeacherWrote() {
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .doesNotContain("<script", "<link", "http://", "https://", "@import", "url(")
                .contains("Stop 1: The untrained guess", "Stop 2: Inside, one unit silenced", "Stop 3: Where it still errs")
                .contains("<p>Loss falls &amp; accuracy rises: 1 &lt; 2.</p>")
                .contains("<p>A second paragraph, &lt;b&gt;not bold&lt;/b&gt;.</p>")
                .contains("Sequence length", "Held-out accuracy", "Expected answer", "Predicted answer", "0 1 2 3 0");
    }

    @Test
    void chromiumDrawsEveryPicture() throws Exception {
        Optional<String> chromium = chromium();
        if (chromium.isEmpty()) {
            if ("1".equals(System.getenv("JOURNEYS_REQUIRED"))) {
                fail("chromium is not installed (apt-get install chromium), and JOURNEYS_REQUIRED=1");
            }
            assumeTrue(false, "chromium is not installed");
        }
        // A copy that counts the pictures the browser decoded once the page has loaded; the handout has no script.
        Path probe = FOLDER.resolve("three-stops-probe.html");
        Files.writeString(probe, html.replace("</body>", "<script>window.addEventListener('load', () => "
                + "document.body.setAttribute('data-decoded', [...document.images].filter(i => i.complete "
                + "&& i.naturalWidth > 0).length + '/' + document.images.length));</script></body>"), StandardCharsets.UTF_8);
        String dom = browser(chromium.get(), "--virtual-time-budget=10000", "--dump-dom", probe.toUri().toString());
        assertThat(dom).contains("data-decoded=\"5/5\"");

        Path screenshot = FOLDER.resolve("three-stops.png");
        Files.deleteIfExists(screenshot);
        browser(chromium.get(), "--hide-scrollbars", "--window-size=1200,3000", "--screenshot=" + screenshot,
                handout.toUri().toString());
        BufferedImage page = ImageIO.read(screenshot.toFile());
        assertThat(page.getWidth()).isEqualTo(1200);
        assertThat(colouredShare(page)).as("the share of the page that is pictures, not white").isGreaterThan(0.01);
    }

    private static String browser(String chromium, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + FOLDER.resolve("chromium-profile")));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(FOLDER.resolve("chromium.log").toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("chromium (see target/handout/chromium.log)").isZero();
        return out;
    }

    /** The share of pixels that are neither near white nor grey: the charts and heatmaps. */
    private static double colouredShare(BufferedImage image) {
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                    coloured++;
                }
            }
        }
        return coloured / ((image.getWidth() / 2.0) * (image.getHeight() / 2.0));
    }

    public static List<String> pictures(String page) {
        List<String> pictures = new ArrayList<>();
        Matcher m = Pattern.compile("<img [^>]*src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(page);
        while (m.find()) {
            pictures.add(m.group(1));
        }
        return pictures;
    }

    private static Optional<String> chromium() {
        return Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(System.getenv("PATH").split(":")).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).map(Path::toString).findFirst();
    }
}
