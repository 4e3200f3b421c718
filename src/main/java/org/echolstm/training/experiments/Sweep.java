package org.echolstm.training.experiments;

import org.echolstm.echo.SampleBlock;
import org.echolstm.echo.SequenceGenerator;
import org.echolstm.model.EchoModel;
import org.echolstm.model.PlainRnn;
import org.echolstm.model.StepResult;
import org.echolstm.training.Evaluation;
import org.echolstm.training.HeldOutSet;
import org.echolstm.training.StopReason;
import org.echolstm.training.StopRule;
import org.echolstm.training.TrainingSession;
import org.echolstm.training.TrainingSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a {@link SweepPlan}: every run is independent and single-threaded, and the runs share a
 * pool with one thread per core, so a sweep uses the whole machine while each run gives the same
 * result for its seed however the runs interleave. The LSTM trains in a {@link TrainingSession}
 * (the application's one loop, held-out accuracy measured as everywhere); the plain RNN is the
 * engine's {@link PlainRnn}, fed and measured the same way. Cancel from any thread.
 */
public final class Sweep {
    /** Told (on a pool thread) each time a run ends. */
    @FunctionalInterface
    public interface Progress {
        void runFinished(int done, int total);
    }

    private record RunResult(OptionalLong samples, double seconds) {
    }

    private final SweepPlan plan;
    private final int threads;
    private volatile boolean cancelled;
    private final Set<TrainingSession> active = ConcurrentHashMap.newKeySet();

    /** A sweep on as many threads as the machine has cores. */
    public Sweep(SweepPlan plan) {
        this(plan, Runtime.getRuntime().availableProcessors());
    }

    public Sweep(SweepPlan plan, int threads) {
        this.plan = plan;
        this.threads = Math.max(1, threads);
    }

    public SweepPlan plan() {
        return plan;
    }

    /** Ends the sweep soon: running runs stop after their current step, the others do not start. */
    public void cancel() {
        cancelled = true;
        active.forEach(TrainingSession::stop);
    }

    /**
     * Trains every run and returns one point per value, in the plan's order.
     *
     * @throws CancellationException if {@link #cancel()} was called or the calling thread was interrupted
     */
    public List<SweepPoint> run(Progress progress) {
        AtomicInteger done = new AtomicInteger();
        int total = plan.runCount();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "sweep-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<List<Future<RunResult>>> lstm = new ArrayList<>();
            List<List<Future<RunResult>>> rnn = new ArrayList<>();
            for (String value : plan.values()) {
                List<Future<RunResult>> lstmRuns = new ArrayList<>();
                List<Future<RunResult>> rnnRuns = new ArrayList<>();
                for (long seed = 1; seed <= plan.seeds(); seed++) {
                    RunSettings settings = plan.runAt(value, seed);
                    lstmRuns.add(pool.submit(() -> counted(lstmRun(settings), done, total, progress)));
                    if (plan.withRnn()) {
                        rnnRuns.add(pool.submit(() -> counted(rnnRun(settings), done, total, progress)));
                    }
                }
                lstm.add(lstmRuns);
                rnn.add(rnnRuns);
            }
            List<SweepPoint> points = new ArrayList<>();
            for (int v = 0; v < plan.values().size(); v++) {
                Outcome lstmOutcome = outcome(lstm.get(v));
                Optional<Outcome> rnnOutcome = plan.withRnn() ? Optional.of(outcome(rnn.get(v))) : Optional.empty();
                points.add(new SweepPoint(plan.values().get(v), lstmOutcome, rnnOutcome));
            }
            if (cancelled) {
                throw new CancellationException("the sweep was cancelled");
            }
            return points;
        } catch (RuntimeException e) {
            cancel(); // a failed or interrupted sweep stops its other runs
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    private RunResult counted(RunResult result, AtomicInteger done, int total, Progress progress) {
        if (!cancelled) {
            progress.runFinished(done.incrementAndGet(), total);
        }
        return result;
    }

    private Outcome outcome(List<Future<RunResult>> runs) {
        List<OptionalLong> samples = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        for (Future<RunResult> run : runs) {
            RunResult result = await(run);
            samples.add(result.samples());
            seconds.add(result.seconds());
        }
        return new Outcome(samples, seconds);
    }

    private RunResult await(Future<RunResult> run) {
        try {
            return run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new CancellationException("the sweep was interrupted");
        } catch (ExecutionException e) {
            cancel();
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private RunResult lstmRun(RunSettings settings) {
        long start = System.nanoTime();
        if (cancelled) {
            return new RunResult(OptionalLong.empty(), 0);
        }
        EchoModel model = new EchoModel(settings.task(), settings.model());
        model.useThreads(1);
        TrainingSession session = new TrainingSession(model, new TrainingSettings(settings.batchSize(),
                new StopRule(plan.maxSamples(), plan.target())));
        active.add(session);
        try {
            if (cancelled) {
                return new RunResult(OptionalLong.empty(), 0);
            }
            StopReason reason = session.run();
            OptionalLong samples = reason == StopReason.TARGET_REACHED
                    ? OptionalLong.of(session.latest().samplesSeen()) : OptionalLong.empty();
            return new RunResult(samples, seconds(start));
        } finally {
            active.remove(session);
        }
    }

    /** The plain RNN on the same sample stream and held-out set as the LSTM of the same seed. */
    private RunResult rnnRun(RunSettings settings) {
        long start = System.nanoTime();
        PlainRnn rnn = new PlainRnn(settings.task(), settings.model());
        long seed = settings.model().seed();
        SequenceGenerator generator = new SequenceGenerator(settings.task(), seed);
        SampleBlock heldOut = HeldOutSet.of(settings.task(), seed, TrainingSettings.DEFAULT_EVAL_SAMPLES);
        SampleBlock batch = new SampleBlock(settings.task());
        long seen = 0;
        long nextEvaluation = TrainingSettings.DEFAULT_EVAL_EVERY;
        while (!cancelled && seen < plan.maxSamples()) {
            generator.fill(batch, (int) Math.min(settings.batchSize(), plan.maxSamples() - seen));
            StepResult step = rnn.fit(batch);
            seen += batch.size();
            if (!Double.isFinite(step.loss())) {
                break;
            }
            if (seen >= nextEvaluation) {
                while (nextEvaluation <= seen) {
                    nextEvaluation += TrainingSettings.DEFAULT_EVAL_EVERY;
                }
                if (Evaluation.of(rnn, heldOut).accuracy() >= plan.target()) {
                    return new RunResult(OptionalLong.of(seen), seconds(start));
                }
            }
        }
        return new RunResult(OptionalLong.empty(), seconds(start));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
