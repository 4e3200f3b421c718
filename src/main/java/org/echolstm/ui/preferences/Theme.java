package org.echolstm.ui.preferences;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

import java.util.Optional;

/**
 * The window's look: AtlantaFX's Primer light and dark themes, and a high-contrast theme that is
 * Primer dark with our own colours (pure black and white, a strong accent) laid over it.
 */
public enum Theme {
    LIGHT("light", false, new PrimerLight().getUserAgentStylesheet(), null),
    DARK("dark", true, new PrimerDark().getUserAgentStylesheet(), null),
    HIGH_CONTRAST("contrast", true, new PrimerDark().getUserAgentStylesheet(), "HighContrast.css");

    private final String id;
    private final boolean dark;
    private final String userAgentStylesheet;
    private final String overrides;

    Theme(String id, boolean dark, String userAgentStylesheet, String overrides) {
        this.id = id;
        this.dark = dark;
        this.userAgentStylesheet = userAgentStylesheet;
        this.overrides = overrides;
    }

    /** The stored name ("light", "dark", "contrast") and the end of the bundle key of its name. */
    public String id() {
        return id;
    }

    /** The bundle key of the theme's name. */
    public String textKey() {
        return "theme." + id;
    }

    public boolean dark() {
        return dark;
    }

    /** The AtlantaFX stylesheet for {@code Application.setUserAgentStylesheet}. */
    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    /** Our stylesheet (beside the main view's) that changes the theme's colours, where there is one. */
    public Optional<String> overrides() {
        return Optional.ofNullable(overrides);
    }

    /** The next theme in the list, back to the first after the last. */
    public Theme next() {
        return values()[(ordinal() + 1) % values().length];
    }

    /** The theme stored as {@code id}, if that is one. */
    public static Optional<Theme> byId(String id) {
        for (Theme theme : values()) {
            if (theme.id.equals(id)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
