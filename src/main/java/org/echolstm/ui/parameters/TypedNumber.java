package org.echolstm.ui.parameters;

import org.echolstm.echo.Bounds;
import org.echolstm.ui.I18n;

import java.util.Optional;

/**
 * A number typed into a field: its value when it is one in range, else the sentence (in the
 * window's language) that names the field and what it allows. Empty {@code problem} when fine.
 */
public record TypedNumber<T>(Optional<T> value, String problem) {

    /** A whole number from {@code min} to {@code max} typed as {@code text} into the field {@code label}. */
    public static TypedNumber<Long> whole(String label, String text, long min, long max) {
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            return refused(I18n.t(text.isEmpty() ? "error.required" : "error.wholeNumber", label,
                    Long.toString(min), Long.toString(max)));
        }
        return value >= min && value <= max ? new TypedNumber<>(Optional.of(value), "")
                : refused(I18n.t("error.range", label, Long.toString(min), Long.toString(max), Long.toString(value)));
    }

    /** A number from {@code min} to {@code max} typed as {@code text} into the field {@code label}. */
    public static TypedNumber<Double> decimal(String label, String text, double min, double max) {
        double value;
        try {
            value = parseDecimal(text);
        } catch (NumberFormatException e) {
            return refused(I18n.t(text.isEmpty() ? "error.required" : "error.number", label,
                    Bounds.format(min), Bounds.format(max)));
        }
        return Double.isFinite(value) && value >= min && value <= max ? new TypedNumber<>(Optional.of(value), "")
                : refused(I18n.t("error.range", label, Bounds.format(min), Bounds.format(max), Bounds.format(value)));
    }

    /** A decimal as typed: with a point, or with a comma as German (and most of Europe) writes it. */
    public static double parseDecimal(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }

    private static <T> TypedNumber<T> refused(String problem) {
        return new TypedNumber<>(Optional.empty(), problem);
    }
}
