package org.echolstm.cli;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.FileEntries;
import org.echolstm.model.TrainedModels;
import org.echolstm.training.Lesson;
import org.echolstm.training.LessonFiles;
import org.echolstm.training.MetricHistory;
import org.echolstm.training.MetricHistory.Point;
import org.echolstm.training.Snapshot;
import org.echolstm.training.StopRule;
import org.echolstm.training.TrainingSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echolstm.model.FileEntries.set;
import static org.echolstm.model.FileEntries.text;

/**
 * Every command that reads a model answers a damaged model or lesson file with one line that
 * says what is wrong and exit status 1: no stack trace, no "Unexpected error".
 */
class DamagedFileCliTest {
    @TempDir
    static Path folder;
    private static Path lesson;

    @BeforeAll
    static void saveALesson() throws Exception {
        EchoModel model = TrainedModels.trained(new EchoTask(4, 5, 2), 4, 2, 3);
        MetricHistory.Curves curves = new MetricHistory.Curves(List.of(new Point(16, 1.5)), List.of(new Point(16, 1.5)),
                List.of(new Point(16, 0.25)), List.of(new Point(16, 0.5)), 1);
        lesson = folder.resolve("lesson.echolesson");
        LessonFiles.save(new Lesson(model, new TrainingSettings(4, StopRule.samples(64)), curves,
                List.of(new Snapshot(16, 0.5, true, model.parameters()))), lesson, "test");
    }

    static Stream<Arguments> damagedFiles() {
        return Stream.of(
                damaged("echo-lstm.json", text("null"),
                        "The model file's task description is null, not a JSON object."),
                damaged("echo-lstm.json", set("/samplesTrained", "-5"),
                        "The model file's task is invalid: samples trained must be between 0 and 1,000,000,000,000,000 "
                                + "(was -5)."),
                damaged("echo-lstm.json", set("/task/echoIndex", "\"2\""),
                        "In the model file's task description, task.echoIndex is not a whole number."),
                damaged("configuration.json", text("[]"),
                        "The model file's network configuration is not a DL4J layer stack."),
                damaged("configuration.json", set("/confs/0/layer/underlying/iupdater/learningRate", "1e400"),
                        "The model file's network uses a setting this application cannot train with: the learning "
                                + "rate must be a positive number (was Infinity)."),
                damaged("echo-lstm-lesson.json", text("null"),
                        "The lesson's settings and history are null, not a JSON object."),
                damaged("echo-lstm-lesson.json", set("/history/heldOutAccuracy/0/value", "5"),
                        "The lesson's settings and history are invalid: history.heldOutAccuracy[0].value must be "
                                + "between 0 and 1 (was 5)."),
                damaged("echo-lstm-timeline.bin", bytes -> Arrays.copyOf(bytes, bytes.length - 4),
                        "The lesson's timeline holds 736 bytes but should hold 740 (snapshots listed: 1; parameters each: 185)."));
    }

    private static Arguments damaged(String entry, UnaryOperator<byte[]> change, String sentence) {
        return Arguments.of(entry, change, sentence);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("damagedFiles")
    void evaluateSaysInOneLineWhatIsWrong(String entry, UnaryOperator<byte[]> change, String sentence) {
        Path file = FileEntries.copyChanging(lesson, folder.resolve("damaged.echolesson"), entry, change);
        CliTest.Result result = CliTest.run("evaluate", "--model", file.toString());
        assertOneLineFailure(result, sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "predict --sequence 1,4,3,0",
            "inspect --sequence 1,4,3,0",
            "export --format json --out weights.json",
            "train --samples 64",
    })
    void everyCommandThatReadsAModelSaysItTheSameWay(String command) {
        Path file = FileEntries.copyChanging(lesson, folder.resolve("null-task.echolesson"), "echo-lstm.json",
                text("null"));
        String[] words = command.split(" ");
        String[] args = Stream.concat(Stream.of(words[0], "--model", file.toString()),
                Arrays.stream(words).skip(1).map(w -> w.endsWith(".json") ? folder.resolve(w).toString() : w))
                .toArray(String[]::new);
        assertOneLineFailure(CliTest.run(args), "The model file's task description is null, not a JSON object.");
    }

    private static void assertOneLineFailure(CliTest.Result result, String sentence) {
        assertThat(result.status()).as(result.err()).isEqualTo(1);
        assertThat(result.err().lines().toList()).containsExactly("Cannot open the model: " + sentence);
        assertThat(result.out() + result.err()).doesNotContain("Exception").doesNotContain("at org.")
                .doesNotContain("Unexpected error");
    }
}
