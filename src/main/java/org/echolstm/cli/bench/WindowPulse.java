package org.echolstm.cli.bench;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The real window: when it showed and painted its first frame (from the JVM's start), what its FX
 * and render threads cost while it stood still (percent of one core) before training and once
 * training was stopped, how long after the press on Train the first step was on screen, and the
 * intervals between its frame pulses while it trained: over the whole run, and once settled
 * ({@link #SETTLED_AFTER_SECONDS} after the first step: before that the JIT is still compiling the
 * window's and the engine's code, and most slow frames fall there).
 */
record WindowPulse(long jvmToShownMs, long jvmToFirstFrameMs, double idleCpuPercent, double stoppedIdleCpuPercent,
                   long trainToFirstStepOnScreenMs, int seconds, int frames, double pulseP50Ms, double pulseP99Ms,
                   double pulseMaxMs, double settledP99Ms, double settledMaxMs, long samplesTrained,
                   double samplesPerSecond) {
    static final int SETTLED_AFTER_SECONDS = 5;

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "Window: shown %d ms after JVM start (first frame %d ms); standing still, its FX "
                        + "and render threads used %.1f %% of a core (%.1f %% once stopped); first training step on "
                        + "screen %d ms after Train; while training %d s: pulse interval p50 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms (%d frames)%s, %,d samples trained%n",
                jvmToShownMs, jvmToFirstFrameMs, idleCpuPercent, stoppedIdleCpuPercent, trainToFirstStepOnScreenMs,
                seconds, pulseP50Ms, pulseP99Ms,
                pulseMaxMs, frames, seconds > SETTLED_AFTER_SECONDS ? String.format(Locale.ROOT,
                        "; after the first %d s p99 %.1f ms, max %.1f ms", SETTLED_AFTER_SECONDS, settledP99Ms,
                        settledMaxMs) : "", samplesTrained);
    }
}
