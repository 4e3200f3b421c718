package org.echolstm.ui.preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.prefs.BackingStoreException;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's scale walks its steps from 50 % to 300 %, composes with presentation mode and is remembered. */
class ZoomTest {
    private final java.util.prefs.Preferences node =
            java.util.prefs.Preferences.userRoot().node("org/echolstm/test-zoom-" + System.nanoTime());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void zoomingInAndOutWalksEveryStepAndStopsAtTheEnds() {
        double scale = Zoom.NORMAL;
        int upSteps = 0;
        while (Zoom.larger(scale) > scale) {
            scale = Zoom.larger(scale);
            upSteps++;
        }
        assertThat(scale).isEqualTo(3.0);
        int downSteps = 0;
        while (Zoom.smaller(scale) < scale) {
            scale = Zoom.smaller(scale);
            downSteps++;
        }
        assertThat(scale).isEqualTo(0.5);
        assertThat(downSteps + 1).isEqualTo(Zoom.STEPS.length);
        assertThat(upSteps).isEqualTo(7);
        assertThat(Zoom.larger(1)).isEqualTo(1.1);
        assertThat(Zoom.smaller(1)).isEqualTo(0.9);
    }

    @Test
    void aSidePanelGrowsWithTheTypeWhereTheWindowHasRoom() {
        assertThat(Zoom.panelWidth(330, 1, 1280)).as("normal size").isEqualTo(330);
        assertThat(Zoom.panelWidth(330, 0.8, 1920)).as("smaller").isEqualTo(264);
        assertThat(Zoom.panelWidth(330, 1.5, 1920)).as("150 % on a wide window: as the type").isEqualTo(495);
        assertThat(Zoom.panelWidth(330, 1.5, 1280)).as("150 % on a narrow window: the least")
                .isEqualTo(Zoom.panelWidth(330, 1.5)).isEqualTo(379);
        assertThat(Zoom.panelWidth(330, 2, 1920)).as("200 %: a quarter of the window and a bit").isEqualTo(499);
    }

    @Test
    void theScaleMultipliesPresentationModesSize() {
        assertThat(Zoom.fontSize(1.5, false)).isEqualTo(19.5);
        assertThat(Zoom.fontSize(1.5, true)).isEqualTo(30);
        assertThat(Zoom.canvasFactor(2, true)).isEqualTo(3);
        assertThat(Zoom.canvasFactor(1, false)).isEqualTo(1);
    }

    @Test
    void theScaleSurvivesARestartAndAStrangeStoredValueBecomesAStep() {
        Preferences before = new Preferences();
        before.appearance().scaleProperty().set(1.5);
        new PreferencesStore(node).save(before);
        Preferences after = new Preferences();
        new PreferencesStore(node).restore(after);
        assertThat(after.appearance().scaleProperty().get()).isEqualTo(1.5);

        node.putDouble("scale", 1.3);
        new PreferencesStore(node).restore(after);
        assertThat(after.appearance().scaleProperty().get()).isEqualTo(1.25);
        node.putDouble("scale", 40);
        new PreferencesStore(node).restore(after);
        assertThat(after.appearance().scaleProperty().get()).isEqualTo(3.0);
        node.put("scale", "big");
        new PreferencesStore(node).restore(after);
        assertThat(after.appearance().scaleProperty().get()).isEqualTo(Zoom.NORMAL);
        after.appearance().reset();
        assertThat(after.appearance().scaleProperty().get()).isEqualTo(Zoom.NORMAL);
    }
}
