package org.echolstm.cli.bench;

import org.echolstm.cli.Json;
import org.echolstm.cli.JsonOption;
import org.echolstm.cli.Options;
import org.echolstm.training.Preset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Measures what the performance targets are about: step times, time to 99 % held-out accuracy,
 * start-up, the window's frame pulse while training, and the heap over a million samples (the soak
 * run with random user actions is a test: {@code SoakRun}). Everything runs
 * through the application's own code paths (the training session, the real window).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure training speed, time to 99 %% held-out accuracy, start-up and (with --ui) the window.",
                "Run it from a fresh JVM started with java -cp ... org.echolstm.Main bench: start-up times count "
                        + "from the JVM's start. --ui needs a display (xvfb-run -a ...)."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Runs (seeds 1..N) to the target per setting (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--ui", description = "Also open the window (in a fresh JVM) and measure its frame pulse "
            + "while it trains.")
    boolean ui;

    @Option(names = "--ui-seconds", paramLabel = "S", defaultValue = "30",
            description = "Seconds the window trains while its frames are timed (default: ${DEFAULT-VALUE}).")
    int uiSeconds;

    @Option(names = "--sizes", description = "Also measure training speed at batch 1 and 32 for 10/25 (25 units), "
            + "20/50 (64 units) and 50/100 (128 units), on the threads the model uses and on one.")
    boolean sizes;

    @Option(names = "--million", description = "Also train 1,000,000 samples with the window's listeners and "
            + "report the heap and the speed at the start and the end.")
    boolean million;

    @Option(names = "--presets", description = "Only check that every preset with a target accuracy reaches it "
            + "at its own settings and seed; exit status 1 if one does not.")
    boolean presets;

    @Option(names = "--window-only", hidden = true, description = "Only the window measurement, as one JSON line.")
    boolean windowOnly;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        Options.requireBetween(cl, "--runs", "runs", runs, 1, 100);
        Options.requireBetween(cl, "--ui-seconds", "seconds", uiSeconds, 1, 3600);
        PrintWriter out = cl.getOut();
        if (windowOnly) {
            out.println(Json.line(WindowBench.measure(uiSeconds)));
            out.flush();
            return 0;
        }
        if (presets) {
            List<PresetCheck> checks = PresetCheck.all();
            for (PresetCheck check : checks) {
                if (json.enabled()) {
                    out.println(Json.line(check));
                } else {
                    check.print(out);
                }
            }
            out.flush();
            return checks.stream().allMatch(PresetCheck::reached) ? 0 : 1;
        }
        // In this order: the start-up figures must be taken before anything else builds a model.
        Machine machine = Machine.current();
        Startup startup = Startup.measure();
        List<TimeToTarget> toTarget = List.of(TimeToTarget.measure(Preset.DEFAULT, runs),
                TimeToTarget.measure(Preset.NOTEBOOK, runs));
        NotebookLesson notebook = NotebookLesson.measure();
        List<StepTimes> steps = List.of(StepTimes.measure(1, 5_000, 20_000), StepTimes.measure(32, 500, 2_000));
        Optional<List<SizeSpeed>> sizeSpeeds = sizes ? Optional.of(SizeSpeed.measureAll()) : Optional.empty();
        Optional<MillionRun> millionRun = million ? Optional.of(MillionRun.measure()) : Optional.empty();
        Optional<WindowPulse> window = ui ? Optional.of(WindowBench.inFreshJvm(uiSeconds)) : Optional.empty();
        BenchReport report = new BenchReport(machine, startup, toTarget, notebook, steps, sizeSpeeds, millionRun, window);
        if (json.enabled()) {
            out.println(report.jsonLine());
        } else {
            report.print(out);
        }
        out.flush();
        return 0;
    }
}
