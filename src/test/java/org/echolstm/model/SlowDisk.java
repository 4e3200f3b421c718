package org.echolstm.model;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A very slow disk under every save of this application while it is installed: the first write of
 * each file takes {@code delay}, as a network share or a dying USB stick would. Close it to get the
 * normal disk back.
 */
public final class SlowDisk implements AutoCloseable {
    private final Duration delay;
    private final CountDownLatch reached = new CountDownLatch(1);
    private final AtomicInteger writing = new AtomicInteger();

    private SlowDisk(Duration delay) {
        this.delay = delay;
    }

    public static SlowDisk install(Duration delay) {
        SlowDisk disk = new SlowDisk(delay);
        AtomicFiles.disk = disk::slow;
        return disk;
    }

    /** Waits until a save has reached this disk; false when none did in time. */
    public boolean awaitSave(Duration limit) throws InterruptedException {
        return reached.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether a save is still waiting for this disk. */
    public boolean stillWriting() {
        return writing.get() > 0;
    }

    @Override
    public void close() {
        AtomicFiles.disk = UnaryOperator.identity();
    }

    private OutputStream slow(OutputStream out) {
        return new FilterOutputStream(out) {
            private boolean waited;

            @Override
            public void write(int b) throws IOException {
                waitOnce();
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                waitOnce();
                out.write(bytes, offset, length);
            }

            private void waitOnce() throws InterruptedIOException {
                if (waited) {
                    return;
                }
                waited = true;
                writing.incrementAndGet();
                reached.countDown();
                try {
                    Thread.sleep(delay.toMillis()); // the device is slow; nothing to wait for
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("the disk write was interrupted");
                } finally {
                    writing.decrementAndGet();
                }
            }
        };
    }
}
