package org.echolstm.journey;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/** Whether something a user watches stays as it is. */
final class Stable {
    private static final long LOOK_MILLIS = 100;

    private Stable() {
    }

    /** Looks at {@code value} every tenth of a second for {@code time}: true when it never changed. */
    static boolean forAtLeast(Duration time, Supplier<?> value) {
        Object first = value.get();
        long end = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(LOOK_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (!Objects.equals(first, value.get())) {
                return false;
            }
        }
        return true;
    }
}
