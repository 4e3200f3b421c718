package org.echolstm.model.dl4j;

import org.echolstm.model.engine.UpdateRule;
import org.echolstm.model.engine.UpdateSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's optimizer settings against DL4J's updater configurations: defaults, schedules, equality. */
class Dl4jUpdatersTest {
    private static IUpdater dl4jDefault(UpdateRule rule, double learningRate) {
        return switch (rule) {
            case SGD -> new Sgd(learningRate);
            case ADAM -> new Adam(learningRate);
            case RMSPROP -> new RmsProp(learningRate);
            case NESTEROV -> new Nesterovs(learningRate, Nesterovs.DEFAULT_NESTEROV_MOMENTUM);
        };
    }

    @ParameterizedTest
    @EnumSource(UpdateRule.class)
    void theEnginesDefaultsAreDl4jsDefaults(UpdateRule rule) {
        UpdateSettings ours = UpdateSettings.defaults(rule, 0.02);
        IUpdater dl4j = dl4jDefault(rule, 0.02);
        assertThat(Dl4jUpdaters.updaterOf(ours)).isEqualTo(dl4j);
        assertThat(Dl4jUpdaters.settingsOf(dl4j)).contains(ours);
        assertThat(rule.stateCopies() * 10L).as("state size").isEqualTo(dl4j.stateSize(10));
    }

    @Test
    void schedulesAreFollowedAndSurviveTheRoundTrip() {
        Adam adam = new Adam(new ExponentialSchedule(ScheduleType.ITERATION, 0.02, 0.9));
        adam.setBeta1(0.8);
        Nesterovs nesterovs = new Nesterovs(new StepSchedule(ScheduleType.EPOCH, 0.1, 0.5, 2),
                new ExponentialSchedule(ScheduleType.ITERATION, 0.9, 0.99));
        for (IUpdater dl4j : new IUpdater[] {adam, nesterovs, new RmsProp(0.003, 0.9, 1e-6)}) {
            UpdateSettings settings = Dl4jUpdaters.settingsOf(dl4j).orElseThrow();
            assertThat(Dl4jUpdaters.updaterOf(settings)).isEqualTo(dl4j);
            for (int iteration : new int[] {0, 3, 7}) {
                for (int epoch : new int[] {0, 5}) {
                    assertThat(settings.learningRate().valueAt(iteration, epoch))
                            .isEqualTo(dl4j.getLearningRate(iteration, epoch));
                }
            }
        }
        UpdateSettings momentum = Dl4jUpdaters.settingsOf(nesterovs).orElseThrow();
        assertThat(momentum.momentum().valueAt(4, 0)).isEqualTo(nesterovs.currentMomentum(4, 0)).isNotEqualTo(0.9);
    }

    @Test
    void settingsAreEqualExactlyWhereDl4jsConfigurationsAre() {
        ExponentialSchedule schedule = new ExponentialSchedule(ScheduleType.ITERATION, 0.02, 0.9);
        Adam scheduled = new Adam(schedule);
        Adam sameSchedule = new Adam(new ExponentialSchedule(ScheduleType.ITERATION, 0.02, 0.9));
        Adam otherConstantBeside = new Adam(schedule);
        otherConstantBeside.setLearningRate(0.5);
        assertThat(scheduled).isEqualTo(sameSchedule).isNotEqualTo(otherConstantBeside);
        assertThat(Dl4jUpdaters.settingsOf(scheduled)).isEqualTo(Dl4jUpdaters.settingsOf(sameSchedule))
                .isNotEqualTo(Dl4jUpdaters.settingsOf(otherConstantBeside));
        assertThat(Dl4jUpdaters.settingsOf(new Adam(0.01))).isNotEqualTo(Dl4jUpdaters.settingsOf(new Adam(0.02)));
    }

    @Test
    void otherUpdatersAreNotTheEngines() {
        assertThat(Dl4jUpdaters.settingsOf(new AdaGrad(0.1))).isEmpty();
        assertThat(Dl4jUpdaters.settingsOf(new Adam(0.1) { })).as("a subclass may compute something else").isEmpty();
    }
}
