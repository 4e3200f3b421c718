package org.echolstm.ui.lesson;

import org.echolstm.ui.I18n;

import org.echolstm.model.EchoModel;
import org.echolstm.model.LstmProbe;
import org.echolstm.model.LstmTrace;
import org.echolstm.model.Prediction;

import java.util.BitSet;

/**
 * Units silenced and a gate clamped in the window: a view of the model, which is never changed.
 * While one is active, every panel shows the answers of the model as silenced.
 */
public record Ablation(BitSet silenced, LstmProbe.GateClamp clamp) {
    public static final Ablation NONE = new Ablation(new BitSet(), LstmProbe.GateClamp.NONE);

    public Ablation {
        silenced = (BitSet) silenced.clone();
    }

    @Override
    public BitSet silenced() {
        return (BitSet) silenced.clone();
    }

    public boolean active() {
        return !silenced.isEmpty() || clamp != LstmProbe.GateClamp.NONE;
    }

    public Ablation toggle(int unit) {
        BitSet changed = silenced();
        changed.flip(unit);
        return new Ablation(changed, clamp);
    }

    public Ablation withClamp(LstmProbe.GateClamp newClamp) {
        return new Ablation(silenced, newClamp);
    }

    /** What is silenced and clamped, in words: "2 units silenced", "forget gate open", or both. */
    public String words() {
        int units = silenced.cardinality();
        String silencedWords = units == 0 ? ""
                : I18n.t(units == 1 ? "status.unitSilenced" : "status.unitsSilenced", I18n.count(units));
        String clamped = clamp == LstmProbe.GateClamp.NONE ? "" : I18n.t("clamp." + clamp.name());
        return silencedWords.isEmpty() ? clamped : clamped.isEmpty() ? silencedWords : silencedWords + ", " + clamped;
    }

    /** As {@link #words()}, a clamp said without naming the gate: for the status bar, where the Inside tab names it. */
    public String brief() {
        int units = silenced.cardinality();
        String silencedWords = units == 0 ? ""
                : I18n.t(units == 1 ? "status.unitSilenced" : "status.unitsSilenced", I18n.count(units));
        String clamped = clamp == LstmProbe.GateClamp.NONE ? "" : I18n.t("status.gateClamped");
        return silencedWords.isEmpty() ? clamped : clamped.isEmpty() ? silencedWords : silencedWords + ", " + clamped;
    }

    /** The model's answer for {@code sequence} under this ablation (the plain answer when none). */
    public Prediction predict(EchoModel model, int[] sequence) {
        if (!active()) {
            return model.predict(sequence);
        }
        LstmTrace trace = new LstmProbe(model).withClamp(clamp).run(sequence, -1, silenced);
        int expected = sequence[model.task().echoIndex()];
        return new Prediction(sequence, trace.predicted(), expected, trace.probabilities());
    }

    /** How much each step of {@code sequence} drives the answer, under this ablation. */
    public float[] influence(EchoModel model, int[] sequence) {
        return new LstmProbe(model).withClamp(clamp).influence(sequence, silenced);
    }
}
