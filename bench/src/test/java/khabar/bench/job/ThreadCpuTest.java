package khabar.bench.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
    /**
     * Spins until this thread has used 0.4 s of CPU (not 0.4 s of wall time: on a busy machine a thread gets
     * less CPU than wall time), or a minute has passed.
     */
    private static long spinCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuUntil = threads.getCurrentThreadCpuTime() + 400_000_000L;
        long wallUntil = System.nanoTime() + 60_000_000_000L;
        long x = 0;
        while (threads.getCurrentThreadCpuTime() < cpuUntil && System.nanoTime() < wallUntil) {
            for (int i = 0; i < 10_000; i++) {
                x += Long.numberOfTrailingZeros(x + 1);
            }
        }
        return x;
    }

    @Test
    void readsTheCpuTicksAfterANameWithSpacesAndParentheses() {
        String stat = "4242 (Executor (x) l) R 1 2 3 4 5 6 7 8 9 10 1234 56 0 0 20 0 1 0 99";
        assertEquals(1290, ThreadCpu.cpuTicks(stat));
    }

    @Test
    void sortsThreadsIntoKinds() {
        assertEquals("spark_tasks", ThreadCpu.kind("Executor task l"));
        assertEquals("jit", ThreadCpu.kind("C2 CompilerThre"));
        assertEquals("gc_vm", ThreadCpu.kind("G1 Conc#0"));
        assertEquals("gc_vm", ThreadCpu.kind("GC Thread#1"));
        assertEquals("driver_main", ThreadCpu.kind("java"));
        assertEquals("other", ThreadCpu.kind("dag-scheduler-e"));
    }

    @Test
    void countsTheCpuOfABusyTaskThreadAsSparkTasks() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux /proc");
        CountDownLatch spun = new CountDownLatch(1);
        CountDownLatch measured = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            spinCpu();
            spun.countDown();
            try {
                measured.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "Executor task launch worker for ThreadCpuTest");
        ThreadCpu.Snapshot before = ThreadCpu.take();
        worker.start();
        spun.await();
        ThreadCpu.Snapshot after = ThreadCpu.take();
        measured.countDown();
        worker.join();
        Map<String, Double> cpu = ThreadCpu.between(before, after, 10.0);
        assertTrue(cpu.get("spark_tasks") >= 0.2, "a thread that spun 0.4 s of CPU counts as a task thread: " + cpu);
        assertTrue(cpu.get("ended") >= 0, cpu.toString());
    }

    @Test
    void keepsTheCpuOfATaskThreadThatEndedBeforeTheLastSnapshot() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux /proc");
        ThreadCpu.Snapshot before = ThreadCpu.take();
        Map<String, Double> cpu;
        try (ThreadCpu.Tracker tracker = new ThreadCpu.Tracker(50)) {
            Thread worker = new Thread(() -> {
                spinCpu();
            }, "Executor task launch worker for ThreadCpuTest");
            worker.start();
            worker.join();
            cpu = ThreadCpu.between(before, tracker.seen(), 10.0);
        }
        assertTrue(cpu.get("spark_tasks") >= 0.2, "a task thread that spun 0.4 s of CPU and ended still counts: " + cpu);
    }
}
