package org.echolstm.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echolstm.cli.Json;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BenchReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static BenchReport report(Optional<MillionRun> million, Optional<WindowPulse> window) {
        return report(Optional.empty(), million, window);
    }

    private static BenchReport report(Optional<List<SizeSpeed>> sizes, Optional<MillionRun> million,
                                      Optional<WindowPulse> window) {
        return new BenchReport(
                new Machine("Test CPU", 4, "Linux 6 amd64", "OpenJDK 17", 2048, "G1", "", true),
                new Startup(900, 2500, 2600),
                List.of(new TimeToTarget("DEFAULT", "10/25/7", 32, 0.01, 0.99, 2, 2, 1.25, 1.5, 1.5, 9360, 8000.4,
                        List.of(new TimeToTarget.Run(1, 9216, 1.5, 1.4, true),
                                new TimeToTarget.Run(2, 9504, 1.0, 0.9, true)))),
                new NotebookLesson(10_000, 0.75, 0.866),
                List.of(new StepTimes(1, "10/25/7", 20_000, 0.02512, 0.061, 24_000.2)),
                sizes, million, window);
    }

    private static List<String> lines(BenchReport report) {
        StringWriter text = new StringWriter();
        report.print(new PrintWriter(text, true));
        return text.toString().lines().toList();
    }

    @Test
    void textHasOneLinePerFigureInTheOrderMeasured() {
        assertThat(lines(report(Optional.empty(), Optional.empty()))).containsExactly(
                "Machine: Test CPU, 4 cores, OpenJDK 17, max heap 2048 MiB, Linux 6 amd64",
                "Start-up: JVM start -> command 900 ms -> model built 2500 ms -> first step 2600 ms",
                "To 99 % held-out, DEFAULT (10/25/7, batch 32, lr 0.01): median 1.250 s wall (first run 1.500 s, "
                        + "max 1.500 s), median 9,360 samples, 2/2 reached, 8,000 samples/s",
                "    runs (seed: samples, s):  1: 9,216, 1.500  2: 9,504, 1.000",
                "Notebook lesson (10,000 samples, batch 1): 0.750 s wall, held-out accuracy 86.6 %",
                "Step, batch  1: median 0.0251 ms, p90 0.0610 ms, 24,000 samples/s");
    }

    @Test
    void theLongRunAndTheWindowAppearOnlyWhenMeasured() throws Exception {
        MillionRun million = new MillionRun(1_000_000, 55.5, 15.0, 15.2, 15.5, 59.5, 8, 1952, 20_734.2, 18_470.4,
                List.of(20_734.2, 18_470.4));
        WindowPulse window = new WindowPulse(6051, 6295, 1.5, 0.8, 371, 3, 15, 115.7, 967.6, 967.6, 0, 0, 9568, 3189.3);
        BenchReport full = report(Optional.of(million), Optional.of(window));

        assertThat(lines(full)).endsWith(
                "1,000,000 samples: 55.5 s; heap after GC at most 15.5 MiB (before 15.0, after 15.2), peak 59.5 MiB, "
                        + "8 collections, 1952 chart points; 20,734 samples/s in the first 100k, 18,470 in the last",
                "Window: shown 6051 ms after JVM start (first frame 6295 ms); standing still, its FX and render "
                        + "threads used 1.5 % of a core (0.8 % once stopped); first training step on screen 371 ms after "
                        + "Train; while training 3 s: pulse interval p50 115.7 ms, p99 967.6 ms, max 967.6 ms (15 frames), "
                        + "9,568 samples trained");
        JsonNode json = JSON.readTree(full.jsonLine());
        assertThat(json.fieldNames()).toIterable().containsExactly(
                "machine", "startup", "toTarget", "notebook10k", "steps", "million", "window");
        assertThat(json.get("million").get("maxHeapAfterGcMiB").asDouble()).isEqualTo(15.5);
        assertThat(json.get("window").get("pulseP99Ms").asDouble()).isEqualTo(967.6);

        JsonNode bare = JSON.readTree(report(Optional.empty(), Optional.empty()).jsonLine());
        assertThat(bare.fieldNames()).toIterable().containsExactly(
                "machine", "startup", "toTarget", "notebook10k", "steps");
    }

    @Test
    void theSizesFollowTheStepsWhenMeasured() throws Exception {
        BenchReport withSizes = report(Optional.of(List.of(new SizeSpeed("50/100/17", 128, 32, 2, 2650.4, 1480.6))),
                Optional.empty(), Optional.empty());

        assertThat(lines(withSizes)).endsWith(
                "Size 50/100/17 128 units, batch 32:     2,650 samples/s on 2 threads,     1,481 on one");
        JsonNode json = JSON.readTree(withSizes.jsonLine());
        assertThat(json.fieldNames()).toIterable().containsExactly(
                "machine", "startup", "toTarget", "notebook10k", "steps", "sizes");
        assertThat(json.get("sizes").get(0).fieldNames()).toIterable().containsExactly(
                "task", "units", "batch", "threads", "samplesPerSecond", "oneThreadSamplesPerSecond");
    }

    @Test
    void jsonKeepsEachSectionsKeysInOrder() throws Exception {
        JsonNode json = JSON.readTree(report(Optional.empty(), Optional.empty()).jsonLine());
        assertThat(json.get("toTarget").get(0).fieldNames()).toIterable().containsExactly("preset", "task", "batch",
                "learningRate", "target", "reached", "runs", "medianWallSeconds", "maxWallSeconds",
                "firstRunWallSeconds", "medianSamples", "samplesPerSecond", "perRun");
        assertThat(json.get("toTarget").get(0).get("perRun").get(1).fieldNames()).toIterable()
                .containsExactly("seed", "samples", "wallSeconds", "trainingSeconds", "reached");
        assertThat(json.get("machine").get("launchedDirectly").asBoolean()).isTrue();
        assertThat(json.get("steps").get(0).get("medianMs").asDouble()).isEqualTo(0.02512);
    }

    @Test
    void aLongerWindowRunAlsoGivesThePulseOnceSettled() {
        WindowPulse window = new WindowPulse(3300, 3400, 0.4, 0.3, 200, 30, 1680, 16.7, 48.2, 350.1, 19.5, 36.2,
                900_000, 30_000);
        StringWriter text = new StringWriter();
        window.print(new PrintWriter(text));
        assertThat(text.toString()).contains("pulse interval p50 16.7 ms, p99 48.2 ms, max 350.1 ms (1680 frames); "
                + "after the first 5 s p99 19.5 ms, max 36.2 ms, 900,000 samples trained");
    }

    @Test
    void theWindowsLineReadsBackIntoTheSameRecord() throws Exception {
        WindowPulse window = new WindowPulse(6051, 6295, 1.5, 0.8, 371, 3, 15, 115.7, 967.6, 967.6, 0, 0, 9568, 3189.3);
        assertThat(Json.read(Json.line(window), WindowPulse.class)).isEqualTo(window);
    }

    @Test
    void percentilesAreNearestRankAndMediansAverageTheMiddlePair() {
        long[] values = {50, 10, 40, 20, 30, 100, 60, 70, 80, 90};
        assertThat(Stats.percentile(values, 0.5)).isEqualTo(50);
        assertThat(Stats.percentile(values, 0.9)).isEqualTo(90);
        assertThat(Stats.percentile(values, 0.99)).isEqualTo(100);
        assertThat(Stats.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(Stats.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
    }
}
