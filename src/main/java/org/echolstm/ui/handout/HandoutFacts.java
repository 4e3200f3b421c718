package org.echolstm.ui.handout;

import org.echolstm.AppInfo;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SequenceText;
import org.echolstm.model.Ablation;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.Prediction;
import org.echolstm.training.Lesson;
import org.echolstm.training.Snapshot;
import org.echolstm.training.Stop;
import org.echolstm.ui.I18n;
import org.echolstm.ui.status.StatusBarViewModel;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures of a handout in the window's language: the task and its settings, and for each stop
 * the moment's samples and held-out accuracy, the sequence on screen, and the expected and predicted
 * value then (with the units silenced and the gate clamped as they were). Window-free: the
 * pictures are given.
 */
public final class HandoutFacts {
    private HandoutFacts() {
    }

    /**
     * The handout of {@code lesson} (its model the final one), the live model's held-out accuracy
     * {@code heldOut} when measured, with the pictures given (PNG; one per stop, in order).
     */
    public static Handout handout(Lesson lesson, OptionalDouble heldOut, byte[] charts, List<byte[]> stopPictures,
                                  byte[] inside) {
        EchoModel model = lesson.model();
        List<Handout.Page> pages = new ArrayList<>();
        for (int i = 0; i < lesson.stops().size(); i++) {
            Stop stop = lesson.stops().get(i);
            pages.add(new Handout.Page(i + 1, stop.title(), stop.note(), i < stopPictures.size() ? stopPictures.get(i) : null,
                    stopFigures(stop, model.task(), model.settings(), lesson.snapshots())));
        }
        return new Handout(I18n.locale().getLanguage(), I18n.t("handout.title", I18n.count(model.task().length()),
                I18n.count(model.task().features()), I18n.count(model.task().echoIndex())),
                settings(lesson, heldOut), charts, pages, inside, words());
    }

    /** The task and how it was trained. */
    static List<Handout.Figure> settings(Lesson lesson, OptionalDouble heldOut) {
        EchoModel model = lesson.model();
        EchoTask task = model.task();
        ModelSettings settings = model.settings();
        List<Handout.Figure> figures = new ArrayList<>(List.of(
                new Handout.Figure(I18n.t("field.length"), I18n.count(task.length())),
                new Handout.Figure(I18n.t("field.features"), I18n.count(task.features())),
                new Handout.Figure(I18n.t("field.echoIndex"), I18n.count(task.echoIndex())),
                new Handout.Figure(I18n.t("field.units"), I18n.count(settings.units())),
                new Handout.Figure(I18n.t("field.optimizer"), settings.optimizer().displayName()),
                new Handout.Figure(I18n.t("field.learningRate"), learningRate(settings.learningRate()))));
        if (lesson.settings() != null) {
            figures.add(new Handout.Figure(I18n.t("field.batchSize"), I18n.count(lesson.settings().batchSize())));
        }
        figures.add(new Handout.Figure(I18n.t("handout.samples"), I18n.count(model.samplesTrained())));
        OptionalDouble accuracy = heldOut.isPresent() ? heldOut : lesson.snapshots().stream()
                .filter(s -> s.samples() == model.samplesTrained()).mapToDouble(Snapshot::heldOutAccuracy).findFirst();
        figures.add(new Handout.Figure(I18n.t("handout.heldOut"),
                accuracy.isPresent() ? StatusBarViewModel.percent(accuracy.getAsDouble()) : I18n.t("handout.notMeasured")));
        return figures;
    }

    /** A stop's figures: its moment, the sequence on screen and the model's answer to it then. */
    static List<Handout.Figure> stopFigures(Stop stop, EchoTask task, ModelSettings settings, List<Snapshot> snapshots) {
        List<Handout.Figure> figures = new ArrayList<>();
        figures.add(new Handout.Figure(I18n.t("handout.samples"), I18n.count(stop.samples())));
        Optional<Snapshot> moment = snapshots.stream().filter(s -> s.samples() == stop.samples()).findFirst();
        moment.ifPresent(s -> figures.add(new Handout.Figure(I18n.t("handout.heldOut"), StatusBarViewModel.percent(s.heldOutAccuracy()))));
        int[] sequence = stop.sequence();
        figures.add(new Handout.Figure(I18n.t("handout.sequence"), SequenceText.format(sequence)));
        if (sequence.length == task.length()) {
            Optional<Prediction> answer = moment.map(s -> s.restore(task, settings)
                    .predict(sequence, new Ablation(stop.silencedUnits(), stop.clamp())));
            figures.add(new Handout.Figure(I18n.t("handout.expected"), answer.map(p -> Integer.toString(p.expected()))
                    .orElseGet(() -> Integer.toString(sequence[task.echoIndex()]))));
            answer.ifPresent(p -> figures.add(new Handout.Figure(I18n.t("handout.predicted"),
                    I18n.t(p.correct() ? "handout.predictedRight" : "handout.predictedWrong", p.predicted()))));
        }
        if (!stop.silenced().isEmpty()) {
            figures.add(new Handout.Figure(I18n.t("handout.silenced"), I18n.list(stop.silenced().stream()
                    .map(unit -> Integer.toString(unit)).toList())));
        }
        if (stop.clamp() != org.echolstm.model.GateClamp.NONE) {
            figures.add(new Handout.Figure(I18n.t("handout.clamp"), I18n.t("clamp." + stop.clamp().name())));
        }
        return figures;
    }

    static Handout.Words words() {
        return new Handout.Words(I18n.t("handout.settings"), I18n.t("handout.charts"), I18n.t("handout.story"),
                I18n.t("handout.stop"), I18n.t("handout.inside"), I18n.t("handout.noStops"),
                I18n.t("handout.footer", AppInfo.NAME, AppInfo.VERSION));
    }

    private static String learningRate(double rate) {
        NumberFormat format = NumberFormat.getNumberInstance(I18n.locale());
        format.setMaximumFractionDigits(8);
        format.setGroupingUsed(false);
        return format.format(rate);
    }
}
