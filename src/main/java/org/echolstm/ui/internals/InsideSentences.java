package org.echolstm.ui.internals;

import org.echolstm.model.LstmTrace;
import org.echolstm.training.ConfusionMatrix;
import org.echolstm.ui.I18n;

import java.util.BitSet;

import static org.echolstm.ui.heatmap.SampleSentences.percent;

/** What a screen reader hears for the Inside the LSTM heatmaps and the confusion matrix. */
public final class InsideSentences {
    private InsideSentences() {
    }

    /** The whole picture, then the chosen unit: how many units, which are silenced, and how to choose. */
    public static String gates(Inside inside, int unit) {
        LstmTrace trace = inside.trace();
        BitSet silenced = inside.silenced();
        String state = silenced.isEmpty() ? I18n.t("speak.inside.noneSilenced")
                : units("speak.inside.silenced", silenced);
        return I18n.t("speak.inside", Integer.toString(trace.units()), Integer.toString(trace.timesteps()), state)
                + " " + unit(inside, unit);
    }

    /** "unit 8 silenced", "units 8, 16 and 17 silenced". */
    public static String silencedUnits(BitSet silenced) {
        return units("inside.units", silenced);
    }

    private static String units(String key, BitSet silenced) {
        return I18n.t(key, silenced.cardinality(), I18n.list(silenced.stream().mapToObj(Integer::toString).toList()));
    }

    /** "Gate values of unit 4 at the echo index (time step 7): input 0.93, forget 0.12, …" */
    public static String unit(Inside inside, int unit) {
        LstmTrace trace = inside.trace();
        int t = Math.max(0, Math.min(trace.timesteps() - 1, inside.echoIndex()));
        String sentence = I18n.t("speak.gates", Integer.toString(unit), Integer.toString(t),
                number(trace.inputGate()[t][unit]), number(trace.forgetGate()[t][unit]),
                number(trace.outputGate()[t][unit]), number(trace.cellState()[t][unit]),
                number(trace.hiddenState()[t][unit]));
        return inside.silenced().get(unit) ? sentence + " " + I18n.t("speak.gates.silenced") : sentence;
    }

    /** "Confusion matrix of 1,000 held-out samples: 93 % on the diagonal; most common mistake 3 read as 8 (12 times)." */
    public static String confusion(ConfusionMatrix matrix) {
        if (matrix == null || matrix.total() == 0) {
            return I18n.t("inside.empty");
        }
        int[][] counts = matrix.counts();
        int worst = 0;
        int expected = -1;
        int predicted = -1;
        for (int e = 0; e < counts.length; e++) {
            for (int p = 0; p < counts[e].length; p++) {
                if (e != p && counts[e][p] > worst) {
                    worst = counts[e][p];
                    expected = e;
                    predicted = p;
                }
            }
        }
        String mistake = worst == 0 ? I18n.t("speak.confusion.noMistake")
                : I18n.t("speak.confusion.mistake", Integer.toString(expected), Integer.toString(predicted),
                        Integer.toString(worst));
        return I18n.t("speak.confusion", I18n.count(matrix.total()), percent(matrix.accuracy()), mistake);
    }

    private static String number(float value) {
        return String.format(I18n.locale(), "%.2f", value);
    }
}
