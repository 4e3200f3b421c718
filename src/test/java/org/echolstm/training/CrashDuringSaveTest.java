package org.echolstm.training;

import org.echolstm.echo.EchoBatch;
import com.fasterxml.jackson.databind.ObjectMapper;
import onnx.Onnx.ModelProto;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.AtomicFiles;
import org.echolstm.model.EchoModel;
import org.echolstm.model.dl4j.ModelFiles;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.echolstm.model.WeightsExport;
import org.echolstm.model.onnx.OnnxExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed (SIGKILL) at any moment while saving leaves the previous file or the new one:
 * a child JVM saves a model, a lesson and three exports over and over, alternating two models, and
 * is killed at a random moment; after each kill every file opens as one of the two.
 */
class CrashDuringSaveTest {
    private static final long SEED = 20261129L;
    private static final int KILLS = 8;
    /**
     * Only some kills land inside a write (0 to 3 of 8 in past runs; the rest between files), so at
     * least {@link #KILLS} and then more until one has, up to this many.
     */
    private static final int MAX_KILLS = 40;
    private static final List<Long> SAMPLES = List.of(8L, 16L);

    @TempDir
    Path folder;

    @Test
    void aKilledSaveNeverLeavesABrokenFile() throws Exception {
        Random random = new Random(SEED);
        int killedMidWrite = 0;
        int kills = 0;
        for (; kills < MAX_KILLS && (kills < KILLS || killedMidWrite == 0); kills++) {
            Process saver = startSaver();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8));
                assertThat(out.readLine()).as("the saver's first round").isEqualTo("saving");
                Set<String> before = tempFiles();
                Thread.sleep(random.nextInt(400));
                saver.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no finally
                assertThat(saver.waitFor(10, TimeUnit.SECONDS)).isTrue();
                if (!tempFiles().equals(before)) {
                    killedMidWrite++;
                }
            } finally {
                saver.destroyForcibly();
            }
            assertEveryFileOpens("after kill " + (kills + 1) + " (seed " + SEED + ")");
        }
        System.out.printf("%d of %d kills landed while a temporary file was being written%n", killedMidWrite, kills);
        // The kills landed inside writes, not only between them.
        assertThat(killedMidWrite).isPositive();
    }

    private void assertEveryFileOpens(String when) throws IOException {
        assertThat(ModelFiles.open(folder.resolve("model.zip")).samplesTrained()).as(when).isIn(SAMPLES);
        Lesson lesson = LessonFiles.open(folder.resolve("lesson.echolesson"));
        assertThat(lesson.model().samplesTrained()).as(when).isIn(SAMPLES);
        assertThat(new ObjectMapper().readTree(folder.resolve("weights.json").toFile()).get("samplesTrained").asLong())
                .as(when).isIn(SAMPLES);
        try (ZipFile npz = new ZipFile(folder.resolve("weights.npz").toFile())) {
            assertThat(npz.size()).as(when).isEqualTo(9);
        }
        assertThat(ModelProto.parseFrom(Files.readAllBytes(folder.resolve("model.onnx"))).getGraph().getNodeCount())
                .as(when).isPositive();
    }

    private Set<String> tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> AtomicFiles.TEMP_NAME.matcher(n).matches()).collect(Collectors.toSet());
        }
    }

    private Process startSaver() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Saver.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The child: saves every file in turn, forever, until it is killed. */
    public static final class Saver {
        public static void main(String[] args) throws IOException {
            Path folder = Path.of(args[0]);
            EchoTask task = new EchoTask(10, 100, 3);
            EchoModel model = new EchoModel(task, new ModelSettings(128, Optimizer.ADAM, 0.01, 1));
            SequenceGenerator generator = new SequenceGenerator(task, 1);
            model.fit(EchoBatch.next(generator, 8).block());
            EchoModel first = model.copy();
            model.fit(EchoBatch.next(generator, 8).block());
            List<EchoModel> models = List.of(first, model);
            TrainingSettings settings = new TrainingSettings(8, StopRule.samples(1000));
            for (long round = 0; ; round++) {
                EchoModel m = models.get((int) (round % 2));
                ModelFiles.save(m, folder.resolve("model.zip"), "test");
                LessonFiles.save(new Lesson(m, settings, new MetricHistory().curves()),
                        folder.resolve("lesson.echolesson"), "test");
                WeightsExport.writeJson(m, folder.resolve("weights.json"));
                WeightsExport.writeNpz(m, folder.resolve("weights.npz"));
                OnnxExport.write(m, folder.resolve("model.onnx"), "test");
                if (round == 0) {
                    System.out.println("saving");
                    System.out.flush();
                }
            }
        }
    }
}
