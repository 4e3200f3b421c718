package org.echolstm.training;

import org.junit.jupiter.api.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;
import onnx.Onnx.ModelProto;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SampleBlock;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.AtomicFiles;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ExportFormat;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.NpzReader;
import org.echolstm.model.Optimizer;
import org.echolstm.model.StoppingDisk;
import org.echolstm.model.dl4j.ModelFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed (SIGKILL) while saving leaves the previous file or the new one, wherever the
 * kill lands: a child JVM writes the five files of a lesson again for a model one step further
 * on, and stops for good at a point this test chooses (before the first byte of a file, halfway
 * through it, or with the whole file on disk but not yet in place); it is killed there. Then the
 * files it finished hold the new model, the one it was writing and those after it the old one.
 */
@Tag("integration") // forked JVMs killed mid-save: in ./mvnw verify's integration phase
class CrashDuringSaveTest {
    private static final EchoTask TASK = new EchoTask(10, 20, 3);
    private static final ModelSettings SETTINGS = new ModelSettings(16, Optimizer.ADAM, 0.01, 1);
    private static final long OLD = 8;
    private static final long NEW = 16;
    /** The files in the order the child writes them (the exports first: they need no ND4J). */
    private static final List<String> FILES = List.of("weights.json", "weights.npz", "model.onnx", "model.zip",
            "lesson.echolesson");

    @TempDir
    Path folder;

    /** Where a save stops: file {@code file} (an index into {@link #FILES}), after a share of its bytes or before its move. */
    record Stop(int file, OptionalLong share) {
        @Override
        public String toString() {
            return FILES.get(file) + (share.isEmpty() ? ", written but not yet in place"
                    : share.getAsLong() == 0 ? ", before its first byte" : ", halfway through");
        }
    }

    static Stream<Stop> stops() {
        List<Stop> stops = new ArrayList<>();
        for (int file = 0; file < FILES.size(); file++) {
            stops.add(new Stop(file, OptionalLong.of(2)));
            stops.add(new Stop(file, OptionalLong.empty()));
        }
        stops.add(new Stop(FILES.indexOf("model.zip"), OptionalLong.of(0)));
        return stops.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stops")
    void aKilledSaveLeavesThePreviousFileOrTheNewOne(Stop stop) throws Exception {
        List<EchoModel> models = models();
        writeAll(models.get(0), folder, FILES.size());
        // Halfway: the child's file is about as long as the one it replaces.
        OptionalLong bytes = stop.share().isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(stop.share().getAsLong() == 0 ? 0 : Files.size(folder.resolve(FILES.get(stop.file()))) / 2);
        Process saver = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Saver.class.getName(),
                folder.toString(), Integer.toString(stop.file()), bytes.isPresent() ? Long.toString(bytes.getAsLong()) : "move")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("where the child stopped").isEqualTo("stopped " + (bytes.isPresent() ? bytes.getAsLong() : -1));
            List<Path> temps = tempFiles();
            assertThat(temps).as("the file being written").hasSize(1);
            long onDisk = Files.size(temps.get(0));
            if (bytes.isPresent()) {
                assertThat(onDisk).isEqualTo(bytes.getAsLong());
            } else {
                assertThat(onDisk).isPositive();
            }
            saver.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no finally
            assertThat(saver.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            saver.destroyForcibly();
        }
        for (int file = 0; file < FILES.size(); file++) {
            assertThat(samplesIn(file)).as("%s after a kill at %s", FILES.get(file), stop)
                    .isEqualTo(file < stop.file() ? NEW : OLD);
        }
    }

    /** The samples the model in file {@code file} was trained on, read as its own kind of file would be. */
    private long samplesIn(int file) throws IOException {
        Path path = folder.resolve(FILES.get(file));
        return switch (FILES.get(file)) {
            case "weights.json" -> new ObjectMapper().readTree(path.toFile()).get("samplesTrained").asLong();
            case "weights.npz" -> {
                assertThat(NpzReader.read(path)).hasSize(9);
                yield npzSamples(path);
            }
            case "model.onnx" -> Long.parseLong(ModelProto.parseFrom(Files.readAllBytes(path)).getMetadataPropsList()
                    .stream().filter(p -> p.getKey().equals("samples_trained")).findFirst().orElseThrow().getValue());
            case "model.zip" -> ModelFiles.open(path).samplesTrained();
            default -> LessonFiles.open(path).model().samplesTrained();
        };
    }

    /** The npz holds no sample count: its first weight tells the two models apart. */
    private long npzSamples(Path npz) throws IOException {
        float first = NpzReader.read(npz).get("lstm_input_weights").floats()[0];
        List<EchoModel> models = models();
        for (EchoModel model : models) {
            if (model.parameters()[0] == first) {
                return model.samplesTrained();
            }
        }
        throw new AssertionError("the npz holds neither model");
    }

    private List<Path> tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> AtomicFiles.TEMP_NAME.matcher(p.getFileName().toString()).matches()).toList();
        }
    }

    /** The old model (trained on 8 samples) and the new one, a step further on (16). */
    static List<EchoModel> models() {
        EchoModel model = new EchoModel(TASK, SETTINGS);
        SequenceGenerator generator = new SequenceGenerator(TASK, 1);
        SampleBlock batch = new SampleBlock(TASK);
        generator.fill(batch, 8);
        model.fit(batch);
        EchoModel old = model.copy();
        generator.fill(batch, 8);
        model.fit(batch);
        return List.of(old, model);
    }

    /** Writes the first {@code count} of the files for {@code model}. */
    static void writeAll(EchoModel model, Path folder, int count) throws IOException {
        for (int file = 0; file < count; file++) {
            Path path = folder.resolve(FILES.get(file));
            switch (FILES.get(file)) {
                case "weights.json" -> ExportFormat.WEIGHTS_JSON.write(model, path, "test");
                case "weights.npz" -> ExportFormat.WEIGHTS_NPZ.write(model, path, "test");
                case "model.onnx" -> ExportFormat.ONNX.write(model, path, "test");
                case "model.zip" -> ModelFiles.save(model, path, "test");
                default -> LessonFiles.save(new Lesson(model, new TrainingSettings(8, StopRule.samples(1000)),
                        new MetricHistory().curves()), path, "test");
            }
        }
    }

    /** The child: writes the files for the new model until the save of file {@code args[1]} stops for good. */
    public static final class Saver {
        public static void main(String[] args) throws IOException {
            Path folder = Path.of(args[0]);
            int file = Integer.parseInt(args[1]);
            OptionalLong bytes = args[2].equals("move") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(args[2]));
            StoppingDisk.install(file, bytes, written -> {
                System.out.println("stopped " + written);
                System.out.flush();
            });
            writeAll(models().get(1), folder, FILES.size());
            System.out.println("not stopped");
        }
    }
}
