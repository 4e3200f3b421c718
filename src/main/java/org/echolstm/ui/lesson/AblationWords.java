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
        int units = ablation.silenced().cardinality();
        String silencedWords = units == 0 ? ""
                : I18n.t(units == 1 ? "status.unitSilenced" : "status.unitsSilenced", I18n.count(units));
        GateClamp clamp = ablation.clamp();
        String clamped = clamp == GateClamp.NONE ? "" : I18n.t("clamp." + clamp.name());
        return silencedWords.isEmpty() ? clamped : clamped.isEmpty() ? silencedWords : silencedWords + ", " + clamped;
    }
}
