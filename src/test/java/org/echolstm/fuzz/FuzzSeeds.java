package org.echolstm.fuzz;

import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.EchoModel;
import org.echolstm.model.dl4j.ModelFiles;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.GateClamp;
import org.echolstm.model.Optimizer;
import org.echolstm.training.Lesson;
import org.echolstm.training.LessonFiles;
import org.echolstm.training.MetricHistory;
import org.echolstm.training.Snapshot;
import org.echolstm.training.Stop;
import org.echolstm.training.StopRule;
import org.echolstm.training.TrainingSettings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Writes the seed corpora of the fuzz targets into {@code src/test/resources} (run once from the
 * project root; the seeds are committed): a valid model, a valid lesson and edge cases.
 */
public final class FuzzSeeds {
    /** Small on purpose: the fuzzer mutates every byte of a seed. */
    public static final EchoTask TASK = new EchoTask(5, 4, 2);
    private static final Path ROOT = Path.of("src/test/resources/org/echolstm/fuzz");

    private FuzzSeeds() {
    }

    /** Writes every seed; with the argument {@code timeline}, only those of a lesson with a timeline. */
    public static void main(String[] args) throws IOException {
        Path temp = Files.createTempDirectory("seeds");
        EchoModel model = new EchoModel(TASK, new ModelSettings(3, Optimizer.ADAM, 0.01, 7));
        SequenceGenerator generator = new SequenceGenerator(TASK, 7);
        List<Snapshot> snapshots = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            model.fit(EchoBatch.next(generator, 4).block());
            snapshots.add(new Snapshot(4L * (i + 1), 0.25 * i, i == 1, model.parameters()));
        }
        writeTimelineSeeds(model, snapshots, temp);
        if (args.length > 0 && args[0].equals("timeline")) {
            return;
        }
        Path modelFile = temp.resolve("model.zip");
        ModelFiles.save(model, modelFile, "seed");
        Path lessonFile = temp.resolve("lesson.zip");
        MetricHistory.Curves curves = new MetricHistory.Curves(List.of(new MetricHistory.Point(4, 1.2)),
                List.of(new MetricHistory.Point(4, 1.3)), List.of(new MetricHistory.Point(4, 0.25)), List.of(), 0);
        LessonFiles.save(new Lesson(model, new TrainingSettings(4, StopRule.samples(64), 10, 8), curves),
                lessonFile, "seed");
        EchoModel sgd = new EchoModel(TASK, new ModelSettings(2, Optimizer.SGD, 0.5, 3));
        Path sgdFile = temp.resolve("sgd.zip");
        ModelFiles.save(sgd, sgdFile, "seed");

        byte[] modelBytes = Files.readAllBytes(modelFile);
        byte[] lessonBytes = Files.readAllBytes(lessonFile);
        Map<String, byte[]> lessonEntries = entries(lessonBytes);
        Map<String, byte[]> sgdEntries = entries(Files.readAllBytes(sgdFile));
        Map<String, byte[]> foreign = new HashMap<>(lessonEntries);
        foreign.remove("echo-lstm.json");
        foreign.remove("echo-lstm-lesson.json");

        Path rawModel = ROOT.resolve("ModelFileFuzzTestInputs/openModelFile");
        write(rawModel, "valid-model.zip", modelBytes);
        write(rawModel, "valid-lesson.zip", lessonBytes);
        write(rawModel, "truncated-model.zip", Arrays.copyOf(modelBytes, modelBytes.length / 2));
        write(rawModel, "not-a-zip.txt", "echo-lstm".getBytes(StandardCharsets.UTF_8));

        Path entryModel = ROOT.resolve("ModelFileFuzzTestInputs/openModelEntries");
        write(entryModel, "valid-model", joined(lessonEntries, false));
        write(entryModel, "sgd-without-optimizer-state", joined(sgdEntries, false));
        write(entryModel, "dl4j-model-without-task", joined(foreign, false));
        write(entryModel, "metadata-only", FuzzInputs.join(List.of(lessonEntries.get("echo-lstm.json"))));

        Path rawLesson = ROOT.resolve("LessonFileFuzzTestInputs/openLessonFile");
        write(rawLesson, "valid-lesson.zip", lessonBytes);
        write(rawLesson, "model-not-lesson.zip", modelBytes);
        Path entryLesson = ROOT.resolve("LessonFileFuzzTestInputs/openLessonEntries");
        write(entryLesson, "valid-lesson", joined(lessonEntries, true));
        Map<String, byte[]> noHistory = new HashMap<>(lessonEntries);
        noHistory.put("echo-lstm-lesson.json", ("{\"formatVersion\":1,\"training\":{\"batchSize\":1,\"stopRule\":"
                + "{\"maxSamples\":0,\"targetAccuracy\":0.99},\"evalSamples\":1,\"evalEvery\":1}}")
                .getBytes(StandardCharsets.UTF_8));
        write(entryLesson, "lesson-without-history", joined(noHistory, true));

        Path export = ROOT.resolve("ExportFuzzTestInputs/exportOpenedModel");
        write(export, "valid-model", joined(lessonEntries, false));
        write(export, "sgd-model", joined(sgdEntries, false));

        Path sequences = ROOT.resolve("SequenceFuzzTestInputs/predictSequence");
        String[] texts = {"0,1,2,3,0", " 3 , 2,1 ,0,3 ", "0,1,2", "0,1,2,3,4", "-1,0,0,0,0", "1,,2,3,0",
                "99999999999,0,0,0,0", "0x1,0,0,0,0", "", "--help", "0,1,2,3,0,"};
        for (int i = 0; i < texts.length; i++) {
            write(sequences, "sequence-" + i, texts[i].getBytes(StandardCharsets.UTF_8));
        }
        write(ROOT, SequenceFuzzTest.MODEL_RESOURCE, modelBytes);
    }

    /** A lesson that keeps three moments of its training (one marked), raw and as entries. */
    private static void writeTimelineSeeds(EchoModel model, List<Snapshot> snapshots, Path temp) throws IOException {
        Path file = temp.resolve("timeline.zip");
        MetricHistory.Curves curves = new MetricHistory.Curves(List.of(new MetricHistory.Point(4, 1.2)),
                List.of(new MetricHistory.Point(4, 1.3)), List.of(new MetricHistory.Point(4, 0.25)), List.of(), 0);
        List<Stop> stops = List.of(new Stop(8, "Half way", "Unit 1 silenced.", Stop.View.INSIDE, new int[] {0, 1, 2, 3, 0},
                List.of(1), GateClamp.FORGET_OPEN));
        LessonFiles.save(new Lesson(model, new TrainingSettings(4, StopRule.samples(64), 10, 8), curves, snapshots,
                stops), file, "seed");
        byte[] bytes = Files.readAllBytes(file);
        write(ROOT.resolve("LessonFileFuzzTestInputs/openLessonFile"), "lesson-with-timeline.zip", bytes);
        write(ROOT.resolve("LessonFileFuzzTestInputs/openLessonEntries"), "lesson-with-timeline",
                joined(entries(bytes), true));
    }

    /** The entries of a model file joined for {@link FuzzInputs#zipOfEntries}. */
    private static byte[] joined(Map<String, byte[]> entries, boolean withLesson) {
        List<byte[]> parts = new ArrayList<>();
        for (String name : FuzzInputs.ENTRY_NAMES) {
            if (withLesson || !name.equals("echo-lstm-lesson.json")) {
                parts.add(entries.getOrDefault(name, new byte[0]));
            }
        }
        return FuzzInputs.join(parts);
    }

    private static Map<String, byte[]> entries(byte[] zipBytes) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static void write(Path folder, String name, byte[] bytes) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), bytes);
    }
}
