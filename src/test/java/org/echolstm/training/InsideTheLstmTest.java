package org.echolstm.training;

import org.echolstm.echo.EchoBatch;
import org.echolstm.echo.EchoSample;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SampleBlock;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.Ablation;
import org.echolstm.model.EchoModel;
import org.echolstm.model.GateClamp;
import org.echolstm.model.LstmProbe;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Optimizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.assertj.core.api.Assertions.assertThat;

/** What the probe shows about a model that has learned the task. */
class InsideTheLstmTest {
    static final EchoTask TASK = new EchoTask(6, 6, 2);
    static EchoModel trained;
    static SampleBlock heldOut;

    @BeforeAll
    static void train() {
        TrainingSession session = new TrainingSession(new EchoModel(TASK, new ModelSettings(16, Optimizer.ADAM, 0.02, 1)),
                new TrainingSettings(32, new StopRule(200_000, 0.98), 500, 256));
        assertThat(session.run()).isEqualTo(StopReason.TARGET_REACHED);
        trained = session.modelCopy();
        heldOut = new SampleBlock(TASK);
        new SequenceGenerator(TASK, 77).fill(heldOut, 1000);
    }

    @Test
    void influencePeaksAtTheEchoIndex() {
        LstmProbe probe = new LstmProbe(trained);
        int checked = 0;
        for (EchoSample sample : EchoBatch.next(new SequenceGenerator(TASK, 5), 30).samples()) {
            float[] influence = probe.influence(sample.sequence());
            int peak = 0;
            for (int t = 1; t < influence.length; t++) {
                if (influence[t] > influence[peak]) {
                    peak = t;
                }
            }
            assertThat(peak).as("influence %s", java.util.Arrays.toString(influence)).isEqualTo(TASK.echoIndex());
            checked++;
        }
        assertThat(checked).isEqualTo(30);
    }

    @Test
    void silencingEveryUnitDropsAccuracyToChance() {
        LstmProbe probe = new LstmProbe(trained);
        assertThat(accuracy(new BitSet(), GateClamp.NONE)).isGreaterThan(0.95);
        double silenced = accuracy(allUnits(probe.units()), GateClamp.NONE);
        // With no hidden state the answer is the same for every sequence: right about 1 time in 6.
        assertThat(silenced).isBetween(0.08, 0.26);
    }

    @Test
    void closingTheInputGateOrTheForgetGateDestroysTheMemory() {
        LstmProbe probe = new LstmProbe(trained);
        assertThat(accuracy(new BitSet(), GateClamp.INPUT_CLOSED)).isLessThan(0.3);
        assertThat(accuracy(new BitSet(), GateClamp.FORGET_CLOSED)).isLessThan(0.5);
        assertThat(accuracy(new BitSet(), GateClamp.NONE)).isGreaterThan(0.95);
        float[] closed = probe.ablated(Ablation.NONE.withClamp(GateClamp.INPUT_CLOSED)).trace(heldOut.sequence(0))
                .inputGate()[2];
        for (float v : closed) {
            assertThat(v).isZero();
        }
    }

    @Test
    void confusionMatrixOfATrainedModelIsMostlyDiagonal() {
        ConfusionMatrix matrix = Evaluation.of(trained, heldOut).confusion();
        assertThat(matrix.total()).isEqualTo(1000);
        assertThat(matrix.accuracy()).isGreaterThan(0.95);
        for (int v = 0; v < 6; v++) {
            assertThat(matrix.classAccuracy(v)).isGreaterThan(0.8);
        }
    }

    @Test
    void confusionMatrixCountsWhatItIsGiven() {
        ConfusionMatrix matrix = ConfusionMatrix.of(3, new int[] {0, 1, 1, 2, 0}, new int[] {0, 1, 2, 2, 1});
        assertThat(matrix.counts()).isEqualTo(new int[][] {{1, 0, 0}, {1, 1, 0}, {0, 1, 1}});
        assertThat(matrix.classAccuracy(2)).isEqualTo(0.5);
        assertThat(matrix.accuracy()).isEqualTo(0.6);
    }

    /** The share of the held-out samples the model answers right with {@code silenced} silenced and {@code clamp} held. */
    private static double accuracy(BitSet silenced, GateClamp clamp) {
        return Evaluation.of(trained, heldOut, new Ablation(silenced, clamp)).accuracy();
    }

    /** The units 0..units-1 as a set (to silence them all). */
    private static java.util.BitSet allUnits(int units) {
        java.util.BitSet all = new java.util.BitSet(units);
        all.set(0, units);
        return all;
    }
}
