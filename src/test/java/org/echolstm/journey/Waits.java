package org.echolstm.journey;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Waiting for a condition the user would wait for, with a deadline, instead of sleeping. */
public final class Waits {
    private static final long POLL_MILLIS = 100;

    private Waits() {
    }

    /** A condition that may read files on the way. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    /** Waits until {@code condition} holds; fails with {@code what} when it does not within {@code timeout}. */
    public static void until(String what, Duration timeout, Condition condition) {
        forValue(what, timeout, () -> {
            try {
                return condition.holds() ? Optional.of(Boolean.TRUE) : Optional.empty();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** As {@link #until(String, Duration, Condition)}; a failure also says what was {@code seen} last. */
    public static void until(String what, Duration timeout, Condition condition, Supplier<Object> seen) {
        try {
            until(what, timeout, condition);
        } catch (AssertionError e) {
            Object last;
            try {
                last = seen.get();
            } catch (RuntimeException unreadable) {
                last = unreadable;
            }
            throw new AssertionError(e.getMessage() + "; seen: " + last, e);
        }
    }

    /** Whether {@code condition} comes to hold within {@code timeout} (for a step a user would repeat if it did not). */
    public static boolean within(Duration timeout, Condition condition) {
        try {
            until("a condition", timeout, condition);
            return true;
        } catch (AssertionError notYet) {
            return false;
        }
    }

    /** Waits until {@code value} is present and returns it. */
    public static <T> T forValue(String what, Duration timeout, Supplier<Optional<T>> value) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (true) {
            try {
                Optional<T> v = value.get();
                if (v.isPresent()) {
                    return v.get();
                }
            } catch (RuntimeException e) {
                last = e;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + timeout.toSeconds() + " s for: " + what
                        + (last == null ? "" : " (last error: " + last.getMessage() + ")"));
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what);
            }
        }
    }
}
