package org.echolstm.model;

import org.echolstm.echo.Bounds;
import org.echolstm.echo.EchoTask;

import java.util.Objects;

/**
 * Our entry inside a DL4J model zip: which task the network solves and how it was trained, so an
 * opened model knows its task. Other DL4J code ignores it.
 */
public record ModelMetadata(int formatVersion, String appVersion, EchoTask task, ModelSettings settings,
                            long samplesTrained) {
    public static final int FORMAT_VERSION = 1;
    /** More samples than any model is trained on (a million a second for thirty years). */
    public static final long MAX_SAMPLES_TRAINED = 1_000_000_000_000_000L;

    /** @throws org.echolstm.echo.InvalidSettingException naming the value out of its range */
    public ModelMetadata {
        Bounds.require("format version", formatVersion, 1, FORMAT_VERSION);
        Objects.requireNonNull(appVersion, "appVersion");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(settings, "settings");
        Bounds.require("samples trained", samplesTrained, 0, MAX_SAMPLES_TRAINED);
    }
}
