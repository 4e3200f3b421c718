package org.echolstm.training;

import org.echolstm.echo.EchoTask;
import org.echolstm.echo.InvalidSettingException;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The one merge of a preset and the settings given beside it. */
class PresetTest {
    @ParameterizedTest
    @EnumSource(Preset.class)
    void withoutOverridesAPresetIsItsOwnSettings(Preset preset) {
        LessonSettings settings = preset.with(Overrides.NONE);
        assertThat(settings).isEqualTo(new LessonSettings(preset.task(), preset.modelSettings(Preset.DEFAULT_SEED),
                preset.trainingSettings()));
        assertThat(preset.with(Overrides.NONE.withSeed(9)).model()).isEqualTo(preset.modelSettings(9));
    }

    @Test
    void eachOverrideTakesThePresetsPlace() {
        Overrides overrides = new Overrides(Optional.of(20), Optional.of(7), Optional.of(13), Optional.of(16),
                Optional.of(Optimizer.NESTEROV), Optional.of(0.05), Optional.of(4L), Optional.of(8));
        LessonSettings settings = Preset.NOTEBOOK.with(overrides);
        assertThat(settings.task()).isEqualTo(new EchoTask(20, 7, 13));
        assertThat(settings.model()).isEqualTo(new ModelSettings(16, Optimizer.NESTEROV, 0.05, 4));
        assertThat(settings.training()).isEqualTo(new TrainingSettings(8, Preset.NOTEBOOK.trainingSettings().stopRule()));
    }

    @Test
    void theEchoIndexNotGivenMovesInsideAShorterSequence() {
        Overrides shorter = new Overrides(Optional.of(5), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(Preset.DEFAULT.with(shorter).task()).isEqualTo(new EchoTask(5, 25, 4));
    }

    @Test
    void aValueOutOfRangeNamesItsSetting() {
        Overrides noUnits = new Overrides(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(0),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(0));
        InvalidSettingException refused = catchThrowableOfType(InvalidSettingException.class,
                () -> Preset.DEFAULT.with(noUnits));
        assertThat(refused.field()).as("the network before the batch").isEqualTo(ModelSettings.UNITS_FIELD);
    }
}
