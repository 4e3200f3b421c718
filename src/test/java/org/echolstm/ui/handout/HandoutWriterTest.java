package org.echolstm.ui.handout;

import org.echolstm.model.ModelFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class HandoutWriterTest {
    private static final Handout.Words WORDS = new Handout.Words("Settings", "Curves", "Stops", "Stop {0}: {1}",
            "Inside", "No stops.", "Made with Echo LSTM Explorer");

    @TempDir
    Path folder;

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static Handout handout(List<Handout.Page> pages) throws IOException {
        return new Handout("en", "The echo task <5/4/2>", List.of(new Handout.Figure("Sequence length", "5"),
                new Handout.Figure("Held-out accuracy", "97.5\u00a0%")), png(), pages, png(), WORDS);
    }

    @Test
    void textIsEscapedAndNotesKeepTheirParagraphs() throws IOException {
        String html = HandoutWriter.html(handout(List.of(new Handout.Page(1, "A < B & \"C\"",
                "First line\nsecond line of it.\n\n\nA <script>alert(1)</script> paragraph.", png(), List.of()))));
        assertThat(html).contains("<title>The echo task &lt;5/4/2&gt;</title>")
                .contains("<h3>Stop 1: A &lt; B &amp; &quot;C&quot;</h3>")
                .contains("<p>First line<br>\nsecond line of it.</p>\n<p>A &lt;script&gt;alert(1)&lt;/script&gt; paragraph.</p>")
                .doesNotContain("<script");
    }

    @Test
    void everyPictureIsInlinedAndNothingIsFetched() throws IOException {
        String html = HandoutWriter.html(handout(List.of(new Handout.Page(1, "One", "", png(), List.of()),
                new Handout.Page(2, "Two", "", png(), List.of(new Handout.Figure("Sequence", "0 1 2"))))));
        assertThat(html.split("src=\"data:image/png;base64,", -1)).hasSize(5);
        assertThat(html).doesNotContain("http:", "https:", "<link", "@import", "url(", "<script")
                .contains("<meta charset=\"utf-8\">", "<th scope=\"row\">Sequence</th><td>0 1 2</td>",
                        "max-width: 100%", "@media print");
    }

    @Test
    void aLessonWithoutStopsSaysSo() throws IOException {
        String html = HandoutWriter.html(handout(List.of()));
        assertThat(html).contains("<p>No stops.</p>", "<h2>Curves</h2>", "<h2>Inside</h2>");
        assertThat(html.split("src=\"data:image/png;base64,", -1)).hasSize(3);
    }

    @Test
    void theFileIsUtf8() throws IOException {
        Path file = folder.resolve("handout.html");
        HandoutWriter.write(handout(List.of(new Handout.Page(1, "Größe – 5\u00a0%", "", png(), List.of()))), file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Größe – 5\u00a0%");
    }

    @Test
    void aWriteFailureNamesTheFile() throws IOException {
        Path file = folder.resolve("missing").resolve("handout.html");
        ModelFileException e = catchThrowableOfType(ModelFileException.class, () -> HandoutWriter.write(handout(List.of()), file));
        assertThat(e.getMessage()).contains("handout.html");
    }
}
