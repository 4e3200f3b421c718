package org.echolstm.training;

import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SampleBlock;
import org.echolstm.model.Ablation;
import org.echolstm.model.GateClamp;
import org.echolstm.model.LstmProbe;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.echolstm.model.EchoModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training and replaying a moment of the timeline run on the engine alone: a fresh JVM trains a
 * model, replays its snapshots (held-out figures, an ablated evaluation, a prediction, a look
 * inside) and never loads a class of ND4J or DL4J. Before, a replay built a DL4J network and so
 * loaded ND4J's native library (about a second on first use).
 */
class ReplayWithoutNd4jTest {
    @TempDir
    Path folder;

    @Test
    void replayingAMomentLoadsNoClassOfNd4jOrDl4j() throws IOException, InterruptedException {
        Path classLog = folder.resolve("classes.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + classLog,
                "-cp", System.getProperty("java.class.path"), Replayer.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("replayed 3 moments");

        List<String> loaded = Files.readAllLines(classLog);
        assertThat(loaded).as("the class log").anyMatch(line -> line.contains(Snapshot.class.getName() + " "));
        assertThat(loaded).noneMatch(line -> line.contains(" org.nd4j.") || line.contains(" org.deeplearning4j."));
    }

    /** The child: trains, then replays the timeline's moments as the window does. */
    public static final class Replayer {
        public static void main(String[] args) {
            EchoTask task = new EchoTask(5, 6, 2);
            ModelSettings settings = new ModelSettings(8, Optimizer.RMSPROP, 0.01, 2);
            TrainingSession session = new TrainingSession(new EchoModel(task, settings),
                    new TrainingSettings(8, StopRule.samples(480), 200, 160));
            Timeline timeline = new Timeline();
            timeline.follow(session);
            session.run();
            List<Snapshot> snapshots = timeline.snapshots();
            SampleBlock heldOut = HeldOutSet.of(task, settings.seed(), 200);
            BitSet silenced = new BitSet();
            silenced.set(0);
            for (Snapshot snapshot : snapshots) {
                ModelAccess replay = snapshot.replay(task, settings);
                double accuracy = replay.withModel(m -> Evaluation.of(m, heldOut).accuracy());
                if (accuracy != snapshot.heldOutAccuracy()) {
                    throw new AssertionError("replayed " + accuracy + ", recorded " + snapshot.heldOutAccuracy());
                }
                replay.withModel(m -> HeldOutSet.evaluate(m, new Ablation(silenced, GateClamp.FORGET_OPEN)));
                replay.withModel(m -> m.predict(new int[] {1, 2, 3, 4, 5}));
                replay.withModel(m -> new LstmProbe(m).trace(new int[] {5, 4, 3, 2, 1}));
            }
            System.out.println("replayed " + snapshots.size() + " moments");
        }
    }
}
