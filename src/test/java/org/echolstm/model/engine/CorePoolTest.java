package org.echolstm.model.engine;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThat;

class CorePoolTest {
    @Test
    void whileTheCompilerWarmsUpOneCoreIsLeftToIt() {
        long warming = CorePool.COMPILER_CORE_NANOS / 2;
        assertThat(CorePool.parallelShares(2, 2, warming)).isEqualTo(1);
        assertThat(CorePool.parallelShares(8, 8, warming)).isEqualTo(7);
        assertThat(CorePool.parallelShares(3, 8, warming)).isEqualTo(3);
        assertThat(CorePool.parallelShares(4, 1, warming)).isEqualTo(1);
    }

    @Test
    void afterwardsEveryShareMayRunInParallel() {
        long later = CorePool.COMPILER_CORE_NANOS;
        assertThat(CorePool.parallelShares(2, 2, later)).isEqualTo(2);
        assertThat(CorePool.parallelShares(8, 8, later)).isEqualTo(8);
    }

    @Test
    void everyShareRunsOnceWhateverRunsIt() {
        int count = CorePool.MAX_THREADS;
        AtomicIntegerArray runs = new AtomicIntegerArray(count);
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Runnable[] shares = new Runnable[count];
        for (int i = 0; i < count; i++) {
            int index = i;
            shares[i] = () -> {
                runs.incrementAndGet(index);
                threads.add(Thread.currentThread());
            };
        }
        CorePool.run(shares, count, CorePool.COMPILER_CORE_MAX_WORK);
        for (int i = 0; i < count; i++) {
            assertThat(runs.get(i)).as("share %d", i).isEqualTo(1);
        }
        assertThat(threads).contains(Thread.currentThread());
    }
}
