package org.echolstm.echo;

import java.util.Locale;
import java.util.Optional;
import java.math.BigDecimal;

/** Range checks that produce the user-facing message for a setting. One home for all ranges. */
public final class Bounds {
    private Bounds() {
    }

    /** The message for {@code value} of {@code field} outside {@code min..max}, if it is. */
    public static Optional<String> problem(String field, long value, long min, long max) {
        if (value >= min && value <= max) {
            return Optional.empty();
        }
        return Optional.of(field + " must be between " + grouped(min) + " and " + grouped(max) + " (was " + grouped(value) + ")");
    }

    /** The message for {@code value} of {@code field} outside {@code min..max}, if it is. */
    public static Optional<String> problem(String field, double value, double min, double max) {
        if (Double.isFinite(value) && value >= min && value <= max) {
            return Optional.empty();
        }
        return Optional.of(field + " must be between " + format(min) + " and " + format(max)
                + " (was " + format(value) + ")");
    }

    public static int require(String field, int value, int min, int max) {
        problem(field, value, min, max).ifPresent(message -> {
            throw new InvalidSettingException(field, message);
        });
        return value;
    }

    public static long require(String field, long value, long min, long max) {
        problem(field, value, min, max).ifPresent(message -> {
            throw new InvalidSettingException(field, message);
        });
        return value;
    }

    public static double require(String field, double value, double min, double max) {
        problem(field, value, min, max).ifPresent(message -> {
            throw new InvalidSettingException(field, message);
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
