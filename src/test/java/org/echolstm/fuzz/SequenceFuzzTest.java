package org.echolstm.fuzz;

import org.junit.jupiter.api.Tag;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.echolstm.cli.EchoCommand;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code predict --sequence TEXT} with any text: an answer (exit 0) or a usage error that says
 * what is wrong (exit 2), never a failure of the command itself.
 */
@Tag("integration") // each replayed input runs predict on a model file (30 s): in ./mvnw verify's integration phase
class SequenceFuzzTest {
    static final String MODEL_RESOURCE = "predict-model.zip";
    private static Path model;

    @BeforeAll
    static void copyModel() throws IOException {
        FuzzTargets.warmUp();
        model = Files.createTempFile("echo-lstm-predict", ".zip");
        model.toFile().deleteOnExit();
        try (InputStream in = SequenceFuzzTest.class.getResourceAsStream(MODEL_RESOURCE)) {
            Files.copy(in, model, StandardCopyOption.REPLACE_EXISTING);
        }
        predict("0,1,2,3,0".getBytes(StandardCharsets.UTF_8)); // loads the command line's classes
    }

    @FuzzTest(maxDuration = FuzzTargets.MAX_DURATION)
    void predictSequence(byte[] input) {
        predict(input);
    }

    private static void predict(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = EchoCommand.commandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("predict", "--model", model.toString(), "--sequence", text);
        assertThat(status).as("exit status for %s; errors: %s", text, err).isIn(0, 2);
        if (status == 0) {
            assertThat(out.toString()).startsWith("predicted ");
        } else {
            assertThat(err.toString()).isNotBlank().doesNotContain("Exception").doesNotContain("Unexpected error");
        }
    }
}
