package org.echolstm.cli.bench;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The soak's verdict compares the first minutes (after the first) with the last ones. */
class SoakVerdictTest {
    private static List<Soak.Minute> minutes(double heapStart, double heapPerMinute, int threadsPerMinute) {
        List<Soak.Minute> minutes = new ArrayList<>();
        for (int m = 1; m <= 10; m++) {
            minutes.add(new Soak.Minute(m, heapStart + heapPerMinute * m, 20, 40, 20 + threadsPerMinute * m, 40));
        }
        return minutes;
    }

    private static String verdict(List<Soak.Minute> minutes, boolean expected) {
        StringWriter text = new StringWriter();
        assertThat(Soak.verdict(minutes, 0, new PrintWriter(text))).isEqualTo(expected);
        return text.toString();
    }

    @Test
    void steadyFiguresAreSteady() {
        assertThat(verdict(minutes(50, 0.2, 0), true)).startsWith("Verdict: STEADY");
    }

    @Test
    void aGrowingHeapOrThreadCountIsCaught() {
        assertThat(verdict(minutes(50, 10, 0), false)).startsWith("Verdict: GROWS").contains("MiB (grows)");
        assertThat(verdict(minutes(50, 0, 2), false)).contains("threads").endsWith("(grows); 0 error dialogs\n");
    }

    @Test
    void aSpikeInOneMinuteIsNoGrowth() {
        List<Soak.Minute> minutes = minutes(50, 0, 0);
        minutes.set(8, new Soak.Minute(9, 150, 20, 40, 20, 40));
        assertThat(verdict(minutes, true)).startsWith("Verdict: STEADY");
    }
}
