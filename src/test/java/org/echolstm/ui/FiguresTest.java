package org.echolstm.ui;

import org.echolstm.training.TrainingCost;
import org.echolstm.ui.preferences.Zoom;
import org.echolstm.ui.status.StatusBarViewModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A figure and its unit stay on one line ("2.4 %" never breaks before the %), and a figure is
 * written as the window's language writes it (0:01,6 beside 99,7 % in German).
 */
class FiguresTest {
    private static final String NBSP = "\u00a0";

    @Test
    void figuresAndTheirUnitsAreJoinedByANoBreakSpace() {
        assertThat(StatusBarViewModel.percent(0.024)).isEqualTo("2.4" + NBSP + "%");
        assertThat(Zoom.percent(1.5)).isEqualTo("150" + NBSP + "%");
        assertThat(I18n.percent(0.14)).isEqualTo("14" + NBSP + "%");
        assertThat(TrainingCost.duration(12, Locale.ENGLISH)).isEqualTo("12" + NBSP + "s");
        assertThat(TrainingCost.duration(9000, Locale.GERMAN)).isEqualTo("2,5" + NBSP + "h");
        assertThat(I18n.t("speed.perSecond", "3")).isEqualTo("3" + NBSP + "steps/s");
    }

    @Test
    void noTextBreaksBetweenAFigureAndItsUnit() throws IOException {
        Pattern breakable = Pattern.compile("(\\d|\\})[ ](%|samples\\b|Beispiel|steps/s|Schritte/s|moments?\\b|Momente?\\b)");
        for (String name : new String[] {"messages.properties", "messages_de.properties"}) {
            Properties bundle = new Properties();
            try (InputStream in = FiguresTest.class.getResourceAsStream("/org/echolstm/ui/" + name)) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(bundle.stringPropertyNames()).allSatisfy(key ->
                    assertThat(bundle.getProperty(key)).as(name + " " + key).doesNotContainPattern(breakable));
        }
    }

    @Test
    void theClockWritesTenthsAsTheLanguageWritesDecimals() {
        assertThat(StatusBarViewModel.clock(61_600_000_000L)).isEqualTo("1:01.6");
        I18n.use(Locale.GERMAN);
        try {
            assertThat(StatusBarViewModel.clock(1_600_000_000L)).isEqualTo("0:01,6");
            assertThat(StatusBarViewModel.percent(0.997)).isEqualTo("99,7" + NBSP + "%");
        } finally {
            I18n.use(Locale.ENGLISH);
        }
    }
}
