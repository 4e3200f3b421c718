package org.echolstm.ui.guide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The guide installed for the browser is whole: every picture it shows is beside it. */
class UserGuideTest {

    @Test
    void everyFileThePageRefersToIsInstalledBesideIt(@TempDir Path folder) throws IOException {
        Path page = UserGuide.install(folder);
        assertThat(page).isEqualTo(folder.resolve("user-guide.html")).isRegularFile();
        Matcher reference = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(Files.readString(page));
        int pictures = 0;
        while (reference.find()) {
            String target = reference.group(1);
            if (!target.startsWith("#") && !target.contains(":")) {
                assertThat(folder.resolve(target)).as(target).isRegularFile().isNotEmptyFile();
                pictures++;
            }
        }
        assertThat(pictures).isGreaterThanOrEqualTo(13);
        assertThat(folder.resolve("replay.png")).isRegularFile();
    }

    @Test
    void everyPictureThatShipsIsShownByTheGuide() throws IOException {
        try (Stream<Path> shipped = Files.list(Path.of("src/main/resources/org/echolstm/ui/help"))) {
            assertThat(shipped.map(p -> p.getFileName().toString()))
                    .allSatisfy(name -> assertThat(UserGuide.files()).as("%s is shipped but not in the guide", name).contains(name));
        }
    }
}
