package org.echolstm.model;

import org.echolstm.echo.EchoTask;

/**
 * Our entry inside a DL4J model zip: which task the network solves and how it was trained, so an
 * opened model knows its task. Other DL4J code ignores it.
 */
public record ModelMetadata(int formatVersion, String appVersion, EchoTask task, ModelSettings settings,
                            long samplesTrained) {
    public static final int FORMAT_VERSION = 1;
}
