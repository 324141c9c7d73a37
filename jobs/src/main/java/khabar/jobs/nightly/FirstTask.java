package khabar.jobs.nightly;

import java.lang.management.ManagementFactory;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run's start-up as issue 24 defines it: from the JVM's start to the launch of the first Spark task (JVM
 * start, session, listing the input, planning the first job). Registered by {@code nightly} and
 * {@code backfill}; logged once, and printed in the run's summary.
 */
public final class FirstTask extends SparkListener {
    private static final Logger LOG = LoggerFactory.getLogger(FirstTask.class);
    private static final long NONE = -1;

    private final long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final AtomicLong launchedAt = new AtomicLong(NONE);

    private FirstTask() {
    }

    /** A new listener, added to {@code context}. */
    public static FirstTask register(SparkContext context) {
        FirstTask listener = new FirstTask();
        context.addSparkListener(listener);
        return listener;
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart start) {
        long launched = start.taskInfo().launchTime();
        if (launchedAt.compareAndSet(NONE, launched)) {
            LOG.info("khabar: first task launched {} s after the JVM started", String.format("%.2f", seconds(launched)));
        }
    }

    /**
     * Seconds from the JVM's start to the first task's launch; empty before Spark has told this listener of a
     * task (listeners hear of tasks on Spark's event thread, a moment after the launch).
     */
    public OptionalDouble secondsFromJvmStart() {
        long launched = launchedAt.get();
        return launched == NONE ? OptionalDouble.empty() : OptionalDouble.of(seconds(launched));
    }

    private double seconds(long epochMillis) {
        return (epochMillis - jvmStartMillis) / 1000.0;
    }
}
