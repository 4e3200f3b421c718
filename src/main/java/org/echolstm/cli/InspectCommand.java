package org.echolstm.cli;

import org.echolstm.model.EchoModel;
import org.echolstm.model.LstmProbe;
import org.echolstm.model.LstmTrace;
import org.echolstm.model.ModelFileException;
import org.echolstm.training.LessonFiles;
import org.echolstm.training.Snapshot;
import org.echolstm.model.PlainRnn;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "inspect", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show inside the LSTM for one sequence: gates, cell and hidden state per time step, "
                + "how much each time step drives the answer, and the gradient flow: the size (L2 norm) of the "
                + "loss gradient with respect to each step's input, for the LSTM (gradient) and for a freshly "
                + "initialised plain RNN of the same size and seed (rnnGradient)."})
final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    QuestionOptions question;

    @Mixin
    JsonOption json;

    @Option(names = "--at", paramLabel = "SAMPLES", description = "Inspect the lesson's model as it was after about "
            + "SAMPLES training samples: the snapshot of its timeline nearest to that point.")
    Optional<Long> at;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        QuestionOptions.Question opened = question.ask();
        Optional<Snapshot> snapshot = at.map(this::snapshotNear);
        EchoModel model = snapshot.map(s -> s.restore(opened.model().task(), opened.model().settings()))
                .orElse(opened.model());
        QuestionOptions.Question asked = new QuestionOptions.Question(model, opened.sequence());
        LstmProbe probe = new LstmProbe(asked.model());
        LstmTrace trace = probe.trace(asked.sequence());
        float[] influence = probe.influence(asked.sequence());
        int expected = asked.sequence()[asked.model().task().echoIndex()];
        double[] gradient = probe.gradientNorms(asked.sequence(), expected);
        double[] rnnGradient = new PlainRnn(asked.model().task(), asked.model().settings()).inputGradient()
                .norms(asked.sequence(), expected);
        PrintWriter out = cl.getOut();
        if (json.enabled()) {
            List<Object> steps = new ArrayList<>();
            for (int t = 0; t < trace.timesteps(); t++) {
                steps.add(Json.object("t", t, "value", asked.sequence()[t], "influence", (double) influence[t],
                        "gradient", gradient[t], "rnnGradient", rnnGradient[t],
                        "inputGate", trace.inputGate()[t], "forgetGate", trace.forgetGate()[t],
                        "outputGate", trace.outputGate()[t], "candidate", trace.candidate()[t],
                        "cellState", trace.cellState()[t], "hiddenState", trace.hiddenState()[t]));
            }
            Map<String, Object> answer = Json.object("sequence", asked.sequence(), "echoIndex", asked.model().task().echoIndex(),
                    "predicted", trace.predicted(), "expected", asked.sequence()[asked.model().task().echoIndex()],
                    "probabilities", trace.probabilities(), "steps", steps);
            snapshot.ifPresent(s -> answer.put("snapshot", Json.object("samples", s.samples(),
                    "heldOutAccuracy", s.heldOutAccuracy(), "marked", s.marked())));
            out.println(Json.line(answer));
            return 0;
        }
        snapshot.ifPresent(s -> out.printf(Locale.ROOT, "snapshot at %,d samples (held-out accuracy %.1f %%%s), "
                + "the nearest to %,d%n", s.samples(), 100 * s.heldOutAccuracy(), s.marked() ? ", marked" : "", at.get()));
        out.printf(Locale.ROOT, "predicted %d, expected %d (echo index %d), %d LSTM units%n", trace.predicted(),
                asked.sequence()[asked.model().task().echoIndex()], asked.model().task().echoIndex(), trace.units());
        out.println("   t  value  influence   mean input  mean forget  mean output  mean |cell|  mean |hidden|"
                + "  |dL/dx| LSTM  |dL/dx| RNN");
        for (int t = 0; t < trace.timesteps(); t++) {
            out.printf(Locale.ROOT, "%4d  %5d  %9.3f   %10.3f  %11.3f  %11.3f  %11.3f  %13.3f  %12.3e  %11.3e%s%n", t,
                    asked.sequence()[t], influence[t], mean(trace.inputGate()[t], false),
                    mean(trace.forgetGate()[t], false), mean(trace.outputGate()[t], false),
                    mean(trace.cellState()[t], true), mean(trace.hiddenState()[t], true), gradient[t], rnnGradient[t],
                    t == asked.model().task().echoIndex() ? "   <- echo index" : "");
        }
        out.println("|dL/dx|: size of the loss gradient with respect to the step's input (LSTM; plain RNN of the same"
                + " size and seed, untrained).");
        out.println("Per-unit values: --json.");
        return 0;
    }

    /** The lesson's snapshot nearest to {@code samples}; a failure that says why when there is none. */
    private Snapshot snapshotNear(long samples) {
        Path file = question.model.file();
        List<Snapshot> snapshots;
        try {
            snapshots = LessonFiles.open(file).snapshots();
        } catch (ModelFileException e) {
            throw new CommandFailure("--at needs a lesson with snapshots: " + e.getMessage());
        }
        return Snapshot.nearest(snapshots, samples).orElseThrow(() -> new CommandFailure("--at: " + file.getFileName()
                + " has no snapshots (a lesson saved without a timeline); inspect it without --at."));
    }

    private static double mean(float[] values, boolean absolute) {
        double sum = 0;
        for (float v : values) {
            sum += absolute ? Math.abs(v) : v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }
}
