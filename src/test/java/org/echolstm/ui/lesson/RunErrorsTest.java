package org.echolstm.ui.lesson;

import org.echolstm.ui.I18n;
import org.echolstm.ui.MainViewModel;
import org.echolstm.ui.ScriptedDialogs;
import org.echolstm.ui.SmallLessons;
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
    void theGermanWindowSaysWhyTheLibraryFailedInGerman() {
        I18n.use(Locale.GERMAN);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        MainViewModel vm = SmallLessons.window(dialogs, 64);
        UnsatisfiedLinkError error = new UnsatisfiedLinkError("no jnind4jcpu in java.library.path");

        vm.training().libraryFailed(error);

        assertThat(dialogs.calls()).singleElement().satisfies(call -> {
            assertThat(call.title()).isEqualTo("Die Rechenbibliothek konnte nicht geladen werden");
            assertThat(call.message()).startsWith("Die Rechenbibliothek konnte auf diesem Computer nicht geladen werden")
                    .doesNotContain("java.library.path");
        });
        assertThat(dialogs.errors()).containsExactly(error); // the English details stay there, to copy
    }
}
