package org.echolstm.ui.lesson;

import org.echolstm.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures of training and prediction reach the window in its own language; their English stays in the details. */
class RunErrorsTest {
    @AfterEach
    void backToEnglish() {
        I18n.use(Locale.ENGLISH);
    }

    @Test
    void eachKindOfFailureHasItsSentenceInEveryLanguage() {
        for (Locale language : I18n.LANGUAGES) {
            I18n.use(language);
            ResourceBundle bundle = ResourceBundle.getBundle(I18n.BUNDLE, language);
            assertThat(RunErrors.sentence(new OutOfMemoryError("Java heap space")))
                    .isEqualTo(bundle.getString("runError.memory"));
            assertThat(RunErrors.sentence(new IllegalStateException("wrapped", new UnsatisfiedLinkError("no jnind4jcpu"))))
                    .isEqualTo(bundle.getString("runError.library"));
            assertThat(RunErrors.sentence(new IllegalArgumentException("index 26 out of bounds for length 25")))
                    .isEqualTo(bundle.getString("runError.unexpected"))
                    .doesNotContain("index 26");
        }
    }

    @Test
    void aFileActionThatCannotLoadTheNumericsLibrarySaysSoInGerman() {
        I18n.use(Locale.GERMAN);
        UnsatisfiedLinkError error = new UnsatisfiedLinkError("no jnind4jcpu in java.library.path");

        assertThat(FileErrors.sentence(new ExceptionInInitializerError(error)))
                .startsWith("Die Rechenbibliothek konnte auf diesem Computer nicht geladen werden")
                .doesNotContain("java.library.path");
        assertThat(FileErrors.sentence(new OutOfMemoryError("Java heap space")))
                .startsWith("Für dieses Modell reicht der Arbeitsspeicher nicht");
    }
}
