package khabar.bench.job;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Heap figures of this JVM (in local mode the driver is the executor): the largest heap in use seen by
 * a sampling thread, the sum of the heap pools' peaks (an upper bound of that), the largest heap left
 * after any collection (the peak live set: what the job needs), the maximum heap (-Xmx), GC count and time;
 * and, since figures on a shared machine mean little without it, the system load average while it ran.
 */
final class HeapWatch implements AutoCloseable {
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long maxUsed;
    private volatile double maxLoad;
    private double loadSum;
    private long loadSamples;
    private final AtomicLong maxAfterGc = new AtomicLong();

    HeapWatch(long periodMillis) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        long live = 0;
                        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                            if (heapPools.contains(e.getKey())) {
                                live += e.getValue().getUsed();
                            }
                        }
                        long l = live;
                        maxAfterGc.accumulateAndGet(l, Math::max);
                    }
                }, null, null);
            }
        }
        sampler = new Thread(() -> {
            long tick = 0;
            while (running) {
                maxUsed = Math.max(maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                if (tick++ % Math.max(1, 1000 / periodMillis) == 0) {
                    sampleLoad();
                }
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "khabar-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private synchronized void sampleLoad() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (load >= 0) {
            maxLoad = Math.max(maxLoad, load);
            loadSum += load;
            loadSamples++;
        }
    }

    /** The system load average (1 min) sampled every second while the watch ran: max and mean. */
    synchronized Map<String, Object> load() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("max", Math.round(maxLoad * 100) / 100.0);
        m.put("mean", loadSamples == 0 ? null : Math.round(loadSum / loadSamples * 100) / 100.0);
        return m;
    }

    Map<String, Object> figures() {
        long poolPeaks = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP) {
                continue;
            }
            poolPeaks += pool.getPeakUsage().getUsed();
        }
        long gcCount = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += Math.max(0, gc.getCollectionCount());
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("max_heap_mb", mb(Runtime.getRuntime().maxMemory()));
        m.put("peak_used_sampled_mb", mb(Math.max(maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed())));
        m.put("peak_used_pools_mb", mb(poolPeaks));
        m.put("peak_after_gc_mb", mb(maxAfterGc.get()));
        m.put("gc_count", gcCount);
        m.put("gc_s", gcMillis / 1000.0);
        return m;
    }

    private static long mb(long bytes) {
        return bytes >> 20;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
