package org.echolstm.journey;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The title, the status bar and the charts say which file the lesson is, and only while it is. */
@Journey
class FileStateJourney {

    @Test
    void aDiscardedLessonTakesItsNameAlongAndAnOpenedModelSaysWhyItHasNoCurves() {
        Desktop desktop = Desktop.of(1600, 1000);
        Path home = Journeys.freshHome("file-state");
        RunningApp app = RunningApp.start(desktop, home);
        app.press("F5");
        Waits.until("training to the target", Duration.ofSeconds(90),
                () -> app.text("statusLabel").startsWith("Finished"), () -> app.text("statusLabel"));
        long trained = app.samplesShown();
        Path lesson = home.resolve("prep.echolesson");
        app.press("ctrl+shift+l");
        FileDialogs.saveAs(desktop, "Save lesson", lesson);
        Waits.until("the title naming the saved lesson", Duration.ofSeconds(10),
                () -> app.title().equals("prep.echolesson — Echo LSTM Explorer"), app::title);
        Path model = home.resolve("prep.zip");
        app.press("ctrl+shift+s");
        FileDialogs.saveAs(desktop, "Save model", model);
        Waits.until("the title naming the saved model", Duration.ofSeconds(10),
                () -> app.title().equals("prep.zip — Echo LSTM Explorer"), app::title);

        app.click(app.node("#presetBox"));
        app.click(Waits.forValue("the long-lag preset in the list", Duration.ofSeconds(10), () -> app.query(".list-cell")
                .stream().filter(cell -> RunningApp.textOf(cell).startsWith("Long lag")).findFirst()));
        Waits.until("the title without the discarded file", Duration.ofSeconds(10),
                () -> app.title().equals("Echo LSTM Explorer"), app::title);
        assertThat(app.text("statusLabel")).isEqualTo("No model yet: press Train to start.");
        app.press("F5");
        Waits.until("the long lag's expectation said", Duration.ofSeconds(10),
                () -> app.text("statusLabel").contains("tens of thousands of samples"), () -> app.text("statusLabel"));
        app.press("F8");
        Waits.until("training stopped", Duration.ofSeconds(30), () -> app.text("statusLabel").startsWith("Stopped"),
                () -> app.text("statusLabel"));
        Waits.until("some samples of the new model", Duration.ofSeconds(30), () -> app.samplesShown() > 0);
        Waits.until("the new model untitled", Duration.ofSeconds(10),
                () -> app.title().equals("*Untitled — Echo LSTM Explorer"), app::title);

        app.press("ctrl+o");
        FileDialogs.open(desktop, "Open model", model);
        app.waitForDialog("not saved");
        app.clickButton("Don’t save");
        Waits.until("the opened model named in the title", Duration.ofSeconds(30),
                () -> app.title().equals("prep.zip — Echo LSTM Explorer"), app::title);
        String note = Waits.forValue("the charts' note", Duration.ofSeconds(10), () -> app.query(".chart-placeholder")
                .stream().filter(n -> n.path("visible").asBoolean()).map(RunningApp::textOf).findFirst());
        assertThat(note).contains(String.format(java.util.Locale.US, "%,d", trained)).contains("open a lesson");
    }
}
