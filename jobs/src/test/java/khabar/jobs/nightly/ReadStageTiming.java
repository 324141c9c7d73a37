package khabar.jobs.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import khabar.core.read.ReadOptions;
import khabar.jobs.SparkSessions;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * Times the read stage alone (reading and parsing, no NLP, nothing written) of the nightly job over the
 * given files, on {@code local[2]} unless {@code -Dkhabar.master} says otherwise: the splits planned, the
 * Spark tasks run, each task's seconds, and records per second. {@code -Dkhabar.read.whole-files=true} plans
 * every file whole (nothing cut into ranges), for comparison. Not a test; see docs/input.md.
 * {@code java -cp ... khabar.jobs.nightly.ReadStageTiming FILE...}
 */
public final class ReadStageTiming {
    private ReadStageTiming() {
    }

    public static void main(String[] args) throws IOException {
        String master = System.getProperty("khabar.master", "local[2]");
        SparkSession spark = SparkSessions.create("khabar read timing", master, 4);
        List<String> files = new ArrayList<>();
        long bytes = 0;
        for (String a : args) {
            files.add(Path.of(a).toAbsolutePath().toUri().toString());
            bytes += Files.size(Path.of(a));
        }
        List<String> taskSeconds = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                taskSeconds.add(String.format("%.1f", end.taskInfo().duration() / 1000.0));
                if (end.taskMetrics() != null) {
                    cpuNanos.addAndGet(end.taskMetrics().executorCpuTime());
                }
            }
        });
        ReadOptions options = ReadOptions.defaults();
        List<InputSplits.SizedFile> sized = ReadDumps.sized(files, spark.sparkContext().hadoopConfiguration());
        List<InputSplit> splits = Boolean.getBoolean("khabar.read.whole-files")
                ? InputSplits.plan(sized, new InputSplits.Settings(spark.sessionState().conf().filesMaxPartitionBytes(),
                        InputSplits.DEFAULT_OPEN_COST_BYTES, spark.sparkContext().defaultParallelism()), f -> false)
                : ReadDumps.plan(spark, sized, options);
        System.out.printf("load average before: %s%n", loadAverage());
        System.out.printf("%d file(s), %.0f MB on disk, %s: %d split(s)%n", files.size(), bytes / 1e6, master, splits.size());
        long t0 = System.nanoTime();
        spark.sparkContext().setJobDescription("khabar: read stage timing");
        long records = ReadDumps.readSplits(spark, splits, options).count();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("read stage: %d tasks (seconds each: %s), %d records in %.1f s: %.0f records/s, %.1f MB/s "
                        + "of compressed input%n", taskSeconds.size(), taskSeconds, records, seconds, records / seconds,
                bytes / 1e6 / seconds);
        System.out.printf("CPU time of the tasks: %.1f s%n", cpuNanos.get() / 1e9);
        System.out.printf("load average after: %s%n", loadAverage());
        spark.stop();
    }

    private static String loadAverage() throws IOException {
        Path p = Path.of("/proc/loadavg");
        return Files.exists(p) ? Files.readString(p).strip() : "n/a";
    }
}
