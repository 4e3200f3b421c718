package org.echolstm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echolstm.model.EchoModel;
import org.echolstm.model.LstmProbe;
import org.echolstm.model.PlainRnn;
import org.echolstm.training.LessonFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;
    static Path model;
    static JsonNode trainFinal;

    record Result(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }

        JsonNode lastJson() throws Exception {
            List<String> lines = lines();
            return JSON.readTree(lines.get(lines.size() - 1));
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = EchoCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(status, out.toString(), err.toString());
    }

    @BeforeAll
    static void trainAnEasyModel() throws Exception {
        model = folder.resolve("easy.zip");
        Result result = run("train", "--length", "4", "--features", "5", "--index", "2", "--units", "16",
                "--lr", "0.02", "--batch", "32", "--target", "0.95", "--seed", "1", "--json", "--out", model.toString());
        assertThat(result.status()).as(result.err()).isZero();
        trainFinal = result.lastJson();
    }

    @Test
    void trainPrintsAFinalJsonObjectAndSavesTheModel() {
        assertThat(trainFinal.get("event").asText()).isEqualTo("final");
        assertThat(trainFinal.get("reason").asText()).isEqualTo("TARGET_REACHED");
        assertThat(trainFinal.get("accuracy").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(trainFinal.get("samples").asLong()).isPositive();
        assertThat(trainFinal.get("loss").asDouble()).isPositive();
        assertThat(trainFinal.get("seconds").asDouble()).isPositive();
        assertThat(Files.exists(model)).isTrue();
    }

    @Test
    void evaluateConfirmsTheAccuracyOnFreshSamples() throws Exception {
        Result result = run("evaluate", "--model", model.toString(), "--samples", "2000", "--json");
        assertThat(result.status()).isZero();
        JsonNode json = result.lastJson();
        assertThat(json.get("accuracy").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(json.get("samples").asInt()).isEqualTo(2000);
        assertThat(json.get("correct").asInt()).isEqualTo((int) Math.round(json.get("accuracy").asDouble() * 2000));
    }

    @Test
    void evaluatePrintsASentenceWithoutJson() {
        Result result = run("evaluate", "--model", model.toString(), "--samples", "100");
        assertThat(result.out()).startsWith("Held-out accuracy ").contains("of 1,000 held-out samples")
                .contains("4/5/2").contains("of 100 fresh samples");
    }

    @Test
    void evaluateAndTrainReportTheSameHeldOutAccuracy() throws Exception {
        JsonNode evaluated = run("evaluate", "--model", model.toString(), "--json").lastJson();
        assertThat(evaluated.get("heldOutSamples").asInt()).isEqualTo(1000);
        assertThat(evaluated.get("samples").asInt()).isEqualTo(1000);
        assertThat(evaluated.get("heldOutAccuracy").asDouble()).isEqualTo(trainFinal.get("accuracy").asDouble());
        assertThat(evaluated.get("accuracy").asDouble()).isEqualTo(trainFinal.get("accuracy").asDouble());
    }

    @Test
    void predictEchoesTheValueAtTheIndex() throws Exception {
        Result result = run("predict", "--model", model.toString(), "--sequence", "1,4,3,0", "--json");
        assertThat(result.status()).as(result.err()).isZero();
        JsonNode json = result.lastJson();
        assertThat(json.get("expected").asInt()).isEqualTo(3);
        assertThat(json.get("predicted").asInt()).isBetween(0, 4);
        assertThat(json.get("top")).hasSize(3);
    }

    @Test
    void inspectGivesTheGradientFlowOfEveryStep() throws Exception {
        Result result = run("inspect", "--model", model.toString(), "--sequence", "1 4 3 0", "--json");
        assertThat(result.status()).as(result.err()).isZero();
        JsonNode steps = result.lastJson().get("steps");
        assertThat(steps).hasSize(4);
        int[] sequence = {1, 4, 3, 0};
        EchoModel opened = LessonFiles.openModel(model);
        double[] lstm = new LstmProbe(opened).gradientNorms(sequence, 3);
        double[] rnn = new PlainRnn(opened.task(), opened.settings()).inputGradient().norms(sequence, 3);
        for (int t = 0; t < 4; t++) {
            assertThat(steps.get(t).get("gradient").asDouble()).isEqualTo(lstm[t]).isPositive();
            assertThat(steps.get(t).get("rnnGradient").asDouble()).isEqualTo(rnn[t]).isPositive();
        }
    }

    @Test
    void inspectShowsGatesStatesAndInfluencePerStep() throws Exception {
        Result result = run("inspect", "--model", model.toString(), "--sequence", "1,4,3,0", "--json");
        assertThat(result.status()).as(result.err()).isZero();
        JsonNode json = result.lastJson();
        assertThat(json.get("echoIndex").asInt()).isEqualTo(2);
        assertThat(json.get("expected").asInt()).isEqualTo(3);
        assertThat(json.get("steps")).hasSize(4);
        JsonNode step = json.get("steps").get(2);
        assertThat(step.get("value").asInt()).isEqualTo(3);
        for (String quantity : new String[] {"inputGate", "forgetGate", "outputGate", "candidate", "cellState",
                "hiddenState"}) {
            assertThat(step.get(quantity)).as(quantity).hasSize(16);
        }
        // The trained model's answer depends on the echoed step more than on any other.
        double atEcho = step.get("influence").asDouble();
        for (int t : new int[] {0, 1, 3}) {
            assertThat(json.get("steps").get(t).get("influence").asDouble()).isLessThan(atEcho);
        }
        Result text = run("inspect", "--model", model.toString(), "--sequence", "1,4,3,0");
        assertThat(text.out()).contains("<- echo index").contains("|dL/dx| LSTM");
        Result bad = run("inspect", "--model", model.toString(), "--sequence", "1,4,3");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).startsWith("Invalid value for --sequence: sequence must have 4 values (had 3)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,2,3        | Invalid value for --sequence: sequence must have 4 values (had 3)",
            "1,2,3,5      | Invalid value for --sequence: sequence value 4 must be between 0 and 4 (was 5)",
            "1,x,3,4      | Invalid value for --sequence: value 2 ('x') is not a whole number",
    })
    void predictRefusesABadSequence(String sequence, String message) {
        Result result = run("predict", "--model", model.toString(), "--sequence", sequence);
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().lines().findFirst()).contains(message);
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--length 0              | Invalid value for --length: sequence length must be between 1 and 1,000 (was 0)",
            "--features 1            | Invalid value for --features: features must be between 2 and 1,000 (was 1)",
            "--length 10 --index 10  | Invalid value for --index: echo index must be between 0 and 9 (was 10)",
            "--units 0               | Invalid value for --units: LSTM units must be between 1 and 512 (was 0)",
            "--lr 0                  | Invalid value for --lr: learning rate must be between 0.000001 and 10 (was 0)",
            "--batch 0               | Invalid value for --batch: batch size must be between 1 and 4,096 (was 0)",
            "--target 1.5            | Invalid value for --target: target accuracy must be between 0 and 1 (was 1.5)",
            "--samples -5            | Invalid value for --samples: samples must be between 0 and 1,000,000,000 (was -5)",
            "--length abc            | Invalid value for option '--length': 'abc' is not an int",
            "--optimizer foo         | Invalid value for option '--optimizer': 'foo' is not an optimizer; choose Adam, SGD, RMSProp or Nesterov",
    })
    void badTrainArgumentsNameTheFlagAndRangeWithStatusTwo(String args, String message) {
        Result result = run(("train " + args).split(" "));
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().lines().findFirst()).contains(message);
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "evaluate --samples 0                | Invalid value for --samples: samples must be between 1 and 1,000,000 (was 0)",
            "bench --runs 0                      | Invalid value for --runs: runs must be between 1 and 100 (was 0)",
            "bench --ui-seconds 3601             | Invalid value for --ui-seconds: seconds must be between 1 and 3,600 (was 3,601)",
            "screenshot --out x.png --samples -1 | Invalid value for --samples: samples must be between 0 and 10,000,000 (was -1)",
            "screenshot --out x.png --theme pink | Invalid theme: pink (light, dark or contrast)",
            "screenshot --out x.png --samples 5000 --replay 6000 | Invalid value for --replay: samples must be between 0 and 5,000 (was 6,000)",
    })
    void rangeErrorsOfTheOtherCommandsNameTheFlagWithStatusTwo(String args, String message) {
        String withModel = args.startsWith("evaluate") ? args + " --model " + model : args;
        Result result = run(withModel.split(" "));
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().lines().toList()).containsExactly(message,
                "Run 'echo-lstm " + args.substring(0, args.indexOf(' ')) + " --help' for the options.");
    }

    @ParameterizedTest
    @CsvSource({"evaluate", "predict", "inspect", "export"})
    void everyCommandThatReadsAModelAsksForTheFileTheSameWay(String command) {
        Result help = run(command, "--help");
        assertThat(help.out()).containsPattern("--model=FILE +The model \\(or lesson\\) file\\.");
        Result missing = run(command);
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().lines().findFirst().orElse("")).startsWith("Missing required option")
                .contains("'--model=FILE'");
    }

    @Test
    void unreadableModelIsOneSentenceAndStatusOne() throws Exception {
        Path junk = folder.resolve("junk.zip");
        Files.writeString(junk, "not a model");
        Result result = run("evaluate", "--model", junk.toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip())
                .isEqualTo("Cannot open the model: junk.zip is not a model file (not a readable zip archive).");
    }

    @Test
    void continuingAModelKeepsItsTaskAndAddsSamples() throws Exception {
        Path continued = folder.resolve("more.zip");
        Result result = run("train", "--model", model.toString(), "--samples",
                String.valueOf(trainFinal.get("samples").asLong() + 64), "--json", "--out", continued.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.lastJson().get("samples").asLong()).isEqualTo(trainFinal.get("samples").asLong() + 64);
        assertThat(run("train", "--model", model.toString(), "--length", "5").status()).isEqualTo(2);
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version").out()).startsWith("Echo LSTM Explorer ");
        Result help = run("train", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--length", "--features", "--index", "--units", "--batch", "--lr",
                "--optimizer", "--seed", "--samples", "--target", "--eval-samples", "--out", "--json");
    }

    @Test
    void helpListsEveryCommandThoughARunRegistersOnlyItsOwn() {
        Result overview = run("--help");
        assertThat(overview.status()).isZero();
        assertThat(overview.out()).contains("train", "evaluate", "predict", "inspect", "export", "screenshot",
                "bench", "sweep", "help");
        Result helpTrain = run("help", "train");
        assertThat(helpTrain.status()).isZero();
        assertThat(helpTrain.out()).startsWith("Usage: echo-lstm train").contains("--eval-samples");
        assertThat(run("train", "--help").out()).startsWith("Usage: echo-lstm train");
    }

    @Test
    void theTrainingRunForTheStartUpCacheIsNotListed() {
        assertThat(run("--help").out()).doesNotContain("training-run");
        Result none = run();
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("Missing command: choose one of train, evaluate").doesNotContain("training-run");
        assertThat(run("training-run", "--help").out()).startsWith("Usage: echo-lstm training-run");
    }

    @Test
    void onlyARunThatTrainsWarmsTheEngineUp() {
        assertThat(EchoCommand.trains("train", "--target", "0.99")).isTrue();
        assertThat(EchoCommand.trains("sweep", "--setting", "units")).isTrue();
        assertThat(EchoCommand.trains("train", "--help")).isFalse();
        assertThat(EchoCommand.trains("predict", "--model", "m.zip")).isFalse();
        assertThat(EchoCommand.trains()).isFalse();
    }

    @Test
    void noCommandIsAUsageError() {
        Result result = run("bogus");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("Unmatched argument");
    }
}
