package org.echolstm.ui.inside;

import org.echolstm.model.LstmTrace;
import org.echolstm.ui.I18n;

import java.util.BitSet;

/** What a screen reader hears for the Inside the LSTM heatmaps. */
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

    private static String number(float value) {
        return String.format(I18n.locale(), "%.2f", value);
    }
}
