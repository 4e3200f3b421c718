package org.echolstm.ui.canvas;

import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.echolstm.ui.canvas.FxScenes.Look;
import org.echolstm.ui.preferences.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.echolstm.ui.canvas.FxScenes.contrast;
import static org.echolstm.ui.canvas.FxScenes.onFx;

/**
 * The canvas colours against what lies behind them in each theme (the pane background as the
 * style sheets paint it, or the heatmap's own grid): text 4.5:1, marks 3:1 (WCAG 2.1); and the
 * scales run the way their legends say.
 */
class PaletteTest {
    private static final List<Look> THEMES = List.of(Look.LIGHT, Look.DARK, Look.HIGH_CONTRAST);

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
    void thePaletteKnowsThePaneItIsDrawnOn() throws Exception {
        for (Look look : THEMES) {
            assertThat(Palette.of(look.theme).background()).as(look.toString()).isEqualTo(pane(look));
        }
    }

    @Test
    void textIsReadableOnThePaneInEveryTheme() throws Exception {
        for (Look look : THEMES) {
            Palette palette = Palette.of(look.theme);
            Color pane = pane(look);
            for (Color text : List.of(palette.text(), palette.echoText())) {
                assertThat(contrast(text, pane)).as(look + " " + text).isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    @Test
    void marksStandOutFromWhatIsBehindThem() throws Exception {
        for (Look look : THEMES) {
            Palette palette = Palette.of(look.theme);
            Color pane = pane(look);
            for (Color cell : List.of(palette.hot(), palette.echo())) {
                assertThat(contrast(cell, palette.grid())).as(look + " cell " + cell).isGreaterThanOrEqualTo(3);
            }
            for (Color mark : List.of(palette.accent(), palette.bar(), palette.expected(), palette.echo())) {
                assertThat(contrast(mark, pane)).as(look + " mark " + mark).isGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    void theHighContrastThemeIsBlackAndWhite() {
        Palette palette = Palette.of(Theme.HIGH_CONTRAST);
        assertThat(contrast(palette.text(), palette.background())).isCloseTo(21, within(0.01));
    }

    @Test
    void amountsDarkenSteadilyAndSignedValuesRunBlueWhiteOrange() {
        double previous = Double.MAX_VALUE;
        for (int i = 0; i <= 20; i++) {
            double brightness = FxScenes.luminance(Palette.amount(i / 20.0));
            assertThat(brightness).as("share " + i / 20.0).isLessThan(previous);
            previous = brightness;
        }
        Color negative = Palette.signed(-1);
        Color positive = Palette.signed(1);
        assertThat(negative.getBlue()).isGreaterThan(negative.getRed());
        assertThat(positive.getRed()).isGreaterThan(positive.getBlue());
        assertThat(Palette.signed(0).getBrightness()).isGreaterThan(0.95);
        // Both ends stand out from the middle (white) by lightness, not only by hue.
        assertThat(contrast(negative, Palette.signed(0))).isGreaterThanOrEqualTo(3);
        assertThat(contrast(positive, Palette.signed(0))).isGreaterThanOrEqualTo(3);
    }
}
