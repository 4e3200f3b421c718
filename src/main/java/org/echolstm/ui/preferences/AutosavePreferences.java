package org.echolstm.ui.preferences;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Whether unsaved training is saved now and then to the data folder (on by default). */
public final class AutosavePreferences {
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public void reset() {
        enabled.set(true);
    }
}
