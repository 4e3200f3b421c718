package org.echolstm.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.echolstm.model.ModelFileException;
import org.echolstm.training.Lesson;
import org.echolstm.training.LessonFiles;
import org.echolstm.training.MetricHistory;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening a lesson file: it opens with a sound model, settings, and curves and snapshots the
 * window can show (numbers, accuracies within 0..1, parameters of the model's size), or is refused with one
 * sentence, within 5 s and a heap bounded by its size.
 */
class LessonFileFuzzTest {
    @BeforeAll
    static void warmUp() {
        FuzzTargets.warmUp();
    }

    @FuzzTest(maxDuration = FuzzTargets.MAX_DURATION)
    @DictionaryFile(resourcePath = FuzzTargets.FILE_DICTIONARY)
    void openLessonFile(byte[] input) {
        FuzzInputs.openBounded(input, LessonFileFuzzTest::open);
    }

    /** A well-formed zip of fuzzed entries, the lesson's own entry last. */
    @FuzzTest(maxDuration = FuzzTargets.MAX_DURATION)
    @DictionaryFile(resourcePath = FuzzTargets.FILE_DICTIONARY)
    void openLessonEntries(byte[] input) {
        FuzzInputs.openBounded(FuzzInputs.zipOfEntries(input), LessonFileFuzzTest::open);
    }

    private static void open(Path file) {
        try {
            Lesson lesson = LessonFiles.open(file);
            FuzzInputs.assertSound(lesson.model());
            assertThat(lesson.settings()).isNotNull();
            MetricHistory.Curves history = lesson.history();
            for (List<MetricHistory.Point> curve : List.of(history.loss(), history.smoothedLoss(),
                    history.trainAccuracy(), history.heldOutAccuracy())) {
                assertThat(curve).allSatisfy(p -> {
                    assertThat(p.samples()).isNotNegative();
                    assertThat(p.value()).isFinite();
                });
            }
            for (List<MetricHistory.Point> accuracy : List.of(history.trainAccuracy(), history.heldOutAccuracy())) {
                assertThat(accuracy).allSatisfy(p -> assertThat(p.value()).isBetween(0.0, 1.0));
            }
            assertThat(lesson.snapshots()).allSatisfy(s -> {
                assertThat(s.samples()).isNotNegative();
                assertThat(s.heldOutAccuracy()).isBetween(0.0, 1.0);
                assertThat(s.parameters()).hasSize(lesson.model().parameters().length);
            });
        } catch (ModelFileException e) {
            FuzzInputs.assertOneSentence(e.getMessage());
        }
    }
}
