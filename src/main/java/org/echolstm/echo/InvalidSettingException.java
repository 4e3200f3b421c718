package org.echolstm.echo;

/**
 * A setting outside its allowed range. The message names the field and what is allowed, so it can
 * be shown to the user as it is (next to a field, on the command line, in a dialog).
 */
public class InvalidSettingException extends IllegalArgumentException {
    private final String field;

    public InvalidSettingException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the setting that is wrong, as the user knows it ("echo index"). */
    public String field() {
        return field;
    }
}
