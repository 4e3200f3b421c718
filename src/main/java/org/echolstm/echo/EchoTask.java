package org.echolstm.echo;

/**
 * The echo sequence prediction problem: random sequences of {@code length} values in
 * {@code 0..features-1}; the answer is the value found at {@code echoIndex}.
 */
public record EchoTask(int length, int features, int echoIndex) {
    public static final int MIN_LENGTH = 1;
    public static final int MAX_LENGTH = 1000;
    public static final int MIN_FEATURES = 2;
    public static final int MAX_FEATURES = 1000;
    /** The settings' names in messages, and what {@link InvalidSettingException#field()} says is wrong. */
    public static final String LENGTH_FIELD = "sequence length";
    public static final String FEATURES_FIELD = "features";
    public static final String ECHO_INDEX_FIELD = "echo index";

    /** The notebook's task: sequences of 10 values over 25 features, echo the value at index 7. */
    public static final EchoTask NOTEBOOK = new EchoTask(10, 25, 7);

    public EchoTask {
        Bounds.require(LENGTH_FIELD, length, MIN_LENGTH, MAX_LENGTH);
        Bounds.require(FEATURES_FIELD, features, MIN_FEATURES, MAX_FEATURES);
        Bounds.require(ECHO_INDEX_FIELD, echoIndex, 0, length - 1);
    }

    /** The answer for {@code sequence}: the value at the echo index. */
    public int target(int[] sequence) {
        if (sequence.length != length) {
            throw new InvalidSequenceException(InvalidSequenceException.Problem.WRONG_LENGTH,
                    "sequence must have " + length + " values (had " + sequence.length + ")", length, sequence.length);
        }
        return sequence[echoIndex];
    }

    /** Checks a sequence typed by a user: right length, every value in range. */
    public int[] requireValidSequence(int[] sequence) {
        target(sequence);
        for (int i = 0; i < sequence.length; i++) {
            if (sequence[i] < 0 || sequence[i] >= features) {
                throw new InvalidSequenceException(InvalidSequenceException.Problem.OUT_OF_RANGE,
                        "sequence value " + (i + 1) + " must be between 0 and " + (features - 1) + " (was " + sequence[i]
                                + ")", i + 1, features - 1, sequence[i]);
            }
        }
        return sequence;
    }

    @Override
    public String toString() {
        return length + "/" + features + "/" + echoIndex;
    }
}
