package org.echolstm.ui.parameters;

import org.echolstm.echo.Bounds;
import org.echolstm.echo.OutOfRange;
import org.echolstm.ui.I18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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
                    I18n.count(min), I18n.count(max)));
        }
        return checked(value, Bounds.check(label, value, min, max));
    }

    /** A number from {@code min} to {@code max} typed as {@code text} into the field {@code label}. */
    public static TypedNumber<Double> decimal(String label, String text, double min, double max) {
        double value;
        try {
            value = parseDecimal(text);
        } catch (NumberFormatException e) {
            return refused(I18n.t(text.isEmpty() ? "error.required" : "error.number", label,
                    number(min), number(max)));
        }
        return checked(value, Bounds.check(label, value, min, max));
    }

    /**
     * A value out of range in the window's language: "Lernrate muss zwischen 0,000001 und 10 liegen
     * (war 20)". {@code name} is the field's name as the window says it (the range's own is English).
     */
    public static String words(OutOfRange range, String name) {
        return I18n.t("error.range", name, figure(range.min()), figure(range.max()), figure(range.value()));
    }

    private static String figure(Number figure) {
        return figure instanceof Long whole ? I18n.count(whole) : number(figure.doubleValue());
    }

    private static <T> TypedNumber<T> checked(T value, Optional<OutOfRange> range) {
        return range.map(r -> TypedNumber.<T>refused(words(r, r.field())))
                .orElseGet(() -> new TypedNumber<>(Optional.of(value), ""));
    }

    /**
     * A number as the window's language writes it, grouped and with its decimal separator
     * (1,000.5 or 1.000,5), with as many decimals as it has (0.000001, not 1E-6).
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return Bounds.format(value);
        }
        DecimalFormat format = new DecimalFormat("#,##0.##############", DecimalFormatSymbols.getInstance(I18n.locale()));
        return format.format(new BigDecimal(Bounds.format(value)));
    }

    /** A decimal as typed: with a point, or with a comma as German (and most of Europe) writes it. */
    public static double parseDecimal(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }

    private static <T> TypedNumber<T> refused(String problem) {
        return new TypedNumber<>(Optional.empty(), problem);
    }
}
