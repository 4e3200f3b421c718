package org.echolstm.echo;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A sequence as a person types it, on the command line or in the window: whole numbers separated
 * by commas, spaces or both ("3,7,1,0", "3 7 1 0", "3, 7, 1, 0").
 */
public final class SequenceText {
    private SequenceText() {
    }

    /** The values of {@code text} (none for blank text); anything but whole numbers is an {@link InvalidSequenceException}. */
    public static int[] parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return new int[0];
        }
        String[] parts = trimmed.split("\\s*,\\s*|\\s+");
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new InvalidSequenceException(InvalidSequenceException.Problem.NOT_A_NUMBER,
                        "value " + (i + 1) + " ('" + parts[i] + "') is not a whole number", i + 1, parts[i]);
            }
        }
        return values;
    }

    /** The values of {@code text}, checked against {@code task} (length, range). */
    public static int[] parse(String text, EchoTask task) {
        return task.requireValidSequence(parse(text));
    }

    /** "3 7 1 0": a sequence as {@link #parse} reads it back. */
    public static String format(int[] sequence) {
        return Arrays.stream(sequence).mapToObj(Integer::toString).collect(Collectors.joining(" "));
    }
}
