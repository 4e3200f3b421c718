package org.echolstm.ui.inside;

import org.echolstm.model.GateClamp;
import org.echolstm.model.LstmTrace;

import java.util.BitSet;

/**
 * What the Inside the LSTM tab shows for the sample on screen: the LSTM's trace (with the silenced
 * units and the clamped gate applied), each step's influence on the answer, and the held-out
 * accuracy without and with the ablation.
 */
public record Inside(LstmTrace trace, float[] influence, int echoIndex, BitSet silenced,
                     GateClamp clamp, double accuracy, double ablatedAccuracy) {
}
