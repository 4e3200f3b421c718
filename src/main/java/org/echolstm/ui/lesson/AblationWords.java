package org.echolstm.ui.lesson;

import org.echolstm.model.Ablation;
import org.echolstm.model.GateClamp;
import org.echolstm.ui.I18n;

/** The lesson's ablation in words, as the status bar and the gradient chart name it. */
public final class AblationWords {
    private AblationWords() {
    }

    /** What is silenced and clamped: "2 units silenced", "forget gate open", or both. */
    public static String of(Ablation ablation) {
        GateClamp clamp = ablation.clamp();
        return words(ablation, clamp == GateClamp.NONE ? "" : I18n.t("clamp." + clamp.name()));
    }

    /** As {@link #of}, a clamp said without naming the gate: for the status bar, where the Inside tab names it. */
    public static String brief(Ablation ablation) {
        return words(ablation, ablation.clamp() == GateClamp.NONE ? "" : I18n.t("status.gateClamped"));
    }

    private static String words(Ablation ablation, String clamped) {
        int units = ablation.silenced().cardinality();
        String silencedWords = units == 0 ? ""
                : I18n.t(units == 1 ? "status.unitSilenced" : "status.unitsSilenced", I18n.count(units));
        return silencedWords.isEmpty() ? clamped : clamped.isEmpty() ? silencedWords : silencedWords + ", " + clamped;
    }
}
