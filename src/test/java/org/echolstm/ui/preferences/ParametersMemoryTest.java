package org.echolstm.ui.preferences;

import org.echolstm.model.Optimizer;
import org.echolstm.ui.parameters.ParametersViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class ParametersMemoryTest {
    private final Preferences node = Preferences.userRoot().node("org/echolstm/test-" + System.nanoTime());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void parametersSurviveARestartEvenInvalidOnes() {
        ParametersViewModel before = new ParametersViewModel();
        before.length.textProperty().set("12");
        before.echoIndex.textProperty().set("99");
        before.optimizerProperty().set(Optimizer.RMSPROP);
        new PreferencesStore(node).save(before);

        ParametersViewModel after = new ParametersViewModel();
        new PreferencesStore(node).restore(after);
        assertThat(after.length.textProperty().get()).isEqualTo("12");
        assertThat(after.optimizerProperty().get()).isEqualTo(Optimizer.RMSPROP);
        assertThat(after.echoIndex.errorProperty().get()).isEqualTo("echo index must be between 0 and 11 (was 99)");
        assertThat(after.validProperty().get()).isFalse();
    }

    @Test
    void clearForgetsEverything() {
        ParametersViewModel before = new ParametersViewModel();
        before.units.textProperty().set("7");
        PreferencesStore settings = new PreferencesStore(node);
        settings.save(before);
        settings.clear();
        ParametersViewModel after = new ParametersViewModel();
        settings.restore(after);
        assertThat(after.units.textProperty().get()).isEqualTo("25");
    }
}
