package org.echolstm.model;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A disk on which one save of this application stops for good at a point a test chooses: after a
 * given number of its bytes reached the file, or once the whole file is on disk but has not yet
 * replaced the previous one. Installed in a process that is then killed there (a crash mid-save).
 */
public final class StoppingDisk {
    private StoppingDisk() {
    }

    /**
     * The {@code save}-th save from now (0 = the next) stops after {@code bytes} of it were written,
     * or, with no byte count, just before it replaces the previous file. {@code stopped} runs at the
     * stop (with the bytes written so far); the writing thread then never returns.
     */
    public static void install(int save, OptionalLong bytes, StopListener stopped) {
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        AtomicFiles.disk = out -> opened.getAndIncrement() == save && bytes.isPresent()
                ? new Stopping(out, bytes.getAsLong(), stopped) : out;
        AtomicFiles.beforeMove = () -> {
            if (written.getAndIncrement() == save && bytes.isEmpty()) {
                stopForGood(stopped, -1);
            }
        };
    }

    /** Told where the save stopped: the bytes written, or -1 for a whole file not yet in place. */
    @FunctionalInterface
    public interface StopListener {
        void stopped(long bytes);
    }

    private static void stopForGood(StopListener stopped, long bytes) {
        stopped.stopped(bytes);
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // Stopped is stopped: only the kill ends it.
            }
        }
    }

    private static final class Stopping extends FilterOutputStream {
        private final long limit;
        private final StopListener stopped;
        private long count;

        Stopping(OutputStream out, long limit, StopListener stopped) {
            super(out);
            this.limit = limit;
            this.stopped = stopped;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (count + length < limit || length == 0) {
                out.write(bytes, offset, length);
                count += length;
                return;
            }
            int part = (int) (limit - count);
            out.write(bytes, offset, part);
            out.flush();
            stopForGood(stopped, count + part);
        }
    }
}
