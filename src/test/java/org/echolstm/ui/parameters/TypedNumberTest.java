package org.echolstm.ui.parameters;

import org.echolstm.echo.Bounds;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.InvalidSettingException;
import org.echolstm.echo.OutOfRange;
import org.echolstm.ui.I18n;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A range is written with the numbers as the reader writes them: 1,000,000,000 or 1.000.000.000, 0.000001 or 0,000001. */
class TypedNumberTest {

    @Test
    void rangesAreWrittenWithTheLanguagesGroupingAndDecimals() {
        assertThat(TypedNumber.whole("sample limit", "0", 1, 1_000_000_000).problem())
                .isEqualTo("sample limit must be between 1 and 1,000,000,000 (was 0)");
        assertThat(TypedNumber.whole("sample limit", "x", 1, 1_000_000_000).problem())
                .isEqualTo("sample limit must be a whole number between 1 and 1,000,000,000");
        I18n.use(Locale.GERMAN);
        try {
            assertThat(TypedNumber.whole("Beispielgrenze", "12345678901", 1, 1_000_000_000).problem())
                    .isEqualTo("Beispielgrenze muss zwischen 1 und 1.000.000.000 liegen (war 12.345.678.901)");
            assertThat(TypedNumber.decimal("Lernrate", "20", 0.000001, 10).problem())
                    .isEqualTo("Lernrate muss zwischen 0,000001 und 10 liegen (war 20)");
        } finally {
            I18n.use(Locale.ENGLISH);
        }
        assertThat(TypedNumber.decimal("learning rate", "20", 0.000001, 10).problem())
                .isEqualTo("learning rate must be between 0.000001 and 10 (was 20)");
    }

    @Test
    void aSettingsRangeIsOneFactSaidInEitherLanguage() {
        InvalidSettingException refused = catchThrowableOfType(() -> new EchoTask(0, 10, 0), InvalidSettingException.class);
        OutOfRange range = refused.range().orElseThrow();
        assertThat(range.field()).isEqualTo(EchoTask.LENGTH_FIELD);
        assertThat(refused.getMessage()).isEqualTo(range.english())
                .isEqualTo("sequence length must be between 1 and 1,000 (was 0)");
        I18n.use(Locale.GERMAN);
        try {
            assertThat(TypedNumber.words(range, I18n.t("name.length")))
                    .isEqualTo("Folgenlänge muss zwischen 1 und 1.000 liegen (war 0)");
        } finally {
            I18n.use(Locale.ENGLISH);
        }
    }

    @Test
    void theCommandLinesRangesAreGroupedToo() {
        assertThat(Bounds.problem("samples", -5L, 0, 1_000_000_000)).contains("samples must be between 0 and 1,000,000,000 (was -5)");
    }
}
