package org.echolstm.ui.internals;

import org.echolstm.model.LstmTrace;
import org.echolstm.training.ConfusionMatrix;

import java.util.BitSet;

/**
 * What the internals views show for the sample on screen: the LSTM's trace (with the silenced
 * units applied), each step's influence on the answer, accuracy with and without the silenced
 * units, and the confusion matrix on held-out samples.
 */
public record Inside(LstmTrace trace, float[] influence, int echoIndex, BitSet silenced,
                     org.echolstm.model.LstmProbe.GateClamp clamp, double accuracy,
                     double ablatedAccuracy, ConfusionMatrix confusion) {
}
