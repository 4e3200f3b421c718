package org.echolstm.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.echolstm.model.ModelFileException;
import org.echolstm.model.dl4j.ModelFiles;
import org.echolstm.training.LessonFiles;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;

/**
 * Opening a model file, as the window and the CLI do: any file either opens, as a model that
 * trains as its task description says, or is refused with one sentence,
 * within 5 s and a heap bounded by its size.
 */
class ModelFileFuzzTest {
    @BeforeAll
    static void warmUp() {
        FuzzTargets.warmUp();
    }

    /** The file's bytes as they are: the zip layer. */
    @FuzzTest(maxDuration = FuzzTargets.MAX_DURATION)
    @DictionaryFile(resourcePath = FuzzTargets.FILE_DICTIONARY)
    void openModelFile(byte[] input) {
        FuzzInputs.openBounded(input, ModelFileFuzzTest::open);
    }

    /** A well-formed zip of fuzzed entries: the JSON, configuration and array readers. */
    @FuzzTest(maxDuration = FuzzTargets.MAX_DURATION)
    @DictionaryFile(resourcePath = FuzzTargets.FILE_DICTIONARY)
    void openModelEntries(byte[] input) {
        FuzzInputs.openBounded(FuzzInputs.zipOfEntries(input), ModelFileFuzzTest::open);
    }

    private static void open(Path file) {
        try {
            FuzzInputs.assertSound(LessonFiles.openModel(file));
        } catch (ModelFiles.TaskUnknownException e) {
            FuzzInputs.assertOneSentence(e.getMessage());
            try {
                FuzzInputs.assertSound(ModelFiles.openWithTask(file, FuzzSeeds.TASK.length(),
                        FuzzSeeds.TASK.echoIndex()));
            } catch (ModelFileException refused) {
                FuzzInputs.assertOneSentence(refused.getMessage());
            }
        } catch (ModelFileException e) {
            FuzzInputs.assertOneSentence(e.getMessage());
        }
    }
}
