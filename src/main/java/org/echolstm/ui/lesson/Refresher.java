package org.echolstm.ui.lesson;

import javafx.beans.value.ObservableValue;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A view that recomputes in the background where only the latest answer matters: one computation
 * runs at a time, and a request made meanwhile runs once more when it ends (with the inputs of
 * that moment). While training runs, {@link #onFrame} keeps the view a few times a second fresh.
 *
 * @param <T> what one computation gives
 */
public final class Refresher<T> {
    /** How often a view is refreshed while training runs. */
    public static final long INTERVAL_NANOS = 250_000_000L;

    private final CurrentLesson lesson;
    private final Supplier<Optional<Callable<T>>> work;
    private final Consumer<T> show;
    private final Consumer<Throwable> failed;
    private boolean inFlight;
    private boolean pending;
    private long lastRequest;

    /**
     * @param work what to compute now, or nothing when the view has nothing to show (or is hidden)
     * @param show shows a result on the UI thread
     */
    public Refresher(CurrentLesson lesson, Supplier<Optional<Callable<T>>> work, Consumer<T> show) {
        this(lesson, work, show, error -> { });
    }

    /** @param failed told (on the UI thread) when a computation fails; the view keeps what it showed */
    public Refresher(CurrentLesson lesson, Supplier<Optional<Callable<T>>> work, Consumer<T> show,
                     Consumer<Throwable> failed) {
        this.lesson = lesson;
        this.work = work;
        this.show = show;
        this.failed = failed;
    }

    public void request() {
        if (inFlight) {
            pending = true;
            return;
        }
        Optional<Callable<T>> next = work.get();
        if (next.isEmpty()) {
            return;
        }
        inFlight = true;
        lesson.executor().background(next.get(), result -> {
            ended();
            show.accept(result);
            if (pending) {
                pending = false;
                request();
            }
        }, error -> {
            ended();
            failed.accept(error);
        });
    }

    /**
     * Refreshes whenever the metrics on screen change outside a run (a step, a pause, the end of a
     * run) and when {@code shown} turns on; while a run goes on, {@link #onFrame} refreshes.
     */
    public Refresher<T> follow(ObservableValue<Boolean> shown) {
        lesson.figuresProperty().addListener((obs, old, now) -> {
            if (!lesson.runningProperty().get()) {
                request();
            }
        });
        // A run's last figures may arrive before it is seen to end: its end asks once more.
        lesson.runningProperty().addListener((obs, was, now) -> {
            if (!now) {
                request();
            }
        });
        shown.addListener((obs, old, now) -> request());
        return this;
    }

    /** While training runs, requests at most every {@link #INTERVAL_NANOS}; called once a frame. */
    public void onFrame(long now) {
        if (lesson.runningProperty().get() && now - lastRequest >= INTERVAL_NANOS) {
            lastRequest = now;
            request();
        }
    }

    private void ended() {
        inFlight = false;
    }
}
