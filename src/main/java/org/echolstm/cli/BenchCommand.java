package org.echolstm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.echolstm.echo.EchoTask;
import org.echolstm.model.EchoModel;
import org.echolstm.training.MetricHistory;
import org.echolstm.training.MetricsSnapshot;
import org.echolstm.training.Preset;
import org.echolstm.training.StopReason;
import org.echolstm.training.StopRule;
import org.echolstm.training.TrainingListener;
import org.echolstm.training.TrainingSession;
import org.echolstm.training.TrainingSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Measures what the performance targets are about: step times, time to 99 % held-out accuracy,
 * start-up, the window's frame pulse while training, and the heap over a long run. Everything runs
 * through the application's own code paths (the training session, the real window).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure training speed, time to 99 %% held-out accuracy, start-up and (with --ui) the window.",
                "Run it from a fresh JVM started with java -cp ... org.echolstm.Main bench: start-up times count "
                        + "from the JVM's start. --ui needs a display (xvfb-run -a ...)."})
final class BenchCommand implements Callable<Integer> {
    static final double TARGET = 0.99;
    /** Runs to the target stop here at the latest (the command line's own safety limit). */
    static final long SAFETY_LIMIT = TrainCommand.DEFAULT_SAFETY_LIMIT;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Runs (seeds 1..N) to the target per setting (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--ui", description = "Also open the window (in a fresh JVM) and measure its frame pulse "
            + "while it trains.")
    boolean ui;

    @Option(names = "--ui-seconds", paramLabel = "S", defaultValue = "30",
            description = "Seconds the window trains while its frames are timed (default: ${DEFAULT-VALUE}).")
    int uiSeconds;

    @Option(names = "--million", description = "Also train 1,000,000 samples with the window's listeners and "
            + "report the heap and the speed at the start and the end.")
    boolean million;

    @Option(names = "--window-only", hidden = true, description = "Only the window measurement, as one JSON line.")
    boolean windowOnly;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        if (runs < 1 || runs > 100) {
            throw new CommandLine.ParameterException(cl, "Invalid value for --runs: runs must be between 1 and 100 (was "
                    + runs + ")");
        }
        if (uiSeconds < 1 || uiSeconds > 3600) {
            throw new CommandLine.ParameterException(cl,
                    "Invalid value for --ui-seconds: seconds must be between 1 and 3600 (was " + uiSeconds + ")");
        }
        PrintWriter out = cl.getOut();
        if (windowOnly) {
            out.println(Json.line(WindowBench.measure(uiSeconds)));
            out.flush();
            return 0;
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("machine", machine());
        report.put("startup", firstStep());
        report.put("toTarget", List.of(toTarget(Preset.DEFAULT), toTarget(Preset.NOTEBOOK)));
        report.put("notebook10k", notebookSamples());
        report.put("steps", List.of(stepTimes(1, 5_000, 20_000), stepTimes(32, 500, 2_000)));
        if (million) {
            report.put("million", million());
        }
        if (ui) {
            report.put("window", windowInFreshJvm());
        }
        if (json) {
            out.println(Json.line(report));
        } else {
            printText(out, report);
        }
        out.flush();
        return 0;
    }

    // ---- the machine --------------------------------------------------------------------------

    static Map<String, Object> machine() {
        Runtime runtime = Runtime.getRuntime();
        List<String> collectors = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            collectors.add(gc.getName());
        }
        String launcher = System.getProperty("sun.java.command", "");
        return Json.object("cpu", cpuModel(), "cores", runtime.availableProcessors(),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                "java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                "maxHeapMiB", runtime.maxMemory() >> 20, "gc", String.join(", ", collectors),
                "jvmArgs", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
                "launchedDirectly", launcher.startsWith("org.echolstm."));
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: fall through.
        }
        String identifier = System.getenv("PROCESSOR_IDENTIFIER");
        return identifier != null ? identifier : System.getProperty("os.arch");
    }

    // ---- start-up -----------------------------------------------------------------------------

    /** JVM start → command start → numerics library loaded (first model built) → first training step done. */
    private static Map<String, Object> firstStep() {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long commandStart = System.currentTimeMillis();
        EchoModel model = new EchoModel(Preset.DEFAULT.task(), Preset.DEFAULT.modelSettings(Preset.DEFAULT_SEED));
        long modelBuilt = System.currentTimeMillis();
        TrainingSession session = new TrainingSession(model, Preset.DEFAULT.trainingSettings());
        session.step();
        long stepped = System.currentTimeMillis();
        return Json.object("jvmToCommandMs", commandStart - jvmStart, "jvmToModelMs", modelBuilt - jvmStart,
                "jvmToFirstStepMs", stepped - jvmStart);
    }

    // ---- time to the target ---------------------------------------------------------------------

    /** One run: a fresh model trained until 99 % held-out accuracy (or the safety limit). */
    record Run(long seed, long samples, double wallSeconds, double trainingSeconds, boolean reached) {
    }

    static Run runToTarget(Preset preset, long seed, StopRule rule) {
        EchoModel model = new EchoModel(preset.task(), preset.modelSettings(seed));
        long start = System.nanoTime();
        TrainingSession session = new TrainingSession(model, new TrainingSettings(
                preset.trainingSettings().batchSize(), rule));
        StopReason reason = session.run();
        long wall = System.nanoTime() - start;
        MetricsSnapshot last = session.latest();
        return new Run(seed, last.samplesSeen(), wall / 1e9, last.elapsedSeconds(), reason == StopReason.TARGET_REACHED);
    }

    private Map<String, Object> toTarget(Preset preset) {
        List<Map<String, Object>> list = new ArrayList<>();
        double[] walls = new double[runs];
        double[] samples = new double[runs];
        long totalSamples = 0;
        double totalWall = 0;
        int reached = 0;
        for (int i = 0; i < runs; i++) {
            Run run = runToTarget(preset, i + 1, new StopRule(SAFETY_LIMIT, TARGET));
            list.add(Json.object("seed", run.seed(), "samples", run.samples(), "wallSeconds", run.wallSeconds(),
                    "trainingSeconds", run.trainingSeconds(), "reached", run.reached()));
            walls[i] = run.wallSeconds();
            samples[i] = run.samples();
            totalSamples += run.samples();
            totalWall += run.wallSeconds();
            reached += run.reached() ? 1 : 0;
        }
        TrainingSettings settings = preset.trainingSettings();
        return Json.object("preset", preset.name(), "task", preset.task().toString(),
                "batch", settings.batchSize(), "learningRate", preset.modelSettings(1).learningRate(),
                "target", TARGET, "reached", reached, "runs", runs,
                "medianWallSeconds", median(walls), "maxWallSeconds", Arrays.stream(walls).max().orElse(0),
                "firstRunWallSeconds", walls[0], "medianSamples", median(samples),
                "samplesPerSecond", totalSamples / totalWall, "perRun", list);
    }

    /** The notebook's own lesson: 10,000 samples at batch 1, held-out evaluations included. */
    private static Map<String, Object> notebookSamples() {
        EchoModel model = new EchoModel(Preset.NOTEBOOK.task(), Preset.NOTEBOOK.modelSettings(Preset.DEFAULT_SEED));
        long start = System.nanoTime();
        TrainingSession session = new TrainingSession(model, Preset.NOTEBOOK.trainingSettings());
        session.run();
        double wall = (System.nanoTime() - start) / 1e9;
        double accuracy = session.evaluateHeldOut();
        return Json.object("samples", session.latest().samplesSeen(), "wallSeconds", wall,
                "heldOutAccuracy", accuracy);
    }

    // ---- step times ---------------------------------------------------------------------------

    /**
     * Times single training steps through the session (sample generation, the step, the metrics)
     * with the held-out evaluation moved out of the way.
     */
    private static Map<String, Object> stepTimes(int batch, int warmSteps, int measuredSteps) {
        EchoTask task = Preset.DEFAULT.task();
        EchoModel model = new EchoModel(task, Preset.DEFAULT.modelSettings(Preset.DEFAULT_SEED));
        TrainingSession session = new TrainingSession(model,
                new TrainingSettings(batch, StopRule.NONE, 1, 1_000_000));
        long[] nanos = new long[measuredSteps];
        for (int i = 0; i < warmSteps + measuredSteps; i++) {
            long start = System.nanoTime();
            session.step();
            long elapsed = System.nanoTime() - start;
            if (i >= warmSteps) {
                nanos[i - warmSteps] = elapsed;
            }
        }
        long total = Arrays.stream(nanos).sum();
        return Json.object("batch", batch, "task", task.toString(), "steps", measuredSteps,
                "medianMs", percentile(nanos, 0.5) / 1e6, "p90Ms", percentile(nanos, 0.9) / 1e6,
                "samplesPerSecond", (double) batch * measuredSteps * 1e9 / total);
    }

    // ---- a million samples --------------------------------------------------------------------

    /**
     * Trains 1,000,000 samples at the default settings with the window's listeners (a chart history
     * and a latest-metrics holder) and watches the heap: the largest heap in use after any garbage
     * collection (what the run keeps alive) and the pools' peak (garbage included).
     */
    private static Map<String, Object> million() {
        long total = 1_000_000;
        int windows = 10;
        EchoModel model = new EchoModel(Preset.DEFAULT.task(), Preset.DEFAULT.modelSettings(Preset.DEFAULT_SEED));
        TrainingSession session = new TrainingSession(model, Preset.DEFAULT.trainingSettings()
                .withStopRule(StopRule.samples(total)));
        MetricHistory history = new MetricHistory(500);
        AtomicReference<MetricsSnapshot> latest = new AtomicReference<>();
        session.addListener(history);
        session.addListener(latest::set);
        long[] windowEndNanos = new long[windows];
        long[] windowEndSamples = new long[windows];
        session.addListener(new TrainingListener() {
            private int next;

            @Override
            public void onStep(MetricsSnapshot s) {
                while (next < windows && s.samplesSeen() >= (next + 1) * total / windows) {
                    windowEndNanos[next] = s.elapsedNanos();
                    windowEndSamples[next] = s.samplesSeen();
                    next++;
                }
            }
        });
        System.gc();
        long usedBefore = heapUsed();
        AtomicLong maxAfterGc = new AtomicLong();
        AtomicLong collections = new AtomicLong();
        List<Runnable> unsubscribe = watchCollections(maxAfterGc, collections);
        List<MemoryPoolMXBean> pools = heapPools();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        session.run();
        double wall = (System.nanoTime() - start) / 1e9;
        long peakPools = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        unsubscribe.forEach(Runnable::run);
        System.gc();
        long usedAfter = heapUsed();

        List<Double> rates = new ArrayList<>();
        long previousNanos = 0;
        long previousSamples = 0;
        for (int i = 0; i < windows; i++) {
            rates.add((windowEndSamples[i] - previousSamples) * 1e9 / Math.max(1, windowEndNanos[i] - previousNanos));
            previousNanos = windowEndNanos[i];
            previousSamples = windowEndSamples[i];
        }
        return Json.object("samples", latest.get().samplesSeen(), "wallSeconds", wall,
                "heapUsedBeforeMiB", mib(usedBefore), "heapUsedAfterMiB", mib(usedAfter),
                "maxHeapAfterGcMiB", mib(maxAfterGc.get()), "peakHeapMiB", mib(peakPools),
                "collections", collections.get(), "chartPoints", history.curves().totalPoints(),
                "samplesPerSecondFirst100k", rates.get(0), "samplesPerSecondLast100k", rates.get(windows - 1),
                "samplesPerSecondPer100k", rates);
    }

    private static double mib(long bytes) {
        return Math.round(bytes / 1048576.0 * 10) / 10.0;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Records the heap in use after every collection; returns how to stop listening. */
    private static List<Runnable> watchCollections(AtomicLong maxAfterGc, AtomicLong collections) {
        List<Runnable> unsubscribe = new ArrayList<>();
        List<String> heapPoolNames = heapPools().stream().map(MemoryPoolMXBean::getName).toList();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) {
                continue;
            }
            javax.management.NotificationListener listener = (notification, handback) -> {
                if (!"com.sun.management.gc.notification".equals(notification.getType())) {
                    return;
                }
                CompositeData info = (CompositeData) notification.getUserData();
                CompositeData gcInfo = (CompositeData) info.get("gcInfo");
                javax.management.openmbean.TabularData after =
                        (javax.management.openmbean.TabularData) gcInfo.get("memoryUsageAfterGc");
                long used = 0;
                for (Object row : after.values()) {
                    CompositeData entry = (CompositeData) row;
                    if (heapPoolNames.contains((String) entry.get("key"))) {
                        used += MemoryUsage.from((CompositeData) entry.get("value")).getUsed();
                    }
                }
                collections.incrementAndGet();
                maxAfterGc.accumulateAndGet(used, Math::max);
            };
            emitter.addNotificationListener(listener, null, null);
            unsubscribe.add(() -> {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // Already gone.
                }
            });
        }
        return unsubscribe;
    }

    // ---- the window, in a fresh JVM -------------------------------------------------------------

    /** Runs {@code bench --window-only} in a new JVM with this one's class path and flags, and reads its line. */
    private Map<String, Object> windowInFreshJvm() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.echolstm.Main");
        command.add("bench");
        command.add("--window-only");
        command.add("--ui-seconds");
        command.add(Integer.toString(uiSeconds));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String last = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("{")) {
                    last = line;
                }
            }
        }
        if (!process.waitFor(uiSeconds + 300L, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new CommandFailure("The window measurement did not finish.");
        }
        if (process.exitValue() != 0 || last == null) {
            throw new CommandFailure("The window measurement failed (exit status " + process.exitValue()
                    + "); on a system without a display run it under xvfb-run -a.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> window = new ObjectMapper().readValue(last, Map.class);
        return window;
    }

    // ---- statistics and text --------------------------------------------------------------------

    /** Nearest-rank percentile of {@code q} (0..1). */
    static double percentile(long[] values, double q) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    @SuppressWarnings("unchecked")
    private static void printText(PrintWriter out, Map<String, Object> report) {
        Map<String, Object> m = (Map<String, Object>) report.get("machine");
        out.printf(Locale.ROOT, "Machine: %s, %s cores, %s, max heap %s MiB, %s%n", m.get("cpu"), m.get("cores"),
                m.get("java"), m.get("maxHeapMiB"), m.get("os"));
        if (!Boolean.TRUE.equals(m.get("launchedDirectly"))) {
            out.println("(not started as java ... org.echolstm.Main: start-up times include the launcher)");
        }
        Map<String, Object> s = (Map<String, Object>) report.get("startup");
        out.printf(Locale.ROOT, "Start-up: JVM start -> command %s ms -> library loaded %s ms -> first step %s ms%n",
                s.get("jvmToCommandMs"), s.get("jvmToModelMs"), s.get("jvmToFirstStepMs"));
        for (Map<String, Object> t : (List<Map<String, Object>>) report.get("toTarget")) {
            out.printf(Locale.ROOT, "To %.0f %% held-out, %s (%s, batch %s, lr %s): median %.3f s wall (first run %.3f s, "
                            + "max %.3f s), median %,.0f samples, %d/%d reached, %,.0f samples/s%n",
                    (double) t.get("target") * 100, t.get("preset"), t.get("task"), t.get("batch"),
                    t.get("learningRate"), t.get("medianWallSeconds"), t.get("firstRunWallSeconds"),
                    t.get("maxWallSeconds"), t.get("medianSamples"), t.get("reached"), t.get("runs"),
                    t.get("samplesPerSecond"));
            StringBuilder line = new StringBuilder("    runs (seed: samples, s):");
            for (Map<String, Object> r : (List<Map<String, Object>>) t.get("perRun")) {
                line.append(String.format(Locale.ROOT, "  %s: %,d, %.3f", r.get("seed"), (long) r.get("samples"),
                        (double) r.get("wallSeconds")));
            }
            out.println(line);
        }
        Map<String, Object> nb = (Map<String, Object>) report.get("notebook10k");
        out.printf(Locale.ROOT, "Notebook lesson (%,d samples, batch 1): %.3f s wall, held-out accuracy %.1f %%%n",
                (long) nb.get("samples"), (double) nb.get("wallSeconds"), (double) nb.get("heldOutAccuracy") * 100);
        for (Map<String, Object> st : (List<Map<String, Object>>) report.get("steps")) {
            out.printf(Locale.ROOT, "Step, batch %2s: median %.4f ms, p90 %.4f ms, %,.0f samples/s%n", st.get("batch"),
                    st.get("medianMs"), st.get("p90Ms"), st.get("samplesPerSecond"));
        }
        Map<String, Object> mil = (Map<String, Object>) report.get("million");
        if (mil != null) {
            out.printf(Locale.ROOT, "1,000,000 samples: %.1f s; heap after GC at most %s MiB (before %s, after %s), "
                            + "peak %s MiB, %s collections, %s chart points; %,.0f samples/s in the first 100k, "
                            + "%,.0f in the last%n",
                    mil.get("wallSeconds"), mil.get("maxHeapAfterGcMiB"), mil.get("heapUsedBeforeMiB"),
                    mil.get("heapUsedAfterMiB"), mil.get("peakHeapMiB"), mil.get("collections"),
                    mil.get("chartPoints"), mil.get("samplesPerSecondFirst100k"), mil.get("samplesPerSecondLast100k"));
        }
        Map<String, Object> w = (Map<String, Object>) report.get("window");
        if (w != null) {
            out.printf(Locale.ROOT, "Window: shown %s ms after JVM start (first frame %s ms), first training step on "
                            + "screen %s ms; while training %s s: pulse interval p50 %.1f ms, p99 %.1f ms, "
                            + "max %.1f ms (%s frames), %,.0f samples trained%n",
                    w.get("jvmToShownMs"), w.get("jvmToFirstFrameMs"), w.get("jvmToFirstStepOnScreenMs"),
                    w.get("seconds"), ((Number) w.get("pulseP50Ms")).doubleValue(),
                    ((Number) w.get("pulseP99Ms")).doubleValue(), ((Number) w.get("pulseMaxMs")).doubleValue(),
                    w.get("frames"), ((Number) w.get("samplesTrained")).doubleValue());
        }
    }
}
