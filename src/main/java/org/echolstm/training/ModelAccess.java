package org.echolstm.training;

import org.echolstm.model.EchoModel;

import java.util.function.Function;

/** A model that can be looked at from any thread: the live model of a session, or one replayed from a snapshot. */
public interface ModelAccess {
    /** Runs {@code action} on the model while nothing else uses it. */
    <T> T withModel(Function<EchoModel, T> action);
}
