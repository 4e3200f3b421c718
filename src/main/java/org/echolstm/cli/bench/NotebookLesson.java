package org.echolstm.cli.bench;

import org.echolstm.model.EchoModel;
import org.echolstm.training.Preset;
import org.echolstm.training.TrainingSession;

import java.io.PrintWriter;
import java.util.Locale;

/** The notebook's own lesson: 10,000 samples at batch 1, held-out evaluations included. */
record NotebookLesson(long samples, double wallSeconds, double heldOutAccuracy) {

    static NotebookLesson measure() {
        EchoModel model = new EchoModel(Preset.NOTEBOOK.task(), Preset.NOTEBOOK.modelSettings(Preset.DEFAULT_SEED));
        long start = System.nanoTime();
        TrainingSession session = new TrainingSession(model, Preset.NOTEBOOK.trainingSettings());
        session.run();
        double wall = (System.nanoTime() - start) / 1e9;
        double accuracy = session.evaluateHeldOut();
        return new NotebookLesson(session.latest().samplesSeen(), wall, accuracy);
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "Notebook lesson (%,d samples, batch 1): %.3f s wall, held-out accuracy %.1f %%%n",
                samples, wallSeconds, heldOutAccuracy * 100);
    }
}
