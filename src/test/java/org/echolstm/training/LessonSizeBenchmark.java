package org.echolstm.training;

import org.echolstm.model.EchoModel;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The size of a lesson file of the default task trained to 99 % held-out accuracy, without and with
 * its timeline, and the memory the timeline takes; then the same for a long run (200,000 samples)
 * where the timeline is full and thinned. Not a test; run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dmain.class=org.echolstm.training.LessonSizeBenchmark}.
 */
public final class LessonSizeBenchmark {
    private LessonSizeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        measure(Preset.DEFAULT.trainingSettings());
        measure(Preset.DEFAULT.trainingSettings().withStopRule(StopRule.samples(200_000)));
    }

    private static void measure(TrainingSettings settings) throws Exception {
        Preset preset = Preset.DEFAULT;
        TrainingSession session = new TrainingSession(
                new EchoModel(preset.task(), preset.modelSettings(Preset.DEFAULT_SEED)), settings);
        Timeline timeline = new Timeline();
        MetricHistory history = new MetricHistory(500);
        session.addListener(history);
        timeline.follow(session);
        session.run();
        timeline.mark();
        EchoModel model = session.modelCopy();
        Path folder = Files.createTempDirectory("lesson-size");
        Path without = folder.resolve("without.echolesson");
        Path with = folder.resolve("with.echolesson");
        LessonFiles.save(new Lesson(model, settings, history.curves()), without, "bench");
        LessonFiles.save(new Lesson(model, settings, history.curves(), timeline.snapshots()), with, "bench");
        long snapshotBytes = 4L * timeline.snapshots().get(0).parameters().length; // float32
        System.out.printf("%,d samples (held-out %.3f), %,d parameters: %d snapshots of %,d bytes each (%,d bytes in"
                        + " memory); lesson file %,d bytes without the timeline, %,d bytes with it (+%,d bytes,"
                        + " %.0f %% of the raw float32)%n",
                model.samplesTrained(), session.latest().heldOutAccuracy().orElse(Double.NaN), model.parameterCount(),
                timeline.snapshots().size(), snapshotBytes, snapshotBytes * timeline.snapshots().size(),
                Files.size(without), Files.size(with), Files.size(with) - Files.size(without),
                100.0 * (Files.size(with) - Files.size(without)) / (snapshotBytes * timeline.snapshots().size()));
        Files.delete(without);
        Files.delete(with);
        Files.delete(folder);
    }
}
