package org.echolstm.cli.bench;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The real window while it trains: when it showed, when the first step was on screen (from the
 * JVM's start), and the intervals between its frame pulses: over the whole run, and once settled
 * ({@link #SETTLED_AFTER_SECONDS} after the first step: before that the JIT is still compiling the
 * window's and the engine's code, and most slow frames fall there).
 */
record WindowPulse(long jvmToShownMs, long jvmToFirstFrameMs, long jvmToFirstStepOnScreenMs, double loadingPulseMaxMs,
                   int seconds, int frames, double pulseP50Ms, double pulseP99Ms, double pulseMaxMs,
                   double settledP99Ms, double settledMaxMs, long samplesTrained, double samplesPerSecond) {
    static final int SETTLED_AFTER_SECONDS = 5;

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "Window: shown %d ms after JVM start (first frame %d ms), first training step on "
                        + "screen %d ms; while training %d s: pulse interval p50 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms (%d frames)%s, %,d samples trained%n",
                jvmToShownMs, jvmToFirstFrameMs, jvmToFirstStepOnScreenMs, seconds, pulseP50Ms, pulseP99Ms,
                pulseMaxMs, frames, seconds > SETTLED_AFTER_SECONDS ? String.format(Locale.ROOT,
                        "; after the first %d s p99 %.1f ms, max %.1f ms", SETTLED_AFTER_SECONDS, settledP99Ms,
                        settledMaxMs) : "", samplesTrained);
    }
}
