package khabar.bench.job;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of this JVM's threads by kind, between two snapshots of {@code /proc/self/task} (Linux): what
 * "cores busy" is made of. Spark's task threads are named "Executor task launch worker …", so the kernel,
 * which keeps 15 characters of a thread's name, knows them as "Executor task l". Kinds: {@code spark_tasks},
 * {@code driver_main} (the thread that runs {@code main}: plans queries, commits), {@code jit} (C1/C2 compiler threads),
 * {@code gc_vm} (G1 and VM threads), {@code other} (Spark's schedulers and event loops, Netty, the bench's
 * sampler) and {@code ended} (threads not seen at the end: process CPU less the rest; see {@link Tracker}).
 * Empty where {@code /proc} is absent.
 */
final class ThreadCpu {
    /** Clock ticks per second of {@code /proc}'s times (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100.0;

    /** Per thread id: the thread's kind and its user + system CPU ticks. */
    record Snapshot(Map<Long, String> kinds, Map<Long, Long> ticks) {
        /** These threads as last seen in {@code later}, and the ones {@code later} no longer lists as they were. */
        Snapshot updatedBy(Snapshot later) {
            Map<Long, String> k = new HashMap<>(kinds);
            Map<Long, Long> t = new HashMap<>(ticks);
            k.putAll(later.kinds());
            t.putAll(later.ticks());
            return new Snapshot(k, t);
        }
    }

    /**
     * Takes a snapshot every {@code periodMillis} and keeps every thread's last one, so that threads that
     * end during the job (Spark's idle task threads do after a minute) keep their CPU: only threads that
     * start and end between two snapshots fall into {@code ended}.
     */
    static final class Tracker implements AutoCloseable {
        private final Thread poller;
        private volatile Snapshot seen = take();

        Tracker(long periodMillis) {
            poller = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        Thread.sleep(periodMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                    seen = seen.updatedBy(take());
                }
            }, "khabar-thread-cpu");
            poller.setDaemon(true);
            poller.start();
        }

        /** Every thread seen since the tracker started, as last seen, updated now. */
        Snapshot seen() {
            seen = seen.updatedBy(take());
            return seen;
        }

        @Override
        public void close() {
            poller.interrupt();
        }
    }

    private ThreadCpu() {
    }

    static Snapshot take() {
        Map<Long, String> kinds = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return new Snapshot(kinds, ticks);
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(tasks)) {
            for (Path task : dir) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    long tid = Long.parseLong(task.getFileName().toString());
                    kinds.put(tid, kind(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))));
                    ticks.put(tid, cpuTicks(stat));
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while the directory was read
                }
            }
        } catch (IOException e) {
            return new Snapshot(Map.of(), Map.of());
        }
        return new Snapshot(kinds, ticks);
    }

    /**
     * Seconds of CPU per kind between {@code before} and {@code after}, with {@code ended} the rest of
     * {@code processCpuSeconds}; empty when the snapshots are.
     */
    static Map<String, Double> between(Snapshot before, Snapshot after, double processCpuSeconds) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (after.ticks().isEmpty()) {
            return out;
        }
        for (String k : new String[] {"spark_tasks", "driver_main", "jit", "gc_vm", "other"}) {
            out.put(k, 0.0);
        }
        double seen = 0;
        for (Map.Entry<Long, Long> e : after.ticks().entrySet()) {
            double s = (e.getValue() - before.ticks().getOrDefault(e.getKey(), 0L)) / TICKS_PER_SECOND;
            out.merge(after.kinds().get(e.getKey()), s, Double::sum);
            seen += s;
        }
        out.put("ended", Math.max(0, processCpuSeconds - seen));
        out.replaceAll((k, v) -> Math.round(v * 10) / 10.0);
        return out;
    }

    /** The kind of a thread from its kernel name (at most 15 characters). */
    static String kind(String name) {
        if (name.startsWith("Executor task")) {
            return "spark_tasks";
        }
        if (name.equals("main") || name.equals("java")) { // the launcher's thread that runs main() keeps "java"
            return "driver_main";
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "jit";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")
                || name.startsWith("VM Periodic")) {
            return "gc_vm";
        }
        return "other";
    }

    /** utime + stime: fields 14 and 15 of {@code stat}, counted after the parenthesised name. */
    static long cpuTicks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // f[0] is field 3 (state), so field 14 is f[11] and field 15 is f[12]
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
