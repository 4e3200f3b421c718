package org.echolstm.echo;

import java.util.Optional;

/**
 * A setting outside its allowed range. The message names the field and what is allowed, so it can
 * be shown to the user as it is (next to a field, on the command line, in a dialog).
 */
public class InvalidSettingException extends IllegalArgumentException {
    private final String field;
    private final transient OutOfRange range;

    public InvalidSettingException(String field, String message) {
        super(message);
        this.field = field;
        this.range = null;
    }

    /** A value out of its range; the message is the range's English sentence. */
    public InvalidSettingException(OutOfRange range) {
        super(range.english());
        this.field = range.field();
        this.range = range;
    }

    /** The field, its range and the value, when the setting was out of range (for wording it elsewhere). */
    public Optional<OutOfRange> range() {
        return Optional.ofNullable(range);
    }

    /** The name of the setting that is wrong, as the user knows it ("echo index"). */
    public String field() {
        return field;
    }
}
