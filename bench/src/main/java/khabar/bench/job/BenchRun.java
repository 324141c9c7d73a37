package khabar.bench.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import khabar.core.text.StepTimes;
import khabar.jobs.SparkSessions;
import khabar.jobs.config.ConfigLoader;
import khabar.jobs.config.KhabarConfig;
import khabar.jobs.nightly.InputFiles;
import khabar.jobs.nightly.JobModels;
import khabar.jobs.nightly.MarkDuplicates;
import khabar.jobs.nightly.NearDuplicates;
import khabar.jobs.nightly.NightlyJob;
import khabar.jobs.nightly.PrepareArticles;
import khabar.jobs.nightly.ReadDumps;
import khabar.jobs.stages.AnalyzeTimers;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * One measured run, in its own JVM (started by {@link BenchCommand}): a Spark session on
 * {@code local[cores]}, the models loaded, the real nightly job on the corpus, then the figures as one
 * JSON object written to the result file: start-up (JVM to main, session, models), job wall time and the
 * wall time of each named Spark job, the analyse stage's task time per language and step, articles and
 * tokens per language, heap, and — measured after the job, as separate Spark actions over the same
 * input — the time of reading, of reading + preparing (language id, ids), and of those + deduplication.
 * <pre>
 * java ... khabar.bench.job.BenchRun INPUT_TEMPLATE DATE CORES WAREHOUSE RESULT_JSON [probes|no-probes]
 * </pre>
 */
public final class BenchRun {
    private BenchRun() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            throw new IllegalArgumentException("usage: BenchRun INPUT_TEMPLATE DATE CORES WAREHOUSE RESULT_JSON [probes|no-probes]");
        }
        long mainAt = System.currentTimeMillis();
        String input = args[0];
        LocalDate date = LocalDate.parse(args[1]);
        int cores = Integer.parseInt(args[2]);
        String warehouse = args[3];
        Path result = Path.of(args[4]);
        boolean probes = args.length < 6 || !args[5].equals("no-probes");
        double loadStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Map<String, Object> out = new LinkedHashMap<>();
        try (HeapWatch heap = new HeapWatch(50)) {
            KhabarConfig config = ConfigLoader.load(null, Map.of("khabar.input", input, "khabar.warehouse", warehouse,
                    "khabar.spark.master", "local[" + cores + "]"));
            long t0 = System.nanoTime();
            SparkSession spark = SparkSessions.create("khabar bench local[" + cores + "]", config.master(),
                    config.shufflePartitions());
            long t1 = System.nanoTime();
            JobWalls walls = new JobWalls();
            spark.sparkContext().addSparkListener(walls);
            AnalyzeTimers timers = AnalyzeTimers.register(spark.sparkContext(), List.of("en", "ur"));
            JobModels.load(config);
            long t2 = System.nanoTime();
            long cpu2 = processCpuNanos();
            ThreadCpu.Snapshot threads2 = ThreadCpu.take();
            ThreadCpu.Snapshot threads3;
            long t3;
            long cpu3;
            try (ThreadCpu.Tracker threads = new ThreadCpu.Tracker(1000)) {
                NightlyJob.run(new NightlyJob.Options(date, "nightly", config, timers), spark);
                t3 = System.nanoTime();
                cpu3 = processCpuNanos();
                threads3 = threads.seen();
            }
            Map<String, Double> jobWalls = walls.seconds();

            out.put("cores", cores);
            out.put("master", spark.sparkContext().master());
            Map<String, Object> startup = new LinkedHashMap<>();
            startup.put("jvm_to_main_s", (mainAt - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0);
            startup.put("session_s", seconds(t1 - t0));
            startup.put("models_s", seconds(t2 - t1));
            startup.put("total_s", (mainAt - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0 + seconds(t2 - t0));
            out.put("startup", startup);
            out.put("job_s", seconds(t3 - t2));
            // CPU of the whole JVM during the job: task threads, and also JIT compiler, GC and Spark's own threads,
            // which on local[1] of a 2-core machine run on the otherwise idle second core
            out.put("job_cpu_s", seconds(cpu3 - cpu2));
            out.put("job_cpu_by_thread_s", ThreadCpu.between(threads2, threads3, (cpu3 - cpu2) / 1e9));
            out.put("job_walls_s", jobWalls);
            out.put("job_tasks", walls.tasks());
            out.put("slowest_stages", walls.slowestStages(12));
            out.put("by_language", byLanguage(spark, warehouse, date));
            out.put("analyse_task_s", analyseTimes(timers));
            if (probes) {
                out.put("probes_s", probes(spark, config, date));
            }
            out.put("heap", heap.figures());
            Map<String, Object> load = new LinkedHashMap<>();
            load.put("start", Math.round(loadStart * 100) / 100.0);
            load.put("end", Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0);
            load.putAll(heap.load());
            out.put("load_avg", load);
            spark.stop();
        }
        new ObjectMapper().writeValue(result.toFile(), out);
    }

    private static Map<String, Object> byLanguage(SparkSession spark, String warehouse, LocalDate date) {
        Dataset<Row> articles = spark.read().parquet(warehouse + "/articles").filter(col("dump_date").equalTo(lit(date.toString())));
        Map<String, Object> out = new LinkedHashMap<>();
        for (Row r : articles.groupBy("language").agg(count(lit(1)).as("articles"),
                sum(when(col("duplicate_of").isNull(), col("token_count")).otherwise(lit(0))).as("tokens"),
                sum(when(col("duplicate_of").isNotNull(), 1).otherwise(0)).as("duplicates")).collectAsList()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("articles", r.getLong(1));
            m.put("tokens", r.isNullAt(2) ? 0L : r.getLong(2));
            m.put("duplicates", r.getLong(3));
            out.put(r.getString(0), m);
        }
        return out;
    }

    private static Map<String, Object> analyseTimes(AnalyzeTimers timers) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String language : timers.languages()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (String step : AnalyzeTimers.STEPS) {
                long v = timers.value(language, step);
                m.put(step, step.equals(AnalyzeTimers.ARTICLES) ? v : seconds(v));
            }
            m.put("rows", seconds(timers.value(language, AnalyzeTimers.TOTAL) - timers.value(language, StepTimes.NLP)
                    - timers.value(language, StepTimes.LINK) - timers.value(language, AnalyzeTimers.EVENTS)
                    - timers.value(language, AnalyzeTimers.QUOTES)
                    - timers.value(language, AnalyzeTimers.READING)));
            out.put(language, m);
        }
        return out;
    }

    /** Read; read + prepare; read + prepare + exact and near dedup: each a separate count over the input. */
    private static Map<String, Object> probes(SparkSession spark, KhabarConfig config, LocalDate date) {
        List<String> files = InputFiles.list(InputFiles.resolve(config.input(), date), spark.sparkContext().hadoopConfiguration());
        spark.sparkContext().setJobDescription("bench probe: read");
        double read = time(() -> materialize(ReadDumps.read(spark, files, config.readOptions())));
        spark.sparkContext().setJobDescription("bench probe: read, prepare");
        double prepare = time(() -> materialize(PrepareArticles.prepare(ReadDumps.read(spark, files, config.readOptions()))));
        spark.sparkContext().setJobDescription("bench probe: read, prepare, dedup");
        double dedup = time(() -> materialize(NearDuplicates.mark(MarkDuplicates.mark(
                PrepareArticles.prepare(ReadDumps.read(spark, files, config.readOptions()))).articles())));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("read", read);
        m.put("prepare", Math.max(0, Math.round((prepare - read) * 1000) / 1000.0));
        m.put("dedup", Math.max(0, Math.round((dedup - prepare) * 1000) / 1000.0));
        return m;
    }

    /** Persists and counts, as the job does: every column computed (a bare count lets Spark prune joins away). */
    private static long materialize(Dataset<Row> d) {
        Dataset<Row> p = d.persist(StorageLevel.MEMORY_AND_DISK());
        long n = p.count();
        p.unpersist(true);
        return n;
    }

    private static double time(LongSupplier action) {
        long t = System.nanoTime();
        action.getAsLong();
        return seconds(System.nanoTime() - t);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e6) / 1000.0;
    }
}
