package org.echolstm.cli.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.PrintWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak run: the real window trains for {@code soak.minutes} minutes while random user actions
 * arrive, and fails if the heap, the frame pulse or the thread count grew. It belongs to neither
 * test lane (its name matches no pattern, and it runs only when asked):
 * {@code ./mvnw -o test -Dtest=SoakRun -Dsoak.minutes=30} runs it headless;
 * add {@code -Dheadless.argLine=} to run it in a real window under a display.
 */
@EnabledIfSystemProperty(named = "soak.minutes", matches = "[0-9]+")
class SoakRun {
    @Test
    void theWindowStaysSteadyUnderRandomActions() throws Exception {
        int minutes = Integer.getInteger("soak.minutes");
        assertThat(Soak.run(minutes, 1, new PrintWriter(System.out, true))).as("the soak's verdict").isTrue();
    }
}
