package org.echolstm.ui.heatmap;

import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.echolstm.ui.heatmap.FxScenes.Look;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echolstm.ui.heatmap.FxScenes.contrast;
import static org.echolstm.ui.heatmap.FxScenes.onFx;

/**
 * The canvas colours against what lies behind them in each theme (the pane background as the
 * style sheets paint it, or the heatmap's own grid): text 4.5:1, marks 3:1 (WCAG 2.1).
 */
class PaletteTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxScenes.startFx();
    }

    private static Color pane(Look look) throws Exception {
        return onFx(() -> {
            StackPane root = FxScenes.layOut(new Region(), 100, 100, look);
            return FxScenes.background(root);
        });
    }

    @Test
    void textIsReadableOnThePaneInBothThemes() throws Exception {
        Color light = pane(Look.LIGHT);
        Color dark = pane(Look.DARK);
        assertThat(contrast(Palette.TEXT_LIGHT, light)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(Palette.ECHO_TEXT_LIGHT, light)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(Palette.TEXT_DARK, dark)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(Palette.ECHO_TEXT_DARK, dark)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void marksStandOutFromWhatIsBehindThem() throws Exception {
        Color light = pane(Look.LIGHT);
        Color dark = pane(Look.DARK);
        for (Color cell : new Color[] {Palette.HOT, Palette.ECHO}) {
            assertThat(contrast(cell, Palette.GRID_BACKGROUND)).as(cell.toString()).isGreaterThanOrEqualTo(3);
        }
        for (Color bar : new Color[] {Palette.HOT, Palette.BAR_LIGHT, Palette.EXPECTED_LIGHT}) {
            assertThat(contrast(bar, light)).as(bar.toString()).isGreaterThanOrEqualTo(3);
        }
        for (Color bar : new Color[] {Palette.HOT_DARK, Palette.BAR_DARK, Palette.EXPECTED_DARK}) {
            assertThat(contrast(bar, dark)).as(bar.toString()).isGreaterThanOrEqualTo(3);
        }
    }
}
