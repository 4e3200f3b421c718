package org.echolstm.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.echolstm.model.ModelFileException;
import org.echolstm.training.Lesson;
import org.echolstm.training.LessonFiles;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening a lesson file: it opens with settings and curves the window can show, or is refused
 * with one sentence, within 5 s and a heap bounded by its size.
 */
class LessonFileFuzzTest {
    @BeforeAll
    static void warmUp() {
        FuzzTargets.warmUp();
    }

    @FuzzTest(maxDuration = FuzzTargets.MAX_DURATION)
    void openLessonFile(byte[] input) {
        open(input);
    }

    /** A well-formed zip of fuzzed entries, the lesson's own entry last. */
    @FuzzTest(maxDuration = FuzzTargets.MAX_DURATION)
    void openLessonEntries(byte[] input) {
        open(FuzzInputs.zipOfEntries(input));
    }

    private static void open(byte[] bytes) {
        Path file = FuzzInputs.write(bytes);
        FuzzInputs.assertAllocationBounded(bytes.length, () -> open(file));
    }

    private static void open(Path file) {
        try {
            Lesson lesson = LessonFiles.open(file);
            assertThat(lesson.settings()).isNotNull();
            assertThat(lesson.history().loss()).allSatisfy(p -> assertThat(p.value()).isFinite());
            assertThat(lesson.history().heldOutAccuracy()).allSatisfy(p -> assertThat(p.value()).isFinite());
            assertThat(lesson.snapshots()).allSatisfy(s -> assertThat(s.parameters())
                    .hasSize(lesson.model().parameters().length));
        } catch (ModelFileException e) {
            FuzzInputs.assertOneSentence(e.getMessage());
        }
    }
}
