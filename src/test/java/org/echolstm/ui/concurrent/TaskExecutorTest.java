package org.echolstm.ui.concurrent;

import org.echolstm.ui.QueuedExecutor;
import org.echolstm.ui.concurrent.TaskExecutor.Lane;
import org.echolstm.ui.lesson.CurrentLesson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The executor, not its callers, keeps the lesson busy while a task runs and lets go however it ends. */
class TaskExecutorTest {
    private final List<String> events = new ArrayList<>();

    private <T> BackgroundTask<T> recorded(BackgroundTask<T> task) {
        return task.onSuccess(result -> events.add("success " + result))
                .onFailure(error -> events.add("failure " + error.getMessage()))
                .onFinished(() -> events.add("finished"));
    }

    @Test
    void aTaskThatThrowsLeavesTheLessonNotBusy() {
        CurrentLesson lesson = new CurrentLesson(new DirectTaskExecutor());
        lesson.executor().submit(Lane.BACKGROUND, recorded(BackgroundTask.of(() -> {
            assertThat(lesson.busyProperty().get()).as("busy while it runs").isTrue();
            throw new IllegalStateException("broken");
        }).keepsBusy()));

        assertThat(events).containsExactly("failure broken", "finished");
        assertThat(lesson.busyProperty().get()).isFalse();
        assertThat(lesson.idleProperty().get()).isTrue();
    }

    @Test
    void theCountsDropBeforeTheHandlersRun() {
        CurrentLesson lesson = new CurrentLesson(new DirectTaskExecutor());
        lesson.executor().submit(Lane.TRAINING, BackgroundTask.of(() -> 1).isRun()
                .onSuccess(result -> events.add("idle " + lesson.idleProperty().get())));

        assertThat(events).containsExactly("idle true");
    }

    @Test
    void aTaskCancelledBeforeItRunsNeverRunsAndLeavesTheLessonNotBusy() throws InterruptedException {
        QueuedExecutor lanes = new QueuedExecutor();
        CurrentLesson lesson = new CurrentLesson(lanes);
        BackgroundTask<String> task = lanes.submit(Lane.FILES, recorded(BackgroundTask.of(() -> {
            events.add("ran");
            return "written";
        }).keepsBusy()));
        assertThat(lesson.busyProperty().get()).isTrue();

        task.cancel();
        lanes.runUntil(task::isFinished, 10);

        assertThat(events).containsExactly("finished");
        assertThat(lesson.busyProperty().get()).isFalse();
    }

    @Test
    void aRunCancelledWhileItRunsHoldsTheWindowUntilItEndsThenLetsGo() throws InterruptedException {
        QueuedExecutor lanes = new QueuedExecutor();
        CurrentLesson lesson = new CurrentLesson(lanes);
        CountDownLatch started = new CountDownLatch(1);
        List<Long> progress = new ArrayList<>();
        BackgroundTask<Long> run = lanes.submit(Lane.TRAINING, recorded(BackgroundTask.<Long>reporting(self -> {
            self.updateProgress(1, 10);
            started.countDown();
            long done = 1;
            while (!self.isCancelled()) {
                Thread.onSpinWait();
            }
            self.updateProgress(done + 1, 10); // after the cancel: never reported
            return done;
        }).isRun().onProgress((done, all) -> progress.add(done))));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        lanes.runUntil(() -> !progress.isEmpty(), 10);
        assertThat(lesson.idleProperty().get()).as("idle while the run goes on").isFalse();

        run.cancel();
        lanes.runUntil(run::isFinished, 10);

        assertThat(progress).containsExactly(1L);
        assertThat(events).containsExactly("finished");
        assertThat(lesson.idleProperty().get()).isTrue();
        assertThat(lesson.busyProperty().get()).isFalse();
    }

    @Test
    void aTaskThatHoldsNothingLeavesTheControlsFree() {
        CurrentLesson lesson = new CurrentLesson(new DirectTaskExecutor());
        lesson.executor().submit(Lane.BACKGROUND, recorded(BackgroundTask.of(() -> {
            events.add("idle " + lesson.idleProperty().get());
            return 7;
        })));

        assertThat(events).containsExactly("idle true", "success 7", "finished");
    }

    @Test
    void aShutDownExecutorRunsNothingButLetsGo() {
        DirectTaskExecutor executor = new DirectTaskExecutor();
        CurrentLesson lesson = new CurrentLesson(executor);
        executor.shutdown();
        executor.submit(Lane.FILES, recorded(BackgroundTask.of(() -> "never").keepsBusy()));

        assertThat(events).containsExactly("finished");
        assertThat(lesson.busyProperty().get()).isFalse();
    }
}
