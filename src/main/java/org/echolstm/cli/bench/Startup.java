package org.echolstm.cli.bench;

import org.echolstm.model.EchoModel;
import org.echolstm.training.Preset;
import org.echolstm.training.TrainingSession;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/** JVM start → command start → first model built → first training step done. */
record Startup(long jvmToCommandMs, long jvmToModelMs, long jvmToFirstStepMs) {

    /** Meaningful only when nothing before it has built a model in this JVM. */
    static Startup measure() {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long commandStart = System.currentTimeMillis();
        EchoModel model = new EchoModel(Preset.DEFAULT.task(), Preset.DEFAULT.modelSettings(Preset.DEFAULT_SEED));
        long modelBuilt = System.currentTimeMillis();
        TrainingSession session = new TrainingSession(model, Preset.DEFAULT.trainingSettings());
        session.step();
        long stepped = System.currentTimeMillis();
        return new Startup(commandStart - jvmStart, modelBuilt - jvmStart, stepped - jvmStart);
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "Start-up: JVM start -> command %d ms -> model built %d ms -> first step %d ms%n",
                jvmToCommandMs, jvmToModelMs, jvmToFirstStepMs);
    }
}
