package org.echolstm.echo;

/**
 * A setting's value outside the range it allows, as data: the field's name, the range and the
 * value. Who shows it words it: the command line and the file checks in English
 * ({@link #english()}), the window in its own language with the field's translated name.
 * The figures are {@link Long} for whole-number settings and {@link Double} for the others.
 */
public record OutOfRange(String field, Number min, Number max, Number value) {

    /** Whether the setting is a whole number (its figures are written grouped: 1,000,000). */
    public boolean whole() {
        return value instanceof Long;
    }

    /** "sequence length must be between 1 and 1,000 (was 0)": the field, the range and the value. */
    public String english() {
        return field + " must be between " + english(min) + " and " + english(max) + " (was " + english(value) + ")";
    }

    private static String english(Number figure) {
        return figure instanceof Long whole ? Bounds.grouped(whole) : Bounds.format(figure.doubleValue());
    }
}
