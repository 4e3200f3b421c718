package org.echolstm.ui;

import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.echolstm.AppInfo;
import org.echolstm.echo.EchoTask;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.EchoModel;
import org.echolstm.model.ModelSettings;
import org.echolstm.model.AtomicFiles;
import org.echolstm.model.ModelFileException;
import org.echolstm.model.ModelFiles;
import org.echolstm.model.LstmProbe;
import org.echolstm.model.Prediction;
import org.echolstm.echo.EchoBatch;
import org.echolstm.training.ConfusionMatrix;
import org.echolstm.training.RnnComparison;
import org.echolstm.ui.internals.Inside;
import org.echolstm.model.WeightsExport;
import org.echolstm.training.Lesson;
import org.echolstm.training.LessonFiles;
import org.echolstm.training.MetricHistory;
import org.echolstm.training.MetricsSnapshot;
import org.echolstm.training.StopReason;
import org.echolstm.training.TrainingListener;
import org.echolstm.training.TrainingSession;
import org.echolstm.training.TrainingSettings;
import org.echolstm.training.TrainingState;
import org.echolstm.ui.parameters.ParametersViewModel;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The window's state and commands. Training runs on one owned background thread; the training
 * thread only stores its latest metrics, and {@link #onFrame(long)} (called once per frame) moves
 * them into the properties, so the window updates at most once a frame however fast training is.
 * Only this class reaches the training session.
 */
public final class MainViewModel {
    static final long CHART_INTERVAL_NANOS = 100_000_000L;
    static final long PREDICTION_INTERVAL_NANOS = 250_000_000L;
    static final int RECENT_PREDICTIONS = 20;
    static final int RECENT_FILES = 8;
    private static final long SAMPLE_SEED_SALT = 0x2545F4914F6CDD1DL;

    private final ParametersViewModel parameters = new ParametersViewModel();
    private final DialogService dialogs;
    private final ExecutorService trainingThread = Executors.newSingleThreadExecutor(named("training"));
    /** Predictions, steps of a paused run, and file work: everything but the run itself. */
    private final ExecutorService backgroundThread = Executors.newSingleThreadExecutor(named("background"));

    private final MetricHistory history = new MetricHistory(500);
    private final AtomicReference<MetricsSnapshot> latest = new AtomicReference<>();
    private final BitSet silencedUnits = new BitSet(); // FX thread
    private final javafx.beans.property.ObjectProperty<LstmProbe.GateClamp> gateClamp =
            new javafx.beans.property.SimpleObjectProperty<>(LstmProbe.GateClamp.NONE);
    private final java.util.Map<TrainingSession, EchoBatch> insideBatches = new java.util.WeakHashMap<>();
    private final ReadOnlyObjectWrapper<Optional<Inside>> inside = new ReadOnlyObjectWrapper<>(Optional.empty());
    private boolean predictionInFlight; // FX thread only, like the two below
    private boolean predictionPending;
    private boolean pendingAddsToTable;
    private final CompletableFuture<Void> libraryReady;
    private TrainingSession session; // FX thread only
    private long lastChartUpdate;
    private long lastPredictionUpdate;
    private MetricsSnapshot shownSnapshot;
    private SequenceGenerator sampleGenerator;

    private final ReadOnlyObjectWrapper<UiState> state = new ReadOnlyObjectWrapper<>(UiState.NO_MODEL);
    private final javafx.beans.property.BooleanProperty busy = new javafx.beans.property.SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Optional<Path>> currentFile = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private long savedSamples;
    private final java.util.Map<String, Path> lastFolders = new java.util.HashMap<>();
    private Optional<Path> autosaveFile = Optional.empty();
    private final javafx.beans.property.BooleanProperty darkTheme = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.DoubleProperty pace = new javafx.beans.property.SimpleDoubleProperty(0);
    private final javafx.beans.property.BooleanProperty compare = new javafx.beans.property.SimpleBooleanProperty();
    private RnnComparison comparison; // FX thread
    private final javafx.beans.property.ObjectProperty<Locale> language =
            new javafx.beans.property.SimpleObjectProperty<>(I18n.locale());
    private final javafx.beans.property.BooleanProperty autosave = new javafx.beans.property.SimpleBooleanProperty(true);
    private Runnable userGuideOpener = () -> { };
    private long autosaveInterval;
    private long lastAutosave;
    private boolean autosaveInFlight;
    private long autosavedSamples = -1;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(I18n.t("status.noModel"));
    private final ReadOnlyStringWrapper samplesText = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper elapsedText = new ReadOnlyStringWrapper("0:00.0");
    private final ReadOnlyStringWrapper heldOutText = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<EchoTask> sampleTask = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<int[]> sample = new ReadOnlyObjectWrapper<>(new int[0]);
    private final ReadOnlyObjectWrapper<Optional<Prediction>> prediction = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<PredictionRow> recentPredictions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MetricsSnapshot> snapshot = new ReadOnlyObjectWrapper<>();

    private final BooleanBinding canTrain;
    private final BooleanBinding canPause;
    private final BooleanBinding canResume;
    private final BooleanBinding canStep;
    private final BooleanBinding canStop;
    private final BooleanBinding canReset;
    private final BooleanBinding hasModel;
    private final BooleanBinding canOpen;

    public MainViewModel(DialogService dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs);
        BooleanBinding idle = state.isEqualTo(UiState.NO_MODEL).or(state.isEqualTo(UiState.IDLE)).and(busy.not());
        canTrain = idle.and(parameters.validProperty());
        canPause = state.isEqualTo(UiState.RUNNING);
        canResume = state.isEqualTo(UiState.PAUSED);
        canStep = idle.and(parameters.validProperty()).or(state.isEqualTo(UiState.PAUSED));
        canStop = state.isEqualTo(UiState.RUNNING).or(state.isEqualTo(UiState.PAUSED));
        canReset = state.isEqualTo(UiState.IDLE);
        hasModel = state.isNotEqualTo(UiState.NO_MODEL).and(state.isNotEqualTo(UiState.PREPARING)).and(busy.not());
        canOpen = idle;
        newSample();
        compare.addListener((obs, old, now) -> startComparison());
        gateClamp.addListener((obs, old, now) -> requestPrediction(false));
        pace.addListener((obs, old, now) -> {
            if (session != null) {
                session.setPace(now.doubleValue());
            }
        });
        parameters.validProperty().addListener((obs, old, now) -> {
            if (now && state.get() == UiState.NO_MODEL) {
                newSample();
            }
        });
        // Load ND4J and DL4J in the background while the window is already usable.
        libraryReady = CompletableFuture.runAsync(() -> new EchoModel(EchoTask.NOTEBOOK, ModelSettings.NOTEBOOK),
                trainingThread);
    }

    /**
     * Runs {@code action} now if the numerics library is loaded, otherwise shows that it is loading
     * and runs it once it is (the first start of ND4J unpacks and loads native code).
     */
    private void whenLibraryReady(Runnable action) {
        if (libraryReady.isDone()) {
            action.run();
            return;
        }
        state.set(UiState.PREPARING);
        status.set(I18n.t("status.loading"));
        libraryReady.whenComplete((ok, error) -> Platform.runLater(() -> {
            state.set(session == null ? UiState.NO_MODEL : UiState.IDLE);
            if (error != null) {
                failed(I18n.t("dialog.error.library"), error);
            } else {
                status.set(I18n.t("status.ready"));
                action.run();
            }
        }));
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    // ---- properties -------------------------------------------------------------------------

    public ParametersViewModel parameters() {
        return parameters;
    }

    public MetricHistory history() {
        return history;
    }

    public ReadOnlyObjectProperty<UiState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty samplesTextProperty() {
        return samplesText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedTextProperty() {
        return elapsedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty heldOutTextProperty() {
        return heldOutText.getReadOnlyProperty();
    }

    /** "predicted 14, expected 14 ✓" for the sample on screen. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<int[]> sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EchoTask> sampleTaskProperty() {
        return sampleTask.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Prediction>> predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    public ObservableList<PredictionRow> recentPredictions() {
        return recentPredictions;
    }

    /** The metrics shown now (updated at most once a frame). */
    public ReadOnlyObjectProperty<MetricsSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public BooleanBinding canTrainProperty() {
        return canTrain;
    }

    public BooleanBinding canPauseProperty() {
        return canPause;
    }

    public BooleanBinding canResumeProperty() {
        return canResume;
    }

    public BooleanBinding canStepProperty() {
        return canStep;
    }

    public BooleanBinding canStopProperty() {
        return canStop;
    }

    public BooleanBinding canResetProperty() {
        return canReset;
    }

    // ---- commands ---------------------------------------------------------------------------

    /** Starts training (creating the model if needed); asks first if that discards a model. */
    public void train() {
        if (canTrain.get()) {
            whenLibraryReady(this::startTraining);
        }
    }

    private void startTraining() {
        if (!canTrain.get() || !prepareSession()) {
            return;
        }
        TrainingSession current = session;
        Task<StopReason> task = new Task<>() {
            @Override
            protected StopReason call() {
                return current.run();
            }
        };
        task.setOnSucceeded(e -> finished(task.getValue()));
        task.setOnFailed(e -> failed(I18n.t("dialog.error.training"), task.getException()));
        state.set(UiState.RUNNING);
        status.set(I18n.t("status.training"));
        trainingThread.execute(task);
    }

    public void pause() {
        if (canPause.get()) {
            session.pause();
            state.set(UiState.PAUSED);
            status.set(I18n.t("status.pausing"));
        }
    }

    /** The training thread has finished its step and waits: the numbers on screen are final. */
    private void pauseConfirmed() {
        if (state.get() == UiState.PAUSED) {
            MetricsSnapshot s = latest.get();
            if (s != null) {
                showMetrics(s);
            }
            status.set(I18n.t("status.pausedAt", I18n.count(shownSamples())));
            requestPrediction(true);
        }
    }

    public void resume() {
        if (canResume.get()) {
            session.resume();
            state.set(UiState.RUNNING);
            status.set(I18n.t("status.training"));
        }
    }

    /** Pause when running, resume when paused. */
    public void togglePause() {
        if (canPause.get()) {
            pause();
        } else if (canResume.get()) {
            resume();
        }
    }

    /** Trains one batch (in the background), then shows its prediction. */
    public void step() {
        if (canStep.get()) {
            whenLibraryReady(this::startStep);
        }
    }

    private void startStep() {
        if (!canStep.get()) {
            return;
        }
        boolean paused = state.get() == UiState.PAUSED;
        if (!paused && !prepareSession()) {
            return;
        }
        TrainingSession current = session;
        UiState after = paused ? UiState.PAUSED : UiState.IDLE;
        state.set(UiState.STEPPING);
        double[] updateSize = new double[1];
        Task<MetricsSnapshot> task = new Task<>() {
            @Override
            protected MetricsSnapshot call() {
                MetricsSnapshot stepped = current.step();
                updateSize[0] = current.withModel(EchoModel::lastUpdateSize);
                return stepped;
            }
        };
        task.setOnSucceeded(e -> {
            state.set(after);
            MetricsSnapshot stepped = task.getValue();
            status.set(I18n.t("status.stepDetails", I18n.count(stepped.samplesSeen()),
                    String.format(I18n.locale(), "%.4f", stepped.loss()),
                    String.format(I18n.locale(), "%.4f", updateSize[0])));
            showMetrics(task.getValue());
            requestPrediction(true);
        });
        task.setOnFailed(e -> failed(I18n.t("dialog.error.step"), task.getException()));
        // A paused run holds the training thread, so steps of a paused run go to the background thread.
        (paused ? backgroundThread : trainingThread).execute(task);
    }

    public void stop() {
        if (canStop.get()) {
            session.resume();
            session.stop();
            status.set(I18n.t("status.stopping"));
        }
    }

    /** Discards the weights (asking first) and starts again from fresh ones. */
    public void resetWeights() {
        if (!canReset.get()) {
            return;
        }
        if (!dialogs.confirm(I18n.t("dialog.reset.title"), I18n.t("dialog.reset.message", I18n.count(shownSamples())),
                I18n.t("dialog.reset.confirm"))) {
            return;
        }
        discardModel();
    }

    /** Draws a fresh sample for the heatmap and asks the model about it. */
    public void newSample() {
        Optional<EchoTask> task = session != null ? Optional.of(sessionTask()) : parameters.task();
        if (task.isEmpty()) {
            return;
        }
        if (sampleGenerator == null || !sampleGenerator.task().equals(task.get())) {
            long seed = parameters.modelSettings().map(ModelSettings::seed).orElse(1L);
            sampleGenerator = new SequenceGenerator(task.get(), seed ^ SAMPLE_SEED_SALT);
        }
        sampleTask.set(task.get());
        sample.set(sampleGenerator.nextSequence());
        prediction.set(Optional.empty());
        inside.set(Optional.empty());
        verdict.set(session == null ? I18n.t("verdict.noModel") : "");
        requestPrediction(true);
    }

    // ---- preferences ----------------------------------------------------------------------

    /** Steps per second while training (0: full speed); applies at once, also to a running session. */
    public javafx.beans.property.DoubleProperty paceProperty() {
        return pace;
    }

    /** Whether a plain RNN trains beside the LSTM on the same samples (slower: DL4J trains it). */
    public javafx.beans.property.BooleanProperty compareProperty() {
        return compare;
    }

    /** The plain RNN's curves while a comparison runs. */
    public Optional<MetricHistory> comparisonHistory() {
        return Optional.ofNullable(comparison).map(RnnComparison::history);
    }

    private void startComparison() {
        stopComparison();
        if (compare.get() && session != null) {
            TrainingSession current = session;
            comparison = current.withModel(m -> new RnnComparison(m.task(), m.settings(), current.settings(),
                    m.samplesTrained()));
            current.addListener(comparison);
        }
    }

    private void stopComparison() {
        if (comparison != null && session != null) {
            session.removeListener(comparison);
        }
        comparison = null;
    }

    /** The language chosen in the preferences (it applies at the next start). */
    public javafx.beans.property.ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public javafx.beans.property.BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** Whether the lesson is autosaved while it has unsaved training (a preference, on by default). */
    public javafx.beans.property.BooleanProperty autosaveProperty() {
        return autosave;
    }

    /** Back to the defaults: the default preset, light theme, autosave on, no recent files or folders. */
    public void resetPreferences() {
        parameters.presetProperty().set(null);
        parameters.presetProperty().set(org.echolstm.training.Preset.DEFAULT);
        darkTheme.set(false);
        autosave.set(true);
        language.set(Locale.ENGLISH);
        recentFiles.clear();
        lastFolders.clear();
    }

    /** Opens the user guide with the system's browser (set by the application). */
    public void openUserGuide() {
        userGuideOpener.run();
    }

    public void setUserGuideOpener(Runnable opener) {
        this.userGuideOpener = opener;
    }

    // ---- files --------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Optional<Path>> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** The folder last used for a kind of file ("model", "lesson", "export"). */
    public Optional<Path> lastFolder(String kind) {
        return Optional.ofNullable(lastFolders.get(kind));
    }

    public void rememberFolder(String kind, Path folder) {
        if (folder != null) {
            lastFolders.put(kind, folder);
        }
    }

    /** True when a model exists (to save or export). */
    public BooleanBinding hasModelProperty() {
        return hasModel;
    }

    /** True when a file may be opened or a new model started (nothing is running). */
    public BooleanBinding canOpenProperty() {
        return canOpen;
    }

    /** Discards the model (asking first if it has unsaved training) and starts from the panes again. */
    public void newModel() {
        if (canOpen.get() && confirmDiscardUnsaved()) {
            discardModel();
            currentFile.set(Optional.empty());
        }
    }

    /** Opens a model file (or the model of a lesson file) and continues from it. */
    public void openModel(Path file) {
        if (!canOpen.get() || !confirmDiscardUnsaved()) {
            return;
        }
        runFileTask(I18n.t("status.opening", file.getFileName().toString()), () -> {
            try {
                return new Lesson(LessonFiles.openModel(file), null, null);
            } catch (ModelFiles.TaskUnknownException e) {
                Optional<int[]> answer = askOnFxThread(() -> dialogs.askTask(file.getFileName().toString(), e.features()));
                if (answer.isEmpty()) {
                    return null;
                }
                return new Lesson(ModelFiles.openWithTask(file, answer.get()[0], answer.get()[1]), null, null);
            }
        }, lesson -> install(lesson, file, "status.opened"));
    }

    /** Opens a lesson file: model, training settings and curves. */
    public void openLesson(Path file) {
        if (canOpen.get() && confirmDiscardUnsaved()) {
            runFileTask(I18n.t("status.opening", file.getFileName().toString()), () -> LessonFiles.open(file),
                    lesson -> install(lesson, file, "status.openedLesson"));
        }
    }

    /** Saves the model to {@code file}: a consistent copy, taken between two steps, even while training. */
    public void saveModel(Path file) {
        TrainingSession current = session;
        if (current == null) {
            return;
        }
        runFileTask(I18n.t("status.saving", file.getFileName().toString()), () -> {
            EchoModel snapshot = current.modelSnapshot();
            ModelFiles.save(snapshot, file, AppInfo.VERSION);
            return snapshot.samplesTrained();
        }, samples -> saved(file, samples, I18n.t("status.savedModel", file.getFileName().toString())));
    }

    public void saveLesson(Path file) {
        saveLesson(file, () -> { });
    }

    /** Saves the lesson, then runs {@code afterSaving} (on the FX thread) if it was written. */
    public void saveLesson(Path file, Runnable afterSaving) {
        TrainingSession current = session;
        if (current == null) {
            return;
        }
        runFileTask(I18n.t("status.saving", file.getFileName().toString()), () -> writeLesson(current, file),
                samples -> {
                    saved(file, samples, I18n.t("status.savedLesson", file.getFileName().toString()));
                    afterSaving.run();
                });
    }

    private long writeLesson(TrainingSession current, Path file) throws ModelFileException {
        EchoModel snapshot = current.modelSnapshot();
        LessonFiles.save(new Lesson(snapshot, current.settings(), history.curves()), file, AppInfo.VERSION);
        return snapshot.samplesTrained();
    }

    // ---- autosave ---------------------------------------------------------------------------

    /**
     * Turns autosave on: while a model has unsaved training, the lesson is written to {@code file}
     * every {@code intervalNanos} in the background, so a crash loses at most that much work.
     */
    public void enableAutosave(Path file, long intervalNanos) {
        autosaveFile = Optional.of(file);
        autosaveInterval = intervalNanos;
    }

    public void disableAutosave() {
        autosaveFile = Optional.empty();
    }

    public Optional<Path> autosaveFile() {
        return autosaveFile;
    }

    /**
     * Whether the window may close now. With unsaved training it asks: save (the lesson is saved to
     * the file {@code chooseLessonFile} gives, then {@code close} runs), close without saving, or
     * cancel. A clean close removes the autosaved lesson.
     */
    public boolean requestClose(java.util.function.Supplier<Optional<Path>> chooseLessonFile, Runnable close) {
        if (!hasUnsavedTraining()) {
            deleteAutosave();
            return true;
        }
        switch (dialogs.askBeforeClose(shownSamples() - savedSamples)) {
            case DISCARD -> {
                deleteAutosave();
                return true;
            }
            case SAVE -> chooseLessonFile.get().ifPresent(file -> saveLesson(file, () -> {
                deleteAutosave();
                close.run();
            }));
            default -> {
                // Cancel: keep the window.
            }
        }
        return false;
    }

    /** Removes the autosaved lesson (after a clean close: nothing to recover). */
    public void deleteAutosave() {
        autosaveFile.ifPresent(file -> {
            try {
                java.nio.file.Files.deleteIfExists(file);
            } catch (java.io.IOException e) {
                org.slf4j.LoggerFactory.getLogger(MainViewModel.class).warn("Cannot delete {}", file, e);
            }
        });
    }

    private void autosaveIfDue(long now) {
        if (autosaveFile.isEmpty() || autosaveInFlight || session == null || !hasUnsavedTraining()
                || shownSamples() == autosavedSamples || now - lastAutosave < autosaveInterval) {
            return;
        }
        lastAutosave = now;
        autosaveInFlight = true;
        TrainingSession current = session;
        Path file = autosaveFile.get();
        try {
            backgroundThread.execute(() -> {
                long samples = -1;
                try {
                    java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
                    samples = writeLesson(current, file);
                } catch (java.io.IOException | RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(MainViewModel.class).warn("Autosave to {} failed", file, e);
                }
                long written = samples;
                Platform.runLater(() -> {
                    autosaveInFlight = false;
                    if (written >= 0) {
                        autosavedSamples = written;
                    }
                });
            });
        } catch (RejectedExecutionException e) {
            autosaveInFlight = false;
        }
    }

    /** The kinds of export the File menu offers that need the model or its history. */
    public enum Export { WEIGHTS_JSON, WEIGHTS_NPZ, HISTORY_CSV }

    public void export(Export kind, Path file) {
        TrainingSession current = session;
        if (current == null && kind != Export.HISTORY_CSV) {
            return;
        }
        runFileTask(I18n.t("status.exporting", file.getFileName().toString()), () -> {
            switch (kind) {
                case WEIGHTS_JSON -> WeightsExport.writeJson(current.modelSnapshot(), file);
                case WEIGHTS_NPZ -> WeightsExport.writeNpz(current.modelSnapshot(), file);
                case HISTORY_CSV -> AtomicFiles.write(file, out -> out.write(
                        MetricHistory.toCsv(history.curves()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            return file;
        }, written -> status.set(I18n.t("status.exported", written.getFileName().toString())));
    }

    /** Writes a PNG made by the view (charts, heatmap) off the FX thread. */
    public void exportImage(java.awt.image.BufferedImage image, Path file) {
        runFileTask(I18n.t("status.exporting", file.getFileName().toString()), () -> {
            AtomicFiles.write(file, out -> javax.imageio.ImageIO.write(image, "png", out));
            return file;
        }, written -> status.set(I18n.t("status.exported", written.getFileName().toString())));
    }

    @FunctionalInterface
    private interface FileWork<T> {
        T run() throws Exception;
    }

    /** Runs file work in the background; a failure is one sentence in a dialog, nothing else changes. */
    private <T> void runFileTask(String message, FileWork<T> work, java.util.function.Consumer<T> onSuccess) {
        String before = status.get();
        status.set(message);
        busy.set(true);
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run();
            }
        };
        task.setOnSucceeded(e -> {
            busy.set(false);
            if (task.getValue() == null) {
                status.set(before);
            } else {
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            busy.set(false);
            status.set(before);
            Throwable error = task.getException();
            if (error instanceof java.io.IOException io) {
                dialogs.showError(I18n.t("dialog.error.file"), io.getMessage(), null);
            } else {
                dialogs.showError(I18n.t("dialog.error.file"), I18n.t("dialog.error.something", String.valueOf(error)), error);
            }
        });
        backgroundThread.execute(task);
    }

    private <T> T askOnFxThread(java.util.function.Supplier<T> question) throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(question.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.get();
    }

    private void install(Lesson lesson, Path file, String messageKey) {
        EchoModel model = lesson.model();
        discardModel();
        TrainingSettings training = lesson.settings() != null ? lesson.settings()
                : parameters.trainingSettings().orElse(org.echolstm.training.Preset.DEFAULT.trainingSettings());
        parameters.show(model.task(), model.settings(), training);
        attach(new TrainingSession(model, training));
        if (lesson.history() != null) {
            history.restore(lesson.history());
        }
        MetricsSnapshot start = session.latest();
        latest.set(start);
        showMetrics(start);
        savedSamples = model.samplesTrained();
        currentFile.set(Optional.of(file));
        rememberRecent(file);
        state.set(UiState.IDLE);
        status.set(I18n.t(messageKey, file.getFileName().toString(), I18n.count(model.samplesTrained())));
        newSample();
    }

    private void saved(Path file, long samples, String message) {
        savedSamples = samples;
        currentFile.set(Optional.of(file));
        rememberRecent(file);
        status.set(message);
    }

    private void rememberRecent(Path file) {
        Path absolute = file.toAbsolutePath();
        recentFiles.remove(absolute);
        recentFiles.add(0, absolute);
        if (recentFiles.size() > RECENT_FILES) {
            recentFiles.remove(RECENT_FILES, recentFiles.size());
        }
    }

    /** Whether training happened since the model was last saved or opened. */
    public boolean hasUnsavedTraining() {
        return session != null && shownSamples() > savedSamples;
    }

    private boolean confirmDiscardUnsaved() {
        return !hasUnsavedTraining() || dialogs.confirm(I18n.t("dialog.unsaved.title"),
                I18n.t("dialog.unsaved.message", I18n.count(shownSamples())), I18n.t("dialog.unsaved.confirm"));
    }

    /** Stops training and the background threads; called when the window closes. */
    public void shutdown() {
        if (session != null) {
            session.stop();
        }
        trainingThread.shutdownNow();
        backgroundThread.shutdownNow();
        try {
            trainingThread.awaitTermination(2, TimeUnit.SECONDS);
            backgroundThread.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True when both background threads have ended (after {@link #shutdown()}). */
    public boolean isShutDown() {
        return trainingThread.isTerminated() && backgroundThread.isTerminated();
    }

    // ---- per frame --------------------------------------------------------------------------

    /** Moves the latest metrics into the properties; called once per frame on the FX thread. */
    public void onFrame(long now) {
        MetricsSnapshot s = latest.get();
        if (s != null && s != shownSnapshot) {
            showMetrics(s);
        }
        autosaveIfDue(now);
        if (state.get() == UiState.RUNNING && now - lastPredictionUpdate >= PREDICTION_INTERVAL_NANOS) {
            lastPredictionUpdate = now;
            requestPrediction(false);
        }
    }

    /** Whether the charts are due for a redraw (at most every 100 ms). */
    public boolean chartsDue(long now) {
        if (now - lastChartUpdate >= CHART_INTERVAL_NANOS) {
            lastChartUpdate = now;
            return true;
        }
        return false;
    }

    private void showMetrics(MetricsSnapshot s) {
        shownSnapshot = s;
        snapshot.set(s);
        samplesText.set(I18n.count(s.samplesSeen()));
        speedText.set(s.samplesPerSecond() > 0 ? String.format(I18n.locale(), "%,.0f/s", s.samplesPerSecond()) : "–");
        long tenths = s.elapsedNanos() / 100_000_000L;
        elapsedText.set(String.format(Locale.ROOT, "%d:%02d.%d", tenths / 600, (tenths / 10) % 60, tenths % 10));
        heldOutText.set(s.heldOutAccuracy().isPresent()
                ? String.format(I18n.locale(), "%.1f %%", s.heldOutAccuracy().getAsDouble() * 100) : "–");
    }

    // ---- internals --------------------------------------------------------------------------

    /**
     * Makes sure a session exists for the panes' settings: keeps the model when only training
     * settings changed, asks before discarding it when the task or the network changed.
     */
    private boolean prepareSession() {
        EchoTask task = parameters.task().orElseThrow();
        ModelSettings modelSettings = parameters.modelSettings().orElseThrow();
        TrainingSettings trainingSettings = parameters.trainingSettings().orElseThrow();
        if (session != null) {
            EchoModel current = session.withModel(m -> m);
            boolean sameModel = current.task().equals(task) && current.settings().equals(modelSettings);
            if (!sameModel) {
                if (!dialogs.confirm(I18n.t("dialog.discard.title"),
                        I18n.t("dialog.discard.message", I18n.count(current.samplesTrained())),
                        I18n.t("dialog.discard.confirm"))) {
                    return false;
                }
                discardModel();
            } else if (session.settings().equals(trainingSettings)) {
                return true;
            } else {
                attach(new TrainingSession(current, trainingSettings));
                return true;
            }
        }
        // Quick once the library is loaded (see whenLibraryReady).
        attach(new TrainingSession(new EchoModel(task, modelSettings), trainingSettings));
        newSample();
        return true;
    }

    private void attach(TrainingSession newSession) {
        if (session != null) {
            session.removeListener(bridge);
            session.removeListener(history);
        }
        stopComparison();
        session = newSession;
        session.setPace(pace.get());
        startComparison();
        session.addListener(history);
        session.addListener(bridge);
    }

    private final TrainingListener bridge = new TrainingListener() {
        @Override
        public void onStep(MetricsSnapshot s) {
            latest.set(s);
        }

        @Override
        public void onStateChanged(TrainingState newState) {
            if (newState == TrainingState.PAUSED) {
                Platform.runLater(MainViewModel.this::pauseConfirmed);
            }
        }
    };

    private void discardModel() {
        if (session != null) {
            session.removeListener(bridge);
            session.removeListener(history);
        }
        stopComparison();
        session = null;
        savedSamples = 0;
        silencedUnits.clear();
        latest.set(null);
        shownSnapshot = null;
        snapshot.set(null);
        history.clear();
        samplesText.set("0");
        speedText.set("–");
        elapsedText.set("0:00.0");
        heldOutText.set("–");
        recentPredictions.clear();
        state.set(UiState.NO_MODEL);
        status.set("No model yet: press Train to start.");
        newSample();
    }

    private void finished(StopReason reason) {
        state.set(UiState.IDLE);
        MetricsSnapshot last = latest.get();
        if (last != null) {
            showMetrics(last);
        }
        status.set(switch (reason) {
            case STOPPED -> I18n.t("status.stopped");
            case DIVERGED -> I18n.t("status.diverged", I18n.count(last == null ? 0 : last.samplesSeen()));
            default -> I18n.t("status.finished", I18n.t("reason." + reason.name()));
        });
        requestPrediction(true);
    }

    private void failed(String title, Throwable error) {
        state.set(session == null ? UiState.NO_MODEL : UiState.IDLE);
        status.set(title);
        dialogs.showError(title, I18n.t("dialog.error.something", String.valueOf(error.getMessage())), error);
    }

    private long shownSamples() {
        MetricsSnapshot s = latest.get();
        return s == null ? 0 : s.samplesSeen();
    }

    private EchoTask sessionTask() {
        return session.withModel(EchoModel::task);
    }

    /**
     * Asks the model about the sample on screen, off the FX thread. One request at a time: a
     * request made while one is out is remembered and sent when the answer arrives.
     */
    private void requestPrediction(boolean addToTable) {
        TrainingSession current = session;
        int[] sequence = sample.get();
        if (current == null || sequence.length == 0) {
            return;
        }
        if (predictionInFlight) {
            predictionPending = true;
            pendingAddsToTable |= addToTable;
            return;
        }
        predictionInFlight = true;
        long samplesSeen = shownSamples();
        BitSet silenced = (BitSet) silencedUnits.clone();
        LstmProbe.GateClamp clampNow = gateClamp.get();
        try {
            backgroundThread.execute(() -> {
                try {
                    Prediction p = current.predict(sequence);
                    Inside look = lookInside(current, sequence, silenced, clampNow);
                    Platform.runLater(() -> {
                        if (current == session && sequence == sample.get()) {
                            inside.set(Optional.of(look));
                        }
                        showPrediction(current, sequence, p, samplesSeen, addToTable);
                    });
                } catch (RuntimeException e) {
                    Platform.runLater(() -> {
                        predictionInFlight = false;
                        failed(I18n.t("dialog.error.prediction"), e);
                    });
                }
            });
        } catch (RejectedExecutionException e) {
            predictionInFlight = false; // shutting down
        }
    }

    /** Held-out samples for the confusion matrix and the accuracy under silenced units. */
    static final int INSIDE_SAMPLES = 500;
    private static final long INSIDE_SEED_SALT = 0x6A09E667F3BCC908L;

    /** The internals of the current model for {@code sequence}; runs on the background thread. */
    private Inside lookInside(TrainingSession current, int[] sequence, BitSet silenced, LstmProbe.GateClamp clamp) {
        EchoBatch batch;
        LstmProbe probe;
        ConfusionMatrix confusion;
        synchronized (insideBatches) {
            batch = insideBatches.computeIfAbsent(current, s -> s.withModel(m ->
                    new SequenceGenerator(m.task(), m.settings().seed() ^ INSIDE_SEED_SALT).nextBatch(INSIDE_SAMPLES)));
        }
        // Take the weights and the matrix under the lock, compute the rest outside it.
        var taken = current.withModel(m -> java.util.Map.entry(new LstmProbe(m),
                ConfusionMatrix.of(m.task().features(), m.predictedValues(batch), batch.targets())));
        probe = taken.getKey().withClamp(clamp);
        confusion = taken.getValue();
        int echoIndex = current.withModel(m -> m.task().echoIndex());
        boolean ablating = !silenced.isEmpty() || clamp != LstmProbe.GateClamp.NONE;
        double ablated = ablating ? probe.accuracy(batch, silenced) : confusion.accuracy();
        return new Inside(probe.run(sequence, -1, silenced), probe.influence(sequence, silenced), echoIndex,
                silenced, clamp, confusion.accuracy(), ablated, confusion);
    }

    /** The internals for the sample on screen (updated with the prediction). */
    public ReadOnlyObjectProperty<Optional<Inside>> insideProperty() {
        return inside.getReadOnlyProperty();
    }

    /** Silences a unit of the LSTM in the internals view (or brings it back); the model is not changed. */
    public void toggleUnit(int unit) {
        silencedUnits.flip(unit);
        requestPrediction(false);
    }

    /** Brings every silenced unit back and releases a clamped gate. */
    public void clearSilencedUnits() {
        silencedUnits.clear();
        gateClamp.set(LstmProbe.GateClamp.NONE);
        requestPrediction(false);
    }

    /** A gate held fixed in the internals view (a view of the model, which is not changed). */
    public javafx.beans.property.ObjectProperty<LstmProbe.GateClamp> gateClampProperty() {
        return gateClamp;
    }

    private void showPrediction(TrainingSession from, int[] sequence, Prediction p, long samplesSeen,
                                boolean addToTable) {
        predictionInFlight = false;
        if (from == session && sequence == sample.get()) {
            prediction.set(Optional.of(p));
            verdict.set(I18n.t("verdict.prediction", Integer.toString(p.predicted()), Integer.toString(p.expected()),
                    p.correct() ? "✓" : "✗"));
            if (addToTable) {
                recentPredictions.add(0, PredictionRow.of(p, samplesSeen));
                if (recentPredictions.size() > RECENT_PREDICTIONS) {
                    recentPredictions.remove(RECENT_PREDICTIONS, recentPredictions.size());
                }
            }
        }
        if (predictionPending) {
            boolean add = pendingAddsToTable;
            predictionPending = false;
            pendingAddsToTable = false;
            requestPrediction(add);
        }
    }
}
