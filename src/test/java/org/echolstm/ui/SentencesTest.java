package org.echolstm.ui;

import org.echolstm.ui.inside.InsideSentences;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences read as sentences: one moment, units 8, 16 and 17, in both languages. */
class SentencesTest {

    @Test
    void oneMomentIsOneMomentAndManyAreMoments() {
        assertThat(I18n.t("timeline.live", 1)).isEqualTo("Live. 1\u00a0moment kept: ← goes back");
        assertThat(I18n.t("timeline.live", 8)).isEqualTo("Live. 8\u00a0moments kept: ← goes back");
        I18n.use(Locale.GERMAN);
        try {
            assertThat(I18n.t("timeline.live", 1)).isEqualTo("Live. 1\u00a0Moment behalten: ← geht zurück");
            assertThat(I18n.t("timeline.live", 256)).isEqualTo("Live. 256\u00a0Momente behalten: ← geht zurück");
        } finally {
            I18n.use(Locale.ENGLISH);
        }
    }

    @Test
    void silencedUnitsAreListedInWordsNotAsASet() {
        BitSet units = new BitSet();
        units.set(8);
        assertThat(InsideSentences.silencedUnits(units)).isEqualTo("unit 8 silenced");
        units.set(16);
        units.set(17);
        assertThat(InsideSentences.silencedUnits(units)).isEqualTo("units 8, 16 and 17 silenced");
        assertThat(I18n.list(List.of("8", "16"))).isEqualTo("8 and 16");
        I18n.use(Locale.GERMAN);
        try {
            assertThat(InsideSentences.silencedUnits(units)).isEqualTo("Einheiten 8, 16 und 17 stummgeschaltet");
        } finally {
            I18n.use(Locale.ENGLISH);
        }
    }
}
