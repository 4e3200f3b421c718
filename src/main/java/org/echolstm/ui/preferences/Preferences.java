package org.echolstm.ui.preferences;

import org.echolstm.training.Preset;
import org.echolstm.ui.parameters.ParametersViewModel;

/** Everything the user can set that outlives a run, one typed object per feature. */
public final class Preferences {
    private final AppearancePreferences appearance = new AppearancePreferences();
    private final AutosavePreferences autosave = new AutosavePreferences();
    private final FilePreferences files = new FilePreferences();

    public AppearancePreferences appearance() {
        return appearance;
    }

    public AutosavePreferences autosave() {
        return autosave;
    }

    public FilePreferences files() {
        return files;
    }

    /** Back to the defaults: the default preset, light theme, autosave on, no recent files or folders. */
    public void resetToDefaults(ParametersViewModel parameters) {
        parameters.presetProperty().set(null);
        parameters.presetProperty().set(Preset.DEFAULT);
        appearance.reset();
        autosave.reset();
        files.clear();
    }
}
