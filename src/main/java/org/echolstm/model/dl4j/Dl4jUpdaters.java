package org.echolstm.model.dl4j;

import org.echolstm.model.engine.UpdateSettings;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.schedule.ISchedule;

import java.util.Optional;

/**
 * The one place that maps between DL4J's updater configurations and the engine's
 * {@link UpdateSettings}: Adam, SGD, RMSProp and Nesterov momentum, schedules included.
 */
public final class Dl4jUpdaters {
    private Dl4jUpdaters() {
    }

    /**
     * A DL4J schedule as the engine reads it, with the constant DL4J keeps beside it (unused, but
     * part of DL4J's comparison of configurations): two settings are equal exactly when DL4J's
     * configurations are, so the engine divides parameters into the same updater blocks.
     */
    record Dl4jSchedule(ISchedule schedule, double constant) implements UpdateSettings.Schedule {
        @Override
        public double valueAt(int iteration, int epoch) {
            return schedule.valueAt(iteration, epoch);
        }
    }

    /**
     * The engine's settings for a DL4J configuration; empty for any other updater, subclasses of
     * these four included, since they may compute something else.
     */
    public static Optional<UpdateSettings> settingsOf(IUpdater config) {
        if (config == null) {
            return Optional.empty();
        }
        if (config.getClass() == Sgd.class) {
            Sgd sgd = (Sgd) config;
            return Optional.of(UpdateSettings.sgd(schedule(sgd.getLearningRateSchedule(), sgd.getLearningRate())));
        }
        if (config.getClass() == Adam.class) {
            Adam adam = (Adam) config;
            return Optional.of(UpdateSettings.adam(schedule(adam.getLearningRateSchedule(), adam.getLearningRate()),
                    adam.getBeta1(), adam.getBeta2(), adam.getEpsilon()));
        }
        if (config.getClass() == RmsProp.class) {
            RmsProp rmsProp = (RmsProp) config;
            return Optional.of(UpdateSettings.rmsProp(schedule(rmsProp.getLearningRateSchedule(),
                    rmsProp.getLearningRate()), rmsProp.getRmsDecay(), rmsProp.getEpsilon()));
        }
        if (config.getClass() == Nesterovs.class) {
            Nesterovs nesterovs = (Nesterovs) config;
            return Optional.of(UpdateSettings.nesterov(schedule(nesterovs.getLearningRateSchedule(),
                    nesterovs.getLearningRate()), schedule(nesterovs.getMomentumISchedule(), nesterovs.getMomentum())));
        }
        return Optional.empty();
    }

    /** As DL4J's {@code getLearningRate(iteration, epoch)} and {@code currentMomentum}: the schedule if there is one. */
    private static UpdateSettings.Schedule schedule(ISchedule schedule, double constant) {
        return schedule != null ? new Dl4jSchedule(schedule, constant) : new UpdateSettings.Constant(constant);
    }

    /** DL4J's configuration of the engine's settings (the inverse of {@link #settingsOf}). */
    public static IUpdater updaterOf(UpdateSettings settings) {
        IUpdater updater = switch (settings.rule()) {
            case SGD -> new Sgd();
            case ADAM -> new Adam(0, settings.beta1(), settings.beta2(), settings.epsilon());
            case RMSPROP -> new RmsProp(0, settings.decay(), settings.epsilon());
            case NESTEROV -> {
                Nesterovs nesterovs = new Nesterovs();
                nesterovs.setMomentum(constant(settings.momentum()));
                nesterovs.setMomentumISchedule(schedule(settings.momentum()));
                yield nesterovs;
            }
        };
        updater.setLrAndSchedule(constant(settings.learningRate()), schedule(settings.learningRate()));
        return updater;
    }

    private static double constant(UpdateSettings.Schedule schedule) {
        if (schedule instanceof UpdateSettings.Constant c) {
            return c.value();
        }
        if (schedule instanceof Dl4jSchedule s) {
            return s.constant();
        }
        throw new IllegalArgumentException("DL4J cannot hold the schedule " + schedule);
    }

    private static ISchedule schedule(UpdateSettings.Schedule schedule) {
        return schedule instanceof Dl4jSchedule s ? s.schedule() : null;
    }
}
