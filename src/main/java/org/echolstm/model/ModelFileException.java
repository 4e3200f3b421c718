package org.echolstm.model;

import java.io.IOException;

/** A model file that cannot be read or written; the message is one sentence for the user. */
public class ModelFileException extends IOException {
    public ModelFileException(String message) {
        super(message);
    }

    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
