package org.echolstm.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.echolstm.AppInfo;
import org.echolstm.ui.concurrent.TaskExecutor;
import org.echolstm.ui.confusion.ConfusionViewModel;
import org.echolstm.ui.experiments.ExperimentsViewModel;
import org.echolstm.ui.export.ExportViewModel;
import org.echolstm.ui.files.AutosaveService;
import org.echolstm.ui.files.FilesViewModel;
import org.echolstm.ui.handout.HandoutViewModel;
import org.echolstm.ui.inside.InsideViewModel;
import org.echolstm.ui.lesson.CurrentLesson;
import org.echolstm.ui.lesson.LessonLifecycle;
import org.echolstm.ui.lesson.UnsavedWork;
import org.echolstm.ui.parameters.ParametersViewModel;
import org.echolstm.ui.preferences.Preferences;
import org.echolstm.ui.sample.SampleViewModel;
import org.echolstm.ui.status.StatusBarViewModel;
import org.echolstm.ui.story.StorylineViewModel;
import org.echolstm.ui.timeline.TimelineViewModel;
import org.echolstm.ui.training.ComparisonViewModel;
import org.echolstm.ui.training.TrainingViewModel;

/**
 * The window's view models, composed around one {@link CurrentLesson} and its {@link LessonLifecycle}. It holds no state of its
 * own: each feature keeps its own, and this class only wires them together and passes the frame on.
 */
public final class MainViewModel {
    static final long CHART_INTERVAL_NANOS = 100_000_000L;

    private final CurrentLesson lesson;
    private final LessonLifecycle lifecycle;
    private final Preferences preferences = new Preferences();
    private final ParametersViewModel parameters = new ParametersViewModel();
    private final StatusBarViewModel status;
    private final TrainingViewModel training;
    private final ComparisonViewModel comparison;
    private final SampleViewModel sample;
    private final InsideViewModel inside;
    private final ConfusionViewModel confusion;
    private final TimelineViewModel timeline;
    private final StorylineViewModel story;
    private final FilesViewModel files;
    private final ExportViewModel export;
    private final HandoutViewModel handout;
    private final AutosaveService autosave;
    private final ExperimentsViewModel experiments;
    private final StringBinding title;
    private long lastChartUpdate;

    public MainViewModel(DialogService dialogs, TaskExecutor executor) {
        lesson = new CurrentLesson(executor);
        status = new StatusBarViewModel(lesson);
        lifecycle = new LessonLifecycle(lesson, dialogs);
        training = new TrainingViewModel(lifecycle, parameters, dialogs, status);
        comparison = new ComparisonViewModel(lesson, status);
        sample = new SampleViewModel(lesson, parameters, dialogs);
        inside = new InsideViewModel(lesson, sample.sampleProperty(), comparison::trainedBeside);
        confusion = new ConfusionViewModel(lesson);
        timeline = new TimelineViewModel(lifecycle, status);
        story = new StorylineViewModel(lifecycle, sample.sampleProperty(), sample::showSequence, status);
        files = new FilesViewModel(lifecycle, parameters, dialogs, status, preferences.files());
        export = new ExportViewModel(lesson, dialogs, status);
        handout = new HandoutViewModel(lesson, dialogs, status);
        autosave = new AutosaveService(lifecycle);
        experiments = ExperimentsViewModel.of(parameters, executor, dialogs);
        title = Bindings.createStringBinding(() -> {
            String unsaved = lifecycle.hasUnsavedWork() ? "*" : "";
            String name = lifecycle.fileProperty().get().map(f -> f.getFileName().toString())
                    .orElse(lesson.hasModelProperty().get() ? I18n.t("title.untitled") : "");
            return name.isEmpty() ? AppInfo.NAME : unsaved + name + " — " + AppInfo.NAME;
        }, lifecycle.fileProperty(), lesson.figuresProperty(), lifecycle.savedSamplesProperty(), lesson.sessionProperty(),
                lifecycle.unsavedMarksProperty());
    }

    public CurrentLesson lesson() {
        return lesson;
    }

    /** Which session the window works on, and whether a file holds its work. */
    public LessonLifecycle lifecycle() {
        return lifecycle;
    }

    public Preferences preferences() {
        return preferences;
    }

    public ParametersViewModel parameters() {
        return parameters;
    }

    public StatusBarViewModel status() {
        return status;
    }

    public TrainingViewModel training() {
        return training;
    }

    public ComparisonViewModel comparison() {
        return comparison;
    }

    public SampleViewModel sample() {
        return sample;
    }

    public InsideViewModel inside() {
        return inside;
    }

    public ConfusionViewModel confusion() {
        return confusion;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    /** The lesson's stops, and going through them in class. */
    public StorylineViewModel story() {
        return story;
    }

    public FilesViewModel files() {
        return files;
    }

    public ExportViewModel export() {
        return export;
    }

    /** File ▸ Export ▸ Handout: the lesson as one HTML page with a picture of each stop. */
    public HandoutViewModel handout() {
        return handout;
    }

    /** The question before unsaved work would be lost. */
    public UnsavedWork unsaved() {
        return lifecycle.unsaved();
    }

    public AutosaveService autosave() {
        return autosave;
    }

    public ExperimentsViewModel experiments() {
        return experiments;
    }

    /** "*model.zip — Echo LSTM Explorer": the file of the lesson, marked while it has unsaved training. */
    public StringBinding titleProperty() {
        return title;
    }

    /** Moves the latest metrics on screen and lets each feature refresh; called once a frame. */
    public void onFrame(long now) {
        lesson.showLatest();
        sample.onFrame(now);
        inside.onFrame(now);
        confusion.onFrame(now);
        timeline.onFrame(now);
        story.onFrame(now);
        autosave.onFrame(now);
    }

    /** Whether the charts are due for a redraw (at most every 100 ms). */
    public boolean chartsDue(long now) {
        if (now - lastChartUpdate >= CHART_INTERVAL_NANOS) {
            lastChartUpdate = now;
            return true;
        }
        return false;
    }

    /** Stops training and the background work; called when the window closes. */
    public void shutdown() {
        lesson.session().ifPresent(s -> {
            s.resume();
            s.stop();
        });
        lesson.executor().shutdown();
    }

    public boolean isShutDown() {
        return lesson.executor().isShutDown();
    }
}
