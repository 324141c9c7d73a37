package khabar.jobs.nightly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import khabar.jobs.config.KhabarConfig;
import khabar.jobs.tables.Warehouse;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the nightly job over a range of dates in one Spark application (one session, models loaded once
 * per executor), oldest first. Resumable: dates the ledger shows complete are skipped unless forced.
 * Dates without an input folder are skipped and reported. Stops between dates when asked to.
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
     * @param stop asked before each date; true (e.g. after Ctrl-C) stops the backfill there
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
        LOG.info("khabar backfill {}..{}: {} date(s) to run, {} already complete", from, to, todo.size(), skipped.size());
        List<LocalDate> done = new ArrayList<>();
        List<LocalDate> noInput = new ArrayList<>();
        List<LocalDate> failed = new ArrayList<>();
        long start = System.nanoTime();
        int i = 0;
        for (LocalDate d : todo) {
            if (stop.getAsBoolean()) {
                LOG.info("khabar backfill: stopped before {}; rerun the same command to resume", d);
                return new Result(done, skipped, noInput, failed, true);
            }
            i++;
            try {
                RunRecord run = NightlyJob.run(new NightlyJob.Options(d, "backfill", config), spark);
                done.add(d);
                double elapsed = (System.nanoTime() - start) / 1e9;
                double perDate = elapsed / i;
                LOG.info(String.format("khabar backfill %s done (%d articles) — %d/%d, %.1f s/date, ETA %.0f s",
                        d, run.counts().articles(), i, todo.size(), perDate, perDate * (todo.size() - i)));
            } catch (IllegalArgumentException e) {
                noInput.add(d);
                LOG.warn("khabar backfill {}: {}", d, e.getMessage());
            } catch (RuntimeException e) {
                failed.add(d);
                LOG.error("khabar backfill {} failed: {}", d, e.getMessage());
            }
        }
        return new Result(done, skipped, noInput, failed, false);
    }
}
