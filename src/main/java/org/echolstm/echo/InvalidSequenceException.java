package org.echolstm.echo;

import java.util.Arrays;
import java.util.List;

/**
 * A sequence typed by a user that the task cannot take. Besides the message (English, naming the
 * field and what is allowed), it says which problem it is and with which numbers, so that a
 * window can say the same in the user's language.
 */
public final class InvalidSequenceException extends InvalidSettingException {
    /** What {@link #field()} says is wrong. */
    public static final String SEQUENCE_FIELD = "sequence";
    /** What is wrong, and what {@link #details()} hold for it. */
    public enum Problem {
        /** details: position (from 1), the text found there. */
        NOT_A_NUMBER,
        /** details: the length the task needs, the number of values given. */
        WRONG_LENGTH,
        /** details: position (from 1), the largest value allowed, the value given. */
        OUT_OF_RANGE
    }

    private final Problem problem;
    private final List<String> details;

    InvalidSequenceException(Problem problem, String message, Object... details) {
        super(SEQUENCE_FIELD, message);
        this.problem = problem;
        this.details = Arrays.stream(details).map(String::valueOf).toList();
    }

    public Problem problem() {
        return problem;
    }

    public List<String> details() {
        return details;
    }
}
