package org.echolstm.model.dl4j;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.ModelFileException.Problem;
import org.echolstm.model.FileEntries;
import org.echolstm.model.FileEntries.Damage;
import org.echolstm.model.TrainedModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echolstm.model.FileEntries.append;
import static org.echolstm.model.FileEntries.remove;
import static org.echolstm.model.FileEntries.set;
import static org.echolstm.model.FileEntries.text;

/**
 * A model file whose task description, network configuration or arrays have the wrong shape is
 * refused when it is opened, with one sentence that says what is wrong: never an exception of
 * another kind, never a model that shows or trains on nonsense.
 */
class MalformedModelFilesTest {
    private static final String METADATA = ModelFiles.METADATA_ENTRY;
    private static final String CONFIGURATION = ModelFiles.CONFIGURATION_ENTRY;

    @TempDir
    static Path folder;
    private static Path valid;

    @BeforeAll
    static void saveAValidModel() throws IOException {
        valid = folder.resolve("valid.zip");
        ModelFiles.save(TrainedModels.trained(new EchoTask(5, 4, 2), 3, 2, 7), valid, "test");
    }

    static Stream<Damage> damages() {
        return Stream.of(
                metadata("null", text("null"), Problem.TASK_NOT_AN_OBJECT, "is null, not a JSON object"),
                metadata("a list", text("[1, 2]"), Problem.TASK_NOT_AN_OBJECT, "is a list, not a JSON object"),
                metadata("a text", text("\"5/4/2\""), Problem.TASK_NOT_AN_OBJECT, "is a text, not a JSON object"),
                metadata("a number", text("42"), Problem.TASK_NOT_AN_OBJECT, "is a number, not a JSON object"),
                metadata("a boolean", text("true"), Problem.TASK_NOT_AN_OBJECT, "is true, not a JSON object"),
                metadata("empty", text(""), Problem.TASK_NOT_JSON, "not valid JSON"),
                metadata("cut short", text("{\"formatVersion\": 1, \"task\": {"), Problem.TASK_NOT_JSON, "not valid JSON"),
                metadata("followed by more", append(" {}"), Problem.TASK_NOT_JSON, "not valid JSON"),
                metadata("an empty object", text("{}"), Problem.TASK_INCOMPLETE, "lacks formatVersion"),
                metadata("no task", remove("/task"), Problem.TASK_INCOMPLETE, "lacks task"),
                metadata("no echo index", remove("/task/echoIndex"), Problem.TASK_INCOMPLETE, "lacks task.echoIndex"),
                metadata("no samples trained", remove("/samplesTrained"), Problem.TASK_INCOMPLETE, "lacks samplesTrained"),
                metadata("task null", set("/task", "null"), Problem.TASK_WRONG_TYPE, "task is not an object"),
                metadata("task a list", set("/task", "[5, 4, 2]"), Problem.TASK_WRONG_TYPE, "task is not an object"),
                metadata("settings a text", set("/settings", "\"Adam\""), Problem.TASK_WRONG_TYPE, "settings is not an object"),
                metadata("length a text", set("/task/length", "\"5\""), Problem.TASK_WRONG_TYPE,
                        "task.length is not a whole number"),
                metadata("length a fraction", set("/task/length", "5.5"), Problem.TASK_WRONG_TYPE,
                        "task.length is not a whole number"),
                metadata("length 1e400", set("/task/length", "1e400"), Problem.TASK_WRONG_TYPE,
                        "task.length is not a whole number"),
                metadata("length null", set("/task/length", "null"), Problem.TASK_WRONG_TYPE,
                        "task.length is not a whole number"),
                metadata("length a list", set("/task/length", "[5]"), Problem.TASK_WRONG_TYPE,
                        "task.length is not a whole number"),
                metadata("length past int", set("/task/length", "99999999999"), Problem.TASK_WRONG_TYPE,
                        "task.length is not a whole number between -2147483648 and 2147483647"),
                metadata("samples past long", set("/samplesTrained", "99999999999999999999"), Problem.TASK_WRONG_TYPE,
                        "samplesTrained is not a whole number between -9223372036854775808 and 9223372036854775807"),
                metadata("length negative", set("/task/length", "-5"), Problem.TASK_INVALID,
                        "sequence length must be between 1 and 1,000 (was -5)"),
                metadata("units an object", set("/settings/units", "{}"), Problem.TASK_WRONG_TYPE,
                        "settings.units is not a whole number"),
                metadata("optimizer unknown", set("/settings/optimizer", "\"FOO\""), Problem.TASK_WRONG_TYPE,
                        "settings.optimizer is not one of ADAM, SGD, RMSPROP, NESTEROV"),
                metadata("optimizer a number", set("/settings/optimizer", "1"), Problem.TASK_WRONG_TYPE,
                        "settings.optimizer is not one of"),
                metadata("optimizer null", set("/settings/optimizer", "null"), Problem.TASK_WRONG_TYPE,
                        "settings.optimizer is not one of"),
                metadata("learning rate 1e400", set("/settings/learningRate", "1e400"), Problem.TASK_INVALID,
                        "learning rate must be between 0.000001 and 10 (was Infinity)"),
                metadata("learning rate NaN", set("/settings/learningRate", "\"NaN\""), Problem.TASK_INVALID,
                        "learning rate must be between 0.000001 and 10 (was NaN)"),
                metadata("learning rate a text", set("/settings/learningRate", "\"0.01\""), Problem.TASK_WRONG_TYPE,
                        "settings.learningRate is not a number"),
                metadata("seed 1e30", set("/settings/seed", "1e30"), Problem.TASK_WRONG_TYPE,
                        "settings.seed is not a whole number"),
                metadata("samples negative", set("/samplesTrained", "-5"), Problem.TASK_INVALID,
                        "samples trained must be between 0 and 1,000,000,000,000,000 (was -5)"),
                metadata("samples absurd", set("/samplesTrained", "9223372036854775807"), Problem.TASK_INVALID,
                        "samples trained must be between 0 and"),
                metadata("samples a text", set("/samplesTrained", "\"12\""), Problem.TASK_WRONG_TYPE,
                        "samplesTrained is not a whole number"),
                metadata("version from the future", set("/formatVersion", "2"), Problem.NEWER_VERSION, "newer version"),
                metadata("version from the far future", set("/formatVersion", "99999999999999999999"),
                        Problem.NEWER_VERSION, "newer version"),
                metadata("version 0", set("/formatVersion", "0"), Problem.TASK_INVALID,
                        "format version must be between 1 and 1 (was 0)"),
                metadata("version a text", set("/formatVersion", "\"1\""), Problem.TASK_WRONG_TYPE,
                        "formatVersion is not a whole number"),
                metadata("version 1e400", set("/formatVersion", "1e400"), Problem.TASK_WRONG_TYPE,
                        "formatVersion is not a whole number"),
                metadata("app version an object", set("/appVersion", "{}"), Problem.TASK_WRONG_TYPE,
                        "appVersion is not a text"),
                metadata("an unknown field", set("/units", "3"), Problem.TASK_UNKNOWN_FIELD, "does not know (units)"),
                metadata("a field twice", json -> new String(json).replaceFirst("\\{", "{\"formatVersion\": 1,")
                        .getBytes(), Problem.TASK_NOT_JSON, "not valid JSON"),

                configuration("null", text("null"), Problem.NOT_A_LAYER_STACK, "not a DL4J layer stack"),
                configuration("a list", text("[]"), Problem.NOT_A_LAYER_STACK, "not a DL4J layer stack"),
                configuration("a text", text("\"LSTM\""), Problem.NOT_A_LAYER_STACK, "not a DL4J layer stack"),
                configuration("a number", text("1"), Problem.NOT_A_LAYER_STACK, "not a DL4J layer stack"),
                configuration("an empty object", text("{}"), Problem.NOT_A_LAYER_STACK, "not a DL4J layer stack"),
                configuration("empty", text(""), Problem.CONFIGURATION_NOT_JSON, "not valid JSON"),
                configuration("layers null", set("/confs", "null"), Problem.NOT_A_LAYER_STACK, "not a DL4J layer stack"),
                configuration("a layer null", set("/confs/0", "null"), Problem.NOT_A_LAYER_STACK,
                        "not a DL4J layer stack"),
                configuration("the LSTM null", set("/confs/0/layer/underlying", "null"), Problem.OTHER_NETWORK,
                        "other than an LSTM"),
                configuration("inputs a text", set("/confs/0/layer/underlying/nin", "\"x\""), Problem.NOT_A_LAYER_STACK,
                        "not a DL4J layer stack"),
                configuration("inputs negative", set("/confs/0/layer/underlying/nin", "-4"), Problem.UNSUPPORTED_SETTING,
                        "layer sizes"),
                configuration("learning rate 1e400", set("/confs/0/layer/underlying/iupdater/learningRate", "1e400"),
                        Problem.UNSUPPORTED_SETTING, "learning rate must be a positive number (was Infinity)"),
                configuration("learning rate negative", set("/confs/1/layer/iupdater/learningRate", "-1"),
                        Problem.UNSUPPORTED_SETTING, "learning rate must be a positive number (was -1)"),
                configuration("learning rate null", set("/confs/0/layer/underlying/iupdater/learningRate", "null"),
                        Problem.UNSUPPORTED_SETTING, "learning rate must be a positive number (was 0)"),
                configuration("beta1 above 1", set("/confs/0/layer/underlying/iupdater/beta1", "7"),
                        Problem.UNSUPPORTED_SETTING, "Adam's beta1 must be at least 0 and below 1 (was 7)"),
                configuration("epsilon 0", set("/confs/1/layer/iupdater/epsilon", "0"),
                        Problem.UNSUPPORTED_SETTING, "Adam's epsilon must be a positive number (was 0)"),
                configuration("the output's weight initialisation null", set("/confs/1/layer/weightInitFn", "null"),
                        Problem.UNSUPPORTED_SETTING, "no weight initialisation"),
                configuration("the LSTM's weight initialisation null", set("/confs/0/layer/underlying/weightInitFn", "null"),
                        Problem.UNSUPPORTED_SETTING, "no weight initialisation"),
                configuration("iterations negative", set("/iterationCount", "-3"), Problem.UNSUPPORTED_SETTING,
                        "iteration count must be between 0 and"),
                configuration("softmax clipping 0.4", set("/confs/1/layer/lossFn/softmaxClipEps", "0.4"),
                        Problem.UNSUPPORTED_SETTING, "softmax clipping must be between 0 and 0.001 (was 0.4)"),
                configuration("another learning rate than the task's",
                        set("/confs/0/layer/underlying/iupdater/learningRate", "0.5"), Problem.CONFIGURATION_MISMATCH,
                        "trains with Adam at 0.5, its task description says Adam at 0.01"),
                configuration("another optimizer than the task's", set("/confs/0/layer/underlying/iupdater",
                        "{\"@class\": \"org.nd4j.linalg.learning.config.Sgd\", \"learningRate\": 0.01}"),
                        Problem.CONFIGURATION_MISMATCH, "trains with SGD at 0.01, its task description says Adam at 0.01"));
    }

    private static Damage metadata(String what, UnaryOperator<byte[]> change, Problem problem, String names) {
        return new Damage(METADATA, what, change, problem, names);
    }

    private static Damage configuration(String what, UnaryOperator<byte[]> change, Problem problem, String names) {
        return new Damage(CONFIGURATION, what, change, problem, names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void isRefusedWithOneSentenceSayingWhatIsWrong(Damage damage) {
        Path file = damage.applyTo(valid, folder.resolve("damaged.zip"));
        damage.assertRefusedInOneSentence("a model", () -> ModelFiles.open(file));
    }

    /**
     * Weights and optimizer state that are not finite numbers are no wrong shape: a diverged run can
     * leave them (RandomFaultsTest opens such a model and sees its training stop by itself).
     */
    @Test
    void weightsThatAreNotFiniteNumbersOpen() throws IOException {
        Path file = FileEntries.copyChanging(valid, folder.resolve("nan.zip"), "coefficients.bin",
                FileEntries.floatFromEnd(1, Float.NaN));
        float[] parameters = ModelFiles.open(file).parameters();
        assertThat(parameters[parameters.length - 1]).isNaN();
    }
}
