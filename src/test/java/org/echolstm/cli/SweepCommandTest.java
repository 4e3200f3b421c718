package org.echolstm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sweep command: one JSON object per value, a readable table, bad values named with their flag. */
class SweepCommandTest {
    private static final String EASY = "--length 4 --features 5 --units 16 --lr 0.02 --target 0.95 --seeds 2";

    record Result(int status, String out, String err) {
    }

    static Result run(String args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = EchoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args.split(" "));
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void jsonHasOneObjectPerValueWithSamplesPerSeedAndTheRnnWhenAsked() throws Exception {
        Result result = run("sweep --vary index --values 0,3 --max-samples 20000 --rnn --json " + EASY);
        assertThat(result.status()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("value").asText()).isEqualTo("0");
        assertThat(first.get("samples")).hasSize(2);
        assertThat(first.get("samples").get(0).asLong()).isPositive();
        assertThat(first.get("median").asDouble()).isPositive();
        assertThat(first.get("rnn").get("samples")).hasSize(2);
        assertThat(json.readTree(lines.get(1)).get("value").asText()).isEqualTo("3");
    }

    @Test
    void runsThatHitTheCapAreNullInJsonAndADashInTheTable() throws Exception {
        Result json = run("sweep --vary units --values 16 --max-samples 64 --json " + EASY);
        JsonNode point = new ObjectMapper().readTree(json.out().lines().findFirst().orElseThrow());
        assertThat(point.get("samples").get(0).isNull()).isTrue();
        assertThat(point.get("median").isNull()).isTrue();
        assertThat(point.has("rnn")).isFalse();

        Result table = run("sweep --vary units --values 16 --max-samples 64 " + EASY);
        assertThat(table.status()).isZero();
        assertThat(table.out()).contains("units").containsPattern("(?m)^16 +- - +-$")
                .contains("'-' = did not reach 95 % within 64 samples");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--vary index --values 0,12 --length 10 | Invalid value for --values: echo distance from the end must be between 0 and 9 (was 12)",
            "--vary units --values 0                | Invalid value for --values: LSTM units must be between 1 and 512 (was 0)",
            "--vary lr --values fast                | Invalid value for --values: 'fast' is not a number",
            "--vary index --values 1 --seeds 0      | Invalid value for --seeds: seeds must be between 1 and 50 (was 0)",
            "--vary index --values 1 --max-samples 0 | Invalid value for --max-samples: samples must be between 1 and 1,000,000,000 (was 0)",
            "--vary colour --values 1               | Invalid value for option '--vary': 'colour' is not a setting to vary; choose index, length, units, lr, batch or optimizer",
    })
    void badValuesNameTheFlagAndTheRangeWithStatusTwo(String args, String message) {
        Result result = run("sweep " + args);
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().lines().findFirst()).contains(message);
    }
}
