package org.echolstm.ui.lesson;

import org.echolstm.model.ModelFileException;
import org.echolstm.model.ModelFileException.Problem;
import org.echolstm.model.dl4j.ModelFiles;
import org.echolstm.training.LessonFiles;
import org.echolstm.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** File failures reach the window as sentences of its own language, never the model layer's English. */
class FileErrorsTest {
    @AfterEach
    void backToEnglish() {
        I18n.use(Locale.ENGLISH);
    }

    @Test
    void everyProblemHasASentenceInEveryLanguage() {
        Object[] arguments = {"model.zip", "42", "7", "3"};
        for (Locale language : I18n.LANGUAGES) {
            I18n.use(language);
            for (Problem problem : Problem.values()) {
                ModelFileException e = new ModelFileException(problem, arguments);
                String sentence = FileErrors.sentence(e);
                assertThat(sentence).as(language + " " + problem).doesNotContain("{").doesNotContain("''")
                        .endsWith(".");
            }
        }
    }

    @Test
    void anApostropheInAPatternIsShownAsOne() {
        assertThat(FileErrors.sentence(new ModelFileException(Problem.TASK_INVALID, "length must be between 1 and 1000")))
                .isEqualTo("The model file's task is invalid.");
    }

    @Test
    void theGermanWindowShowsGermanSentencesForRealFailures(@TempDir Path folder) throws IOException {
        I18n.use(Locale.GERMAN);
        ResourceBundle german = ResourceBundle.getBundle(I18n.BUNDLE, Locale.GERMAN);
        Path notAZip = Files.writeString(folder.resolve("notes.zip"), "no zip");
        ModelFileException notZip = catchThrowableOfType(ModelFileException.class, () -> ModelFiles.open(notAZip));
        assertThat(FileErrors.sentence(notZip)).isEqualTo("notes.zip ist keine Modelldatei (kein lesbares Zip-Archiv).")
                .isNotEqualTo(notZip.getMessage());

        ModelFileException missing = catchThrowableOfType(ModelFileException.class,
                () -> LessonFiles.open(folder.resolve("gone.echolesson")));
        assertThat(FileErrors.sentence(missing)).isEqualTo("gone.echolesson existiert nicht.");

        // An export's plain I/O failure names its file too.
        String denied = FileErrors.sentence(new AccessDeniedException(folder.resolve("model.onnx").toString()));
        assertThat(denied).isEqualTo("model.onnx konnte nicht geschrieben werden: keine Berechtigung.");
        assertThat(FileErrors.sentence(new IOException("Input/output error"))).isEqualTo(german.getString("fileError.other"));
        assertThat(FileErrors.sentence(new IllegalStateException("boom"))).isEqualTo(german.getString("fileError.unexpected"));
    }

    @Test
    void aProblemsKeyFollowsItsName() {
        assertThat(FileErrors.key(Problem.READ_DENIED)).isEqualTo("fileError.readDenied");
        assertThat(FileErrors.key(Problem.NOT_A_ZIP)).isEqualTo("fileError.notAZip");
    }
}
