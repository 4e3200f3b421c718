package org.echolstm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The streaming writer gives, value for value, what Jackson's data binding gives. */
class JsonTest {
    record Point(String name, int step, double loss, float[] probabilities, List<Long> samples, boolean reached,
                 TimeUnit unit, Map<String, Object> extra) {
    }

    @Test
    void writesWhatDataBindingWrites() throws Exception {
        Map<String, Object> value = Json.object("event", "final", "samples", 11_776L, "loss", 0.112482430170910,
                "tiny", 1.0e-7, "big", 3.4e38f, "nothing", null, "quote", "say \"hi\"\n\ttab \u00e9 \u0001",
                "sequence", new int[] {3, 7, 1}, "gradient", new double[] {0.5, Double.MIN_VALUE},
                "points", List.of(new Point("a", 2, 0.25, new float[] {0.1f, 0.9f}, Arrays.asList(1L, null), true,
                        TimeUnit.SECONDS, Json.object("nested", List.of()))));
        String line = Json.line(value);
        assertThat(line).isEqualTo(new ObjectMapper().writeValueAsString(value)).doesNotContain("\n");
    }

    @Test
    void aValueWithoutAJsonFormIsRefusedByName() {
        assertThatThrownBy(() -> Json.line(Json.object("thread", new Object()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
    }
}
