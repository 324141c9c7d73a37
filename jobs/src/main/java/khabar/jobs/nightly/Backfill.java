package khabar.jobs.nightly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import khabar.jobs.config.KhabarConfig;
import khabar.jobs.stages.AnalyseListener;
import khabar.jobs.tables.ArticlesTable;
import khabar.jobs.tables.Warehouse;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the nightly job over a range of dates in one Spark application (one session, models loaded once
 * per executor), oldest first, {@code khabar.backfill.dates-per-job} dates at a time in one Spark job
 * ({@link NightlyJob#runDates}). Resumable: dates the ledger shows complete are skipped unless forced.
 * Dates without an input folder are skipped and reported. Stops between groups when asked to.
 */
public final class Backfill {
    private static final Logger LOG = LoggerFactory.getLogger(Backfill.class);

    /** What happened to each date. */
    public record Result(List<LocalDate> done, List<LocalDate> skipped, List<LocalDate> noInput,
                         List<LocalDate> failed, boolean stopped) {
    }

    private Backfill() {
    }

    /**
     * @param stop asked before each group of dates; true (e.g. after Ctrl-C) stops the backfill there
     */
    public static Result run(SparkSession spark, KhabarConfig config, LocalDate from, LocalDate to, boolean force,
                             BooleanSupplier stop) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        Warehouse warehouse = new Warehouse(spark, config.warehouse());
        warehouse.recover();
        Map<LocalDate, RunLedger.DateState> states = new RunLedger(warehouse).dates();
        List<LocalDate> todo = new ArrayList<>();
        List<LocalDate> skipped = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (!force && states.get(d) == RunLedger.DateState.COMPLETE) {
                skipped.add(d);
            } else {
                todo.add(d);
            }
        }
        int perJob = config.datesPerJob();
        LOG.info("khabar backfill {}..{}: {} date(s) to run ({} per Spark job), {} already complete",
                from, to, todo.size(), perJob, skipped.size());
        List<LocalDate> done = new ArrayList<>();
        List<LocalDate> noInput = new ArrayList<>();
        List<LocalDate> failed = new ArrayList<>();
        long start = System.nanoTime();
        long articles = 0;
        for (int next = 0; next < todo.size(); next += perJob) {
            List<LocalDate> group = todo.subList(next, Math.min(todo.size(), next + perJob));
            if (stop.getAsBoolean()) {
                LOG.info("khabar backfill: stopped before {}; rerun the same command to resume", group.get(0));
                return new Result(done, skipped, noInput, failed, true);
            }
            List<DateInput> inputs = new ArrayList<>();
            for (LocalDate d : group) {
                try {
                    inputs.add(DateInput.list(config, d, spark.sparkContext().hadoopConfiguration()));
                } catch (IllegalArgumentException e) {
                    noInput.add(d);
                    LOG.warn("khabar backfill {}: {}", d, e.getMessage());
                }
            }
            if (!inputs.isEmpty()) {
                for (NightlyJob.DateResult r : NightlyJob.runDates(inputs, "backfill", config, AnalyseListener.NONE,
                        spark)) {
                    if (r.succeeded()) {
                        done.add(r.run().date());
                        articles += r.run().counts().rows(ArticlesTable.SPEC);
                    } else {
                        failed.add(r.run().date());
                        LOG.error("khabar backfill {} failed: {}", r.run().date(), r.failure().getMessage());
                    }
                }
            }
            int finished = next + group.size();
            double elapsed = (System.nanoTime() - start) / 1e9;
            double perDate = elapsed / finished;
            LOG.info(String.format("khabar backfill %s..%s done — %d/%d dates, %.1f s/date, %.1f articles/s, ETA %.0f s",
                    group.get(0), group.get(group.size() - 1), finished, todo.size(), perDate,
                    articles / Math.max(elapsed, 1e-9), perDate * (todo.size() - finished)));
        }
        return new Result(done, skipped, noInput, failed, false);
    }
}
