package org.echolstm.cli.bench;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap from {@link #start()} to {@link #close()}: the largest heap in use after any
 * garbage collection (what the program keeps alive), the number of collections, and the heap
 * pools' peak (garbage included).
 */
final class HeapWatch implements AutoCloseable {
    private static final String GC_NOTIFICATION = "com.sun.management.gc.notification";

    private final List<MemoryPoolMXBean> pools = heapPools();
    private final List<String> poolNames = pools.stream().map(MemoryPoolMXBean::getName).toList();
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<Runnable> unsubscribe = new ArrayList<>();

    private HeapWatch() {
    }

    /** Listens to every collector and resets the pools' peaks. */
    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                watch.listenTo(emitter);
            }
        }
        watch.pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        return watch;
    }

    private void listenTo(NotificationEmitter emitter) {
        NotificationListener listener = (notification, handback) -> {
            if (GC_NOTIFICATION.equals(notification.getType())) {
                afterCollection((CompositeData) notification.getUserData());
            }
        };
        emitter.addNotificationListener(listener, null, null);
        unsubscribe.add(() -> {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // Already gone.
            }
        });
    }

    private void afterCollection(CompositeData info) {
        CompositeData gcInfo = (CompositeData) info.get("gcInfo");
        TabularData after = (TabularData) gcInfo.get("memoryUsageAfterGc");
        long used = 0;
        for (Object row : after.values()) {
            CompositeData entry = (CompositeData) row;
            if (poolNames.contains((String) entry.get("key"))) {
                used += MemoryUsage.from((CompositeData) entry.get("value")).getUsed();
            }
        }
        collections.incrementAndGet();
        maxAfterGc.accumulateAndGet(used, Math::max);
    }

    long maxHeapAfterGc() {
        return maxAfterGc.get();
    }

    long collections() {
        return collections.get();
    }

    /** The heap pools' peaks since {@link #start()}, added up. */
    long peakHeap() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    @Override
    public void close() {
        unsubscribe.forEach(Runnable::run);
    }

    static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
