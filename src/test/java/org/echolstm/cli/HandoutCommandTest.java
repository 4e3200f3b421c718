package org.echolstm.cli;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.echolstm.model.dl4j.ModelFiles;
import org.echolstm.training.Lesson;
import org.echolstm.training.LessonFiles;
import org.echolstm.training.MetricHistory;
import org.echolstm.training.StopRule;
import org.echolstm.training.TrainingSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echolstm.cli.CliTest.run;

/**
 * What the handout command refuses before it opens a window: one sentence on standard error, a
 * non-zero exit, no stack trace. (The handout itself: {@code HandoutInBrowserTest}.)
 */
class HandoutCommandTest {
    @TempDir
    static Path folder;
    static Path lesson;

    @BeforeAll
    static void saveALesson() throws Exception {
        lesson = folder.resolve("small.echolesson");
        EchoModel model = new EchoModel(new EchoTask(5, 4, 2), new ModelSettings(3, Optimizer.ADAM, 0.01, 1));
        LessonFiles.save(new Lesson(model, new TrainingSettings(4, StopRule.samples(64)),
                new MetricHistory().curves(), List.of()), lesson, "test");
    }

    @Test
    void aMissingLessonIsNamed() {
        CliTest.Result result = run("handout", "--lesson", folder.resolve("nowhere.echolesson").toString(),
                "--out", folder.resolve("h.html").toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("Cannot open the lesson: " + folder.resolve("nowhere.echolesson")
                + " does not exist.");
    }

    @Test
    void aFileThatIsNoLessonIsRefusedInOneSentence() throws Exception {
        Path text = folder.resolve("notes.echolesson");
        Files.writeString(text, "not a lesson at all");
        CliTest.Result result = run("handout", "--lesson", text.toString(), "--out", folder.resolve("h.html").toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).startsWith("Cannot open the lesson: ").doesNotContain("Exception", "\tat ");
        assertThat(result.err().strip().lines()).hasSize(1);
    }

    @Test
    void aDamagedLessonIsRefusedInOneSentence() throws Exception {
        Path damaged = folder.resolve("damaged.echolesson");
        byte[] bytes = Files.readAllBytes(lesson);
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CliTest.Result result = run("handout", "--lesson", damaged.toString(), "--out", folder.resolve("h.html").toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).startsWith("Cannot open the lesson: ").doesNotContain("Exception", "\tat ");
        assertThat(result.err().strip().lines()).hasSize(1);
    }

    @Test
    void anOutInAFolderThatDoesNotExistIsNamed() {
        Path out = folder.resolve("no-such-folder").resolve("h.html");
        CliTest.Result result = run("handout", "--lesson", lesson.toString(), "--out", out.toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("Cannot write " + out + ": the folder " + out.getParent()
                + " does not exist.");
    }

    @Test
    void anOutThatIsAFolderIsNamed() {
        CliTest.Result result = run("handout", "--lesson", lesson.toString(), "--out", folder.toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("Cannot write " + folder + ": it is a folder.");
    }

    @Test
    void bothFilesAreRequired() {
        CliTest.Result result = run("handout", "--lesson", lesson.toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required option: '--out=FILE.html'");
    }

    @Test
    void itsHelpSaysHowItDraws() {
        CliTest.Result result = run("handout", "--help");
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("--lesson=FILE", "--out=FILE.html", "xvfb-run -a");
    }
}
