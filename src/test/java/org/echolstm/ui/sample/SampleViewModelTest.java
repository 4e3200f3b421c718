package org.echolstm.ui.sample;

import org.echolstm.echo.EchoTask;
import org.echolstm.model.GateClamp;
import org.echolstm.model.LstmProbe;
import org.echolstm.model.Prediction;
import org.echolstm.training.TrainingSession;
import org.echolstm.ui.I18n;
import org.echolstm.ui.MainViewModel;
import org.echolstm.ui.ScriptedDialogs;
import org.echolstm.ui.SmallLessons;
import org.echolstm.ui.inside.Inside;
import org.echolstm.model.Ablation;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.lesson.Sample;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample on screen and the model's answers for it, without a window. */
class SampleViewModelTest {
    private static final long LIMIT = 512;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MainViewModel vm = SmallLessons.window(dialogs, LIMIT);
    private final CurrentLesson lesson = vm.lesson();
    private final SampleViewModel sample = vm.sample();

    private Sample shown() {
        return sample.sampleProperty().get().orElseThrow();
    }

    private Prediction answer() {
        return sample.predictionProperty().get().orElseThrow();
    }

    @Test
    void withoutAModelTheSampleIsOfThePanesTask() {
        Sample first = shown();
        assertThat(first.task()).isEqualTo(SmallLessons.TASK);
        assertThat(first.sequence()).hasSize(SmallLessons.TASK.length());
        assertThat(IntStream.of(first.sequence())).allSatisfy(v -> assertThat(v).isBetween(0, SmallLessons.TASK.features() - 1));
        assertThat(first.expected()).isEqualTo(first.sequence()[SmallLessons.TASK.echoIndex()]);
        assertThat(sample.predictionProperty().get()).isEmpty();
        assertThat(sample.verdictProperty().get()).isEqualTo(I18n.t("verdict.noModel"));
        assertThat(sample.recentPredictions()).isEmpty();

        sample.newSample();
        assertThat(shown()).isNotSameAs(first);
        assertThat(shown().task()).isEqualTo(SmallLessons.TASK);
    }

    @Test
    void anotherEchoIndexWithoutAModelDrawsASampleOfTheNewTask() {
        vm.parameters().echoIndex.textProperty().set("3");

        assertThat(shown().task()).isEqualTo(new EchoTask(4, 4, 3));
        assertThat(shown().expected()).isEqualTo(shown().sequence()[3]);
    }

    @Test
    void withAModelThePanesLeaveTheSampleAlone() {
        vm.training().train();
        Sample before = shown();

        vm.parameters().echoIndex.textProperty().set("3");

        assertThat(shown()).isSameAs(before);
        assertThat(shown().task()).isEqualTo(SmallLessons.TASK);
    }

    @Test
    void afterTrainingTheSampleHasTheModelsAnswerAVerdictAndARow() {
        vm.training().train();

        Sample on = shown();
        Prediction p = answer();
        Prediction direct = lesson.session().orElseThrow().predict(on.sequence());
        assertThat(p.sequence()).isEqualTo(on.sequence());
        assertThat(p.expected()).isEqualTo(on.expected());
        assertThat(p.predicted()).isEqualTo(direct.predicted());
        assertThat(p.probabilities()).containsExactly(direct.probabilities());
        assertThat(sample.verdictProperty().get()).isEqualTo(I18n.t("verdict.prediction",
                Integer.toString(p.predicted()), Integer.toString(p.expected()), p.correct() ? "✓" : "✗"));
        // One row for the sample on screen, with the trained model's answer (the untrained model's was replaced).
        assertThat(sample.recentPredictions()).first().isEqualTo(PredictionRow.of(p, LIMIT));
        assertThat(sample.recentPredictions()).filteredOn(row -> row.sequence().equals(PredictionRow.of(p, LIMIT).sequence()))
                .hasSize(1);
    }

    @Test
    void aNewSampleAddsARowAndTheTableKeepsTheNewestOnes() {
        vm.training().train();
        int rows = sample.recentPredictions().size();

        sample.newSample();
        assertThat(sample.recentPredictions()).hasSize(rows + 1).first().isEqualTo(PredictionRow.of(answer(), LIMIT));

        for (int i = 0; i < SampleViewModel.RECENT_PREDICTIONS + 5; i++) {
            sample.newSample();
        }
        assertThat(sample.recentPredictions()).hasSize(SampleViewModel.RECENT_PREDICTIONS)
                .first().isEqualTo(PredictionRow.of(answer(), LIMIT));
    }

    @Test
    void aStepRefreshesTheAnswerInTheSamplesOwnRow() {
        vm.training().train();
        int rows = sample.recentPredictions().size();

        vm.training().step();
        vm.training().step();

        assertThat(sample.recentPredictions()).as("one row per sample shown, not per answer").hasSize(rows)
                .first().isEqualTo(PredictionRow.of(answer(), LIMIT + 2 * SmallLessons.BATCH));
        sample.showSequence(shown().sequence());
        assertThat(sample.recentPredictions()).as("the same sequence typed again is a sample shown anew").hasSize(rows + 1);
    }

    @Test
    void withUnitsSilencedTheSampleShowsTheSilencedModelsAnswerAsTheInsideTabDoes() {
        vm.training().train();
        TrainingSession session = lesson.session().orElseThrow();
        int[] sequence = shown().sequence();
        Prediction plain = answer();
        int rows = sample.recentPredictions().size();
        Ablation everyUnit = new Ablation(allUnits(session.withModel(LstmProbe::new).units()), GateClamp.NONE);

        lesson.ablationProperty().set(everyUnit);

        Prediction silenced = session.withModel(m -> m.predict(sequence, everyUnit));
        assertThat(answer().probabilities()).containsExactly(silenced.probabilities())
                .isNotEqualTo(plain.probabilities());
        assertThat(answer().predicted()).isEqualTo(silenced.predicted());
        assertThat(sample.verdictProperty().get()).isEqualTo(I18n.t("verdict.ablated", I18n.t("verdict.prediction",
                Integer.toString(silenced.predicted()), Integer.toString(silenced.expected()),
                silenced.correct() ? "✓" : "✗")));
        assertThat(sample.recentPredictions()).hasSize(rows); // a view of the model, not a new answer to list

        vm.inside().visibleProperty().set(true);
        Inside inside = vm.inside().insideProperty().get().orElseThrow();
        assertThat(inside.trace().sequence()).isEqualTo(sequence);
        assertThat(inside.trace().probabilities()).containsExactly(answer().probabilities());
        assertThat(inside.trace().predicted()).isEqualTo(answer().predicted());

        vm.inside().restoreAll();
        assertThat(answer().probabilities()).containsExactly(plain.probabilities());
    }

    /** The units 0..units-1 as a set (to silence them all). */
    private static java.util.BitSet allUnits(int units) {
        java.util.BitSet all = new java.util.BitSet(units);
        all.set(0, units);
        return all;
    }
}
