package khabar.bench.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/**
 * A Spark listener that sums the wall time of Spark jobs by job description (the named steps of the
 * nightly job: "khabar: read …", "khabar: stage entities", …), in the order they first ran.
 */
final class JobWalls extends SparkListener {
    private static final String NONE = "(no description)";

    private final Map<Integer, Long> started = new ConcurrentHashMap<>();
    private final Map<Integer, String> descriptions = new ConcurrentHashMap<>();
    private final Map<String, List<long[]>> intervals = new LinkedHashMap<>();
    private final Map<Integer, String> stageDescriptions = new ConcurrentHashMap<>();
    private final Map<String, Long> tasks = new ConcurrentHashMap<>();
    private final List<Map<String, Object>> stages = new ArrayList<>();

    @Override
    public void onJobStart(SparkListenerJobStart start) {
        String d = start.properties() == null ? null : start.properties().getProperty("spark.job.description");
        String description = d == null ? NONE : d.replaceFirst("^khabar: ", "");
        descriptions.put(start.jobId(), description);
        scala.jdk.CollectionConverters.SeqHasAsJava(start.stageIds()).asJava()
                .forEach(id -> stageDescriptions.putIfAbsent((Integer) id, description));
        started.put(start.jobId(), start.time());
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted completed) {
        String d = stageDescriptions.get(completed.stageInfo().stageId());
        if (d != null) {
            tasks.merge(d, (long) completed.stageInfo().numTasks(), Long::sum);
        }
        StageInfo info = completed.stageInfo();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", d == null ? NONE : d);
        m.put("stage", info.name());
        m.put("tasks", info.numTasks());
        long submitted = info.submissionTime().isDefined() ? (Long) info.submissionTime().get() : 0L;
        long done = info.completionTime().isDefined() ? (Long) info.completionTime().get() : submitted;
        m.put("wall_s", (done - submitted) / 1000.0);
        m.put("task_s", info.taskMetrics() == null ? 0.0 : info.taskMetrics().executorRunTime() / 1000.0);
        synchronized (stages) {
            stages.add(m);
        }
    }

    /** The {@code n} stages that ran longest (task time), with their job, name, tasks and times. */
    List<Map<String, Object>> slowestStages(int n) {
        synchronized (stages) {
            return stages.stream().sorted(Comparator.comparingDouble(m -> -(Double) m.get("task_s"))).limit(n).toList();
        }
    }

    /** Tasks run per description (stages that ran, skipped ones not counted). */
    Map<String, Long> tasks() {
        return new LinkedHashMap<>(tasks);
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd end) {
        Long t0 = started.remove(end.jobId());
        String d = descriptions.remove(end.jobId());
        if (t0 != null) {
            synchronized (intervals) {
                intervals.computeIfAbsent(d, k -> new ArrayList<>()).add(new long[] {t0, end.time()});
            }
        }
    }

    /** Seconds of wall time per description: the union of its jobs' intervals (AQE runs some jobs side by side). */
    Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        synchronized (intervals) {
            intervals.forEach((k, v) -> out.put(k, union(v) / 1000.0));
        }
        return out;
    }

    private static long union(List<long[]> spans) {
        List<long[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong(a -> a[0]));
        long total = 0;
        long from = Long.MIN_VALUE;
        long to = Long.MIN_VALUE;
        for (long[] s : sorted) {
            if (s[0] > to) {
                total += to - from;
                from = s[0];
                to = s[1];
            } else {
                to = Math.max(to, s[1]);
            }
        }
        return total + (to - from);
    }
}
