package org.echolstm.ui.guide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The guide read for the window that shows it without a browser, and the browser asked first. */
class GuidePageTest {

    @Test
    void theGuideReadsAsHeadingsParagraphsPicturesCodeAndTables() {
        GuidePage page = GuidePage.parse(UserGuide.page());
        assertThat(page.title()).isEqualTo("Echo LSTM Explorer — user guide");
        List<String> headings = page.blocks().stream().filter(b -> b instanceof GuidePage.Heading)
                .map(b -> GuidePage.words(((GuidePage.Heading) b).text())).toList();
        assertThat(headings).contains("The echo problem", "Replay", "Experiments", "Keyboard");
        List<String> pictures = page.blocks().stream().filter(b -> b instanceof GuidePage.Picture)
                .map(b -> ((GuidePage.Picture) b).file()).toList();
        assertThat(pictures).containsAll(UserGuide.files().subList(1, UserGuide.files().size()));
        assertThat(page.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(GuidePage.Code.class,
                c -> assertThat(c.text()).startsWith("import numpy as np\nimport onnxruntime as ort")));
        assertThat(page.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(GuidePage.Table.class,
                t -> assertThat(GuidePage.words(t.rows().get(0).get(0).text())).isEqualTo("Key")));
        String text = page.plainText();
        assertThat(text).doesNotContain("<", "body {").contains("Back to now (Home), or training on");
    }

    @Test
    void runsKeepTheirStyleAndSpacesAreCollapsed() {
        GuidePage page = GuidePage.parse("<html><head><title>T</title><style>p { }</style></head><body>"
                + "<p>Press\n   <kbd>F5</kbd> to <b>train</b> &amp; wait.</p><ol><li>one</li><li>two</li></ol></body></html>");
        assertThat(page.blocks()).hasSize(3);
        GuidePage.Paragraph p = (GuidePage.Paragraph) page.blocks().get(0);
        assertThat(p.text()).containsExactly(new GuidePage.Run("Press ", GuidePage.Style.PLAIN),
                new GuidePage.Run("F5", GuidePage.Style.KEY), new GuidePage.Run(" to ", GuidePage.Style.PLAIN),
                new GuidePage.Run("train", GuidePage.Style.BOLD), new GuidePage.Run(" & wait.", GuidePage.Style.PLAIN));
        assertThat(((GuidePage.Item) page.blocks().get(2)).marker()).isEqualTo("2.");
    }

    @Test
    void aBrowserCountsAsOpenedOnlyWhenTheDesktopSaysSo(@TempDir Path folder) throws Exception {
        URI page = folder.resolve("user-guide.html").toUri();
        assertThat(SystemBrowser.withXdgOpenFrom(folder.toString()).available()).as("no xdg-open").isFalse();
        assertThat(SystemBrowser.withXdgOpenFrom(folder.toString()).open(page).get()).isFalse();

        Path asked = folder.resolve("asked");
        xdgOpen(folder, "echo \"$1\" > " + asked + "; exit 3"); // xdg-open's "no program to open it"
        SystemBrowser noBrowser = SystemBrowser.withXdgOpenFrom("/nonexistent:" + folder);
        assertThat(noBrowser.available()).isTrue();
        assertThat(noBrowser.open(page).get()).isFalse();
        assertThat(Files.readString(asked).strip()).isEqualTo(page.toString());

        xdgOpen(folder, "exit 0");
        assertThat(SystemBrowser.withXdgOpenFrom(folder.toString()).open(page).get()).isTrue();
    }

    private static void xdgOpen(Path folder, String script) throws IOException {
        Path program = folder.resolve("xdg-open");
        Files.writeString(program, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
