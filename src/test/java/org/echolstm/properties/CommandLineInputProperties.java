package org.echolstm.properties;

import org.echolstm.echo.Bounds;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.echolstm.AppInfo;
import org.echolstm.cli.EchoCommand;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.model.dl4j.ModelFiles;
import org.echolstm.model.ModelSettings;
import org.echolstm.training.StopRule;
import org.echolstm.training.TrainingCost;
import org.echolstm.training.TrainingSettings;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever is passed on the command line, it trains or says which flag is wrong: never a stack trace. */
class CommandLineInputProperties {
    private static Path model;
    private static byte[] modelBytes;

    @BeforeContainer
    static void saveAModel() throws Exception {
        model = Files.createTempFile("echo-property", ".zip");
        ModelFiles.save(new EchoModel(new EchoTask(5, 6, 2), ModelSettings.NOTEBOOK), model, AppInfo.VERSION);
        modelBytes = Files.readAllBytes(model);
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = EchoCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args.toArray(String[]::new));
        return new Run(status, out.toString(), err.toString());
    }

    @Provide
    Arbitrary<String> number() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-3, 40).map(String::valueOf),
                Arbitraries.of("0", "-1", "1001", "4097", "abc", "", "1.5", "1e2", "99999999999", "NaN", "--json"));
    }

    @Provide
    Arbitrary<String> rate() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-1, 12).map(String::valueOf),
                Arbitraries.of("0", "1e-7", "abc", "Infinity", "-0.0", "0.01"));
    }

    @Property(tries = 150)
    void trainEitherRunsOrNamesTheWrongFlag(@ForAll("number") String length, @ForAll("number") String features,
                                            @ForAll("number") String index, @ForAll("number") String units,
                                            @ForAll("number") String batch, @ForAll("rate") String lr,
                                            @ForAll("number") String samples, @ForAll("rate") String target) {
        List<String> args = new ArrayList<>(List.of("train", "--json", "--eval-samples", "20", "--length", length,
                "--features", features, "--index", index, "--units", units, "--batch", batch, "--lr", lr,
                "--samples", samples, "--target", target));
        Run result = run(args);
        assertThat(result.status()).as(String.join(" ", args)).isIn(0, 1, 2);
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
        if (result.status() == 2) {
            String first = result.err().lines().findFirst().orElse("");
            assertThat(first).matches("(Invalid value for (option '--[a-z-]+'|--[a-z-]+): .*|Missing required .*"
                    + "|Unmatched argument.*|Expected parameter.*)");
        } else if (result.status() == 0) {
            assertThat(result.out().lines().reduce((a, b) -> b).orElse("")).contains("\"event\":\"final\"");
        } else {
            // Only a diverged run ends with status 1, and says so.
            assertThat(result.out()).contains("DIVERGED");
        }
    }

    /** One flag's value: its text and whether the documented range allows it. */
    record Flag(String name, String value, boolean valid, String range) {
    }

    private static Arbitrary<Flag> whole(String name, int min, int max) {
        return Arbitraries.oneOf(Arbitraries.integers().between(min - 2, Math.min(max + 2, min + 10)),
                        Arbitraries.of(max, max + 1))
                .map(v -> new Flag(name, Integer.toString(v), v >= min && v <= max,
                        "between " + Bounds.grouped(min) + " and " + Bounds.grouped(max)));
    }

    @Provide
    Arbitrary<List<Flag>> trainFlags() {
        Arbitrary<Flag> lr = Arbitraries.of("0.01", "1e-6", "10", "0", "1e-7", "10.5", "-0.5")
                .map(v -> new Flag("--lr", v, Double.parseDouble(v) >= 1e-6 && Double.parseDouble(v) <= 10,
                        "between 0.000001 and 10"));
        return Combinators.combine(whole("--length", 1, 1000), whole("--features", 2, 1000), whole("--index", 0, 999),
                        whole("--units", 1, 512), whole("--batch", 1, 4096), lr)
                .as((length, features, index, units, batch, rate) -> {
                    int lengthValue = Integer.parseInt(length.value());
                    Flag indexInTask = length.valid()
                            ? new Flag("--index", index.value(), Integer.parseInt(index.value()) >= 0
                                    && Integer.parseInt(index.value()) < lengthValue, "between 0 and " + (lengthValue - 1))
                            : new Flag("--index", index.value(), Integer.parseInt(index.value()) >= 0, "between 0 and ");
                    List<Flag> all = List.of(length, features, indexInTask, units, batch, rate);
                    return all.stream().allMatch(Flag::valid) && tooSlow(all)
                            ? List.of(length, features, indexInTask, units,
                                    new Flag("--batch", batch.value(), false, "would take about"), rate)
                            : all;
                })
                .flatMap(flags -> Arbitraries.shuffle(flags));
    }

    /** Settings the training-cost rule refuses up front, as the window does. */
    private static boolean tooSlow(List<Flag> flags) {
        int[] v = flags.stream().limit(5).mapToInt(f -> Integer.parseInt(f.value())).toArray();
        TrainingCost cost = TrainingCost.estimate(new EchoTask(v[0], v[1], 0), v[3],
                new TrainingSettings(v[4], StopRule.samples(16), 10, TrainingSettings.DEFAULT_EVAL_EVERY));
        return Math.max(cost.secondsPerStep(), cost.secondsPerEvaluation()) > TrainingCost.MAX_BLOCKING_SECONDS;
    }

    /**
     * Both ways and in any order of the flags: valid values train, and an invalid one is refused
     * by a message naming a flag that is invalid and its range.
     */
    @Property(tries = 60)
    void trainAcceptsEveryValidCombinationAndNamesAnInvalidFlagInAnyOrder(@ForAll("trainFlags") List<Flag> flags) {
        List<String> args = new ArrayList<>(List.of("train", "--json", "--eval-samples", "10", "--samples", "16"));
        for (Flag flag : flags) {
            args.add(flag.name());
            args.add(flag.value());
        }
        Run result = run(args);
        String command = String.join(" ", args);
        List<Flag> invalid = flags.stream().filter(f -> !f.valid()).toList();
        if (invalid.isEmpty()) {
            assertThat(result.status()).as(command + "\n" + result.err()).isIn(0, 1);
        } else {
            assertThat(result.status()).as(command).isEqualTo(2);
            String first = result.err().lines().findFirst().orElse("");
            assertThat(invalid).as(command + " -> " + first)
                    .anyMatch(f -> first.startsWith("Invalid value for " + f.name() + ": ") && first.contains(f.range()));
        }
    }

    @Provide
    Arbitrary<List<String>> sequences() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-2, 8).map(String::valueOf).list().ofMinSize(0).ofMaxSize(8),
                Arbitraries.strings().withChars("0123456789,- xa").ofMaxLength(12).map(List::of));
    }

    @Property(tries = 150)
    void predictEitherAnswersOrExplainsTheSequence(@ForAll("sequences") List<String> values) {
        String sequence = String.join(",", values);
        Run result = run(List.of("predict", "--model", model.toString(), "--sequence", sequence, "--json"));
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
        // Values are separated by commas, spaces or both.
        List<String> typed = sequence.isBlank() ? List.of() : List.of(sequence.strip().split("\\s*,\\s*|\\s+"));
        boolean valid = typed.size() == 5 && typed.stream().allMatch(v -> v.matches("[0-5]"));
        if (valid) {
            assertThat(result.status()).isZero();
            assertThat(result.out()).contains("\"predicted\"");
        } else {
            assertThat(result.status()).as(sequence).isEqualTo(2);
            // "--" alone ends the options: picocli then says the option has no value, naming it too.
            assertThat(result.err().lines().findFirst().orElse("")).satisfiesAnyOf(
                    first -> assertThat(first).startsWith("Invalid value for "),
                    first -> assertThat(first).startsWith("Expected parameter for option '--sequence'"));
        }
    }

    @Property(tries = 60)
    void aDamagedModelFileIsOneSentenceNeverAStackTrace(@ForAll("cuts") int[] damage) throws Exception {
        byte[] bytes = Arrays.copyOf(modelBytes, Math.max(0, Math.min(modelBytes.length, damage[0])));
        for (int i = 1; i < damage.length && bytes.length > 0; i++) {
            int at = Math.floorMod(damage[i], bytes.length);
            bytes[at] = (byte) (bytes[at] ^ 0x5A);
        }
        Path damaged = Files.createTempFile("echo-damaged", ".zip");
        Files.write(damaged, bytes);
        Run result = run(List.of("evaluate", "--model", damaged.toString(), "--samples", "10"));
        Files.deleteIfExists(damaged);
        assertThat(result.err()).doesNotContain("\tat ").doesNotContain("Unexpected error");
        if (result.status() != 0) {
            assertThat(result.status()).isEqualTo(1);
            assertThat(result.err().strip()).startsWith("Cannot open the model: ").doesNotContain("\n");
        }
    }

    @Provide
    Arbitrary<int[]> cuts() {
        int length = 60_000;
        return Arbitraries.integers().between(0, length).array(int[].class).ofMinSize(1).ofMaxSize(4)
                .map(a -> Arrays.stream(a).map(v -> v).toArray());
    }

    static String joined(int[] values) {
        return Arrays.stream(values).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }
}
