package org.echolstm.cli;

/** A command that could not do its work, for a reason the user can act on; exit status 1. */
public final class CommandFailure extends RuntimeException {
    public CommandFailure(String message) {
        super(message);
    }
}
