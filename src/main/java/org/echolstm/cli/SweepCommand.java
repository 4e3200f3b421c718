package org.echolstm.cli;

import org.echolstm.echo.Bounds;
import org.echolstm.echo.InvalidSettingException;
import org.echolstm.training.LessonSettings;
import org.echolstm.training.Preset;
import org.echolstm.training.experiments.Outcome;
import org.echolstm.training.experiments.RunSettings;
import org.echolstm.training.experiments.Sweep;
import org.echolstm.training.experiments.SweepPlan;
import org.echolstm.training.experiments.SweepPoint;
import org.echolstm.training.experiments.SweepSetting;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train from several seeds at each value of one setting and report the samples each run "
                + "needed to reach the target held-out accuracy (runs in parallel, one per core).",
                "Example: sweep --vary index --values 0,5,10,15 --length 20 --features 10 --rnn"})
public final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--vary", paramLabel = "SETTING", required = true, converter = SettingConverter.class,
            description = "What to vary: index (the echo's distance from the END of the sequence, 0 = the last value), "
                    + "length (the echo index from the start stays), units, lr, batch or optimizer.")
    SweepSetting setting;

    @Option(names = "--values", paramLabel = "V,V,...", required = true, split = ",",
            description = "The values to try, e.g. 0,5,10 or Adam,SGD.")
    List<String> values;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "3",
            description = "Runs per value, from seeds 1..N (1..50, default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--target", paramLabel = "ACC", defaultValue = "0.99",
            description = "Held-out accuracy a run must reach (0.01..1, default: ${DEFAULT-VALUE}).")
    double target;

    @Option(names = "--max-samples", paramLabel = "N", defaultValue = "200000",
            description = "Samples after which a run counts as not reaching the target (default: ${DEFAULT-VALUE}).")
    long maxSamples;

    @Option(names = "--rnn", description = "Also train the plain RNN (no gates, as many units as the LSTM) on the same samples.")
    boolean withRnn;

    @Option(names = "--threads", paramLabel = "N", description = "Runs at a time (default: one per core).")
    Integer threads;

    @Mixin
    LessonOptions lesson;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        RunSettings base = baseSettings();
        SweepPlan plan = planOf(cl, base);
        if (threads != null) {
            Options.requireBetween(cl, "--threads", "threads", threads, 1, 256);
        }
        Sweep sweep = new Sweep(plan, threads != null ? threads : Runtime.getRuntime().availableProcessors());
        PrintWriter out = cl.getOut();
        if (!json.enabled()) {
            out.printf(Locale.ROOT, "Varying %s over %s on task %s (length/features/index), %d units, %s %s, batch %d:%n"
                            + "%d seeds each, to %s held-out accuracy within %,d samples (%d runs)%n",
                    describe(setting), String.join(", ", plan.values()), base.task(), base.model().units(),
                    base.model().optimizer(), Bounds.format(base.model().learningRate()), base.batchSize(),
                    plan.seeds(), percent(plan.target()), plan.maxSamples(), plan.runCount());
            out.flush();
        }
        long start = System.nanoTime();
        List<SweepPoint> points = sweep.run((done, total) -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        if (json.enabled()) {
            for (SweepPoint point : points) {
                out.println(Json.line(jsonOf(point)));
            }
        } else {
            printTable(out, plan, points);
            out.printf(Locale.ROOT, "%d runs in %.1f s; '-' = did not reach %s within %,d samples%n",
                    plan.runCount(), seconds, percent(plan.target()), plan.maxSamples());
        }
        return 0;
    }

    /** The settings not varied: the preset with the flags, seed {@link Preset#DEFAULT_SEED} (each run has its own). */
    private RunSettings baseSettings() {
        LessonSettings merged = lesson.settings(Optional.empty());
        return new RunSettings(merged.task(), merged.model(), merged.training().batchSize());
    }

    /** The plan; a bad value is a usage error naming the flag it came from. */
    private SweepPlan planOf(CommandLine cl, RunSettings base) {
        try {
            return new SweepPlan(base, setting, values, seeds, target, maxSamples, withRnn);
        } catch (InvalidSettingException e) {
            String flag = switch (e.field()) {
                case SweepPlan.SEEDS_FIELD -> "--seeds";
                case SweepPlan.TARGET_FIELD -> "--target";
                case SweepPlan.MAX_SAMPLES_FIELD -> "--max-samples";
                default -> "--values";
            };
            throw new ParameterException(cl, "Invalid value for " + flag + ": " + e.getMessage());
        }
    }

    private static Map<String, Object> jsonOf(SweepPoint point) {
        Map<String, Object> object = Json.object("value", point.value());
        object.putAll(jsonOf(point.lstm()));
        point.rnn().ifPresent(rnn -> object.put("rnn", jsonOf(rnn)));
        return object;
    }

    private static Map<String, Object> jsonOf(Outcome outcome) {
        List<Long> samples = new ArrayList<>();
        for (OptionalLong run : outcome.samples()) {
            samples.add(run.isPresent() ? run.getAsLong() : null);
        }
        OptionalDouble median = outcome.median();
        return Json.object("samples", samples, "median", median.isPresent() ? median.getAsDouble() : null,
                "min", boxed(outcome.min()), "max", boxed(outcome.max()), "seconds", outcome.seconds());
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    private static void printTable(PrintWriter out, SweepPlan plan, List<SweepPoint> points) {
        String header = String.format(Locale.ROOT, "%-10s %-28s %10s", describe(plan.setting()).split(" ")[0],
                "LSTM samples per seed", "median");
        if (plan.withRnn()) {
            header += String.format(Locale.ROOT, "   %-28s %10s", "RNN samples per seed", "median");
        }
        out.println(header);
        for (SweepPoint point : points) {
            String line = String.format(Locale.ROOT, "%-10s %-28s %10s", point.value(), perSeed(point.lstm()),
                    median(point.lstm()));
            if (point.rnn().isPresent()) {
                line += String.format(Locale.ROOT, "   %-28s %10s", perSeed(point.rnn().get()), median(point.rnn().get()));
            }
            out.println(line);
        }
    }

    private static String perSeed(Outcome outcome) {
        return outcome.samples().stream()
                .map(s -> s.isPresent() ? String.format(Locale.ROOT, "%,d", s.getAsLong()) : "-")
                .collect(Collectors.joining(" "));
    }

    private static String median(Outcome outcome) {
        OptionalDouble median = outcome.median();
        return median.isPresent() ? String.format(Locale.ROOT, "%,.0f", median.getAsDouble()) : "-";
    }

    private static String describe(SweepSetting setting) {
        return switch (setting) {
            case ECHO_DISTANCE -> "distance (echo from the end)";
            case LENGTH -> "length";
            case UNITS -> "units";
            case LEARNING_RATE -> "lr";
            case BATCH -> "batch";
            case OPTIMIZER -> "optimizer";
        };
    }

    private static String percent(double accuracy) {
        return Bounds.format(accuracy * 100) + " %";
    }

    static final class SettingConverter implements ITypeConverter<SweepSetting> {
        @Override
        public SweepSetting convert(String value) {
            return SweepSetting.parse(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a setting to vary; choose index, length, units, lr, batch or optimizer"));
        }
    }
}
