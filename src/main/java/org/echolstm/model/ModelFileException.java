package org.echolstm.model;

import java.io.IOException;

/** A model file that cannot be read or written; the message is one sentence for the user. */
public class ModelFileException extends IOException {
    private static final int MAX_QUOTED_LENGTH = 60;

    public ModelFileException(String message) {
        super(message);
    }

    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Text taken from a file (an entry or class name) made fit for a one-sentence message: line
     * breaks and other control characters become spaces, and a long text is cut short.
     */
    public static String quoted(String fromFile) {
        String oneLine = fromFile.replaceAll("\\p{Cntrl}", " ").strip();
        return oneLine.length() <= MAX_QUOTED_LENGTH ? oneLine : oneLine.substring(0, MAX_QUOTED_LENGTH) + "…";
    }
}
