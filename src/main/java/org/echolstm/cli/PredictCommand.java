package org.echolstm.cli;

import org.echolstm.model.Prediction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Ask a saved model which value it echoes for a sequence.")
final class PredictCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    QuestionOptions question;

    @Option(names = "--top", paramLabel = "K", defaultValue = "3",
            description = "How many of the most likely values to show (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        QuestionOptions.Question asked = question.ask();
        Prediction prediction = asked.model().predict(asked.sequence());
        int k = Math.max(1, Math.min(top, prediction.probabilities().length));
        float[] p = prediction.probabilities();
        List<Integer> ranked = IntStream.range(0, p.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> p[i]).reversed()).limit(k).toList();
        if (json.enabled()) {
            List<Map<String, Object>> topList = new ArrayList<>();
            for (int value : ranked) {
                topList.add(Json.object("value", value, "probability", (double) p[value]));
            }
            cl.getOut().println(Json.line(Json.object("predicted", prediction.predicted(),
                    "expected", prediction.expected(), "correct", prediction.correct(),
                    "sequence", Arrays.stream(asked.sequence()).boxed().toList(), "top", topList)));
        } else {
            cl.getOut().printf(Locale.ROOT, "predicted %d, expected %d %s%n", prediction.predicted(),
                    prediction.expected(), prediction.correct() ? "✓" : "✗");
            for (int value : ranked) {
                cl.getOut().printf(Locale.ROOT, "  %4d  %6.2f %%%n", value, p[value] * 100);
            }
        }
        return 0;
    }
}
