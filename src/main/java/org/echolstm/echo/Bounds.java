package org.echolstm.echo;

import java.util.Locale;
import java.util.Optional;
import java.math.BigDecimal;

/**
 * Range checks for settings and file entries: the one home of "field must be between min and max".
 * A value out of range is an {@link OutOfRange}; {@link #problem} words it in English.
 */
public final class Bounds {
    private Bounds() {
    }

    /** {@code value} of {@code field} as out of {@code min..max}, if it is. */
    public static Optional<OutOfRange> check(String field, long value, long min, long max) {
        return value >= min && value <= max ? Optional.empty() : Optional.of(new OutOfRange(field, min, max, value));
    }

    /** {@code value} of {@code field} as out of {@code min..max}, if it is (or is no number at all). */
    public static Optional<OutOfRange> check(String field, double value, double min, double max) {
        return Double.isFinite(value) && value >= min && value <= max ? Optional.empty()
                : Optional.of(new OutOfRange(field, min, max, value));
    }

    /** The English message for {@code value} of {@code field} outside {@code min..max}, if it is. */
    public static Optional<String> problem(String field, long value, long min, long max) {
        return check(field, value, min, max).map(OutOfRange::english);
    }

    /** The English message for {@code value} of {@code field} outside {@code min..max}, if it is. */
    public static Optional<String> problem(String field, double value, double min, double max) {
        return check(field, value, min, max).map(OutOfRange::english);
    }

    public static int require(String field, int value, int min, int max) {
        require(field, (long) value, min, max);
        return value;
    }

    public static long require(String field, long value, long min, long max) {
        check(field, value, min, max).ifPresent(problem -> {
            throw new InvalidSettingException(problem);
        });
        return value;
    }

    public static double require(String field, double value, double min, double max) {
        check(field, value, min, max).ifPresent(problem -> {
            throw new InvalidSettingException(problem);
        });
        return value;
    }

    /** A whole number with its thousands grouped, as English writes it: 1,000,000,000. */
    public static String grouped(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    /** Numbers as a person writes them: 0.001, 0.000001, 10 (no exponent, no trailing ".0"). */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
