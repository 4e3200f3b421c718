package org.echolstm.ui.sample;

import org.echolstm.ui.I18n;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a screen reader hears for the current sample: the sequence, one time step, the answer. */
public final class SampleSentences {
    private SampleSentences() {
    }

    /** "10 time steps over values 0 to 24: 3, 7, …. The echo index is time step 7, which holds value 4." */
    public static String sequence(int[] sequence, int features, int echoIndex) {
        if (sequence.length == 0) {
            return I18n.t("speak.sample.empty");
        }
        String values = Arrays.stream(sequence).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        String echo = echoIndex >= 0 && echoIndex < sequence.length
                ? I18n.t("speak.sample.echo", Integer.toString(echoIndex), Integer.toString(sequence[echoIndex])) : "";
        String all = I18n.t("speak.sample", Integer.toString(sequence.length), Integer.toString(features - 1), values);
        return echo.isEmpty() ? all : all + " " + echo;
    }

    /** "Time step 3 holds value 7." (with "the echo index" where it is). */
    public static String step(int[] sequence, int echoIndex, int step) {
        return I18n.t(step == echoIndex ? "speak.sample.echoStep" : "speak.sample.step", Integer.toString(step),
                Integer.toString(sequence[step]));
    }

    /** "Predicted 10, expected 10: right; probability 14 %." */
    public static String answer(float[] probabilities, int predicted, int expected) {
        if (predicted < 0 || predicted >= probabilities.length) {
            return I18n.t("speak.bars.empty");
        }
        return I18n.t(predicted == expected ? "speak.bars.right" : "speak.bars.wrong", Integer.toString(predicted),
                Integer.toString(expected), I18n.percent(probabilities[predicted]));
    }
}
