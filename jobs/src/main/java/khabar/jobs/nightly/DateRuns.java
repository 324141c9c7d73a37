package khabar.jobs.nightly;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import khabar.jobs.config.KhabarConfig;
import khabar.jobs.tables.DateLease;
import khabar.jobs.tables.RunsTable;
import khabar.jobs.tables.Warehouse;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runs of a group of dates, from start to end. {@link #start} takes each date's lease and writes its
 * 'running' ledger row; a date another live run holds is refused (failed, and left alone: no ledger row).
 * {@link #end} writes each held date's final ledger row; {@link #close} gives the leases back.
 *
 * @param held    the dates this process runs, in input order
 * @param refused the results of the dates it may not run
 */
record DateRuns(List<DateRun> held, List<NightlyJob.DateResult> refused, List<DateLease> leases, Warehouse warehouse,
                SparkSession spark) implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyJob.class);

    static DateRuns start(List<DateInput> inputs, String mode, KhabarConfig config, Warehouse warehouse,
                          SparkSession spark) {
        List<DateRun> held = new ArrayList<>();
        List<NightlyJob.DateResult> refused = new ArrayList<>();
        List<DateLease> leases = new ArrayList<>();
        try {
            for (DateInput in : inputs) {
                RunRecord run = new RunRecord(newRunId(), in.date(), mode, Instant.now(), null, "running",
                        in.files().size(), TableCounts.NONE, 0, null, spark.sparkContext().master(), digest(config));
                try {
                    leases.add(warehouse.lease(in.date(), DateLease.Holder.thisProcess(run.runId(), mode)));
                } catch (DateLease.Held h) {
                    // another run writes this date: this one leaves it alone, ledger included
                    LOG.error("khabar {} {}: {}", mode, in.date(), h.getMessage());
                    refused.add(new NightlyJob.DateResult(run.finished("failed", TableCounts.NONE, h.getMessage()), h));
                    continue;
                }
                LOG.info("khabar {} run {}: {} file(s) under {}", mode, run.runId(), in.files().size(), in.location());
                warehouse.append(RunsTable.SPEC, in.date(), run.toDataset(spark));
                held.add(new DateRun(in, run));
            }
        } catch (RuntimeException e) {
            leases.forEach(DateLease::close);
            throw e;
        }
        return new DateRuns(List.copyOf(held), List.copyOf(refused), List.copyOf(leases), warehouse, spark);
    }

    /** Writes the final ledger row of each held date's result. */
    void end(List<NightlyJob.DateResult> results) {
        for (NightlyJob.DateResult r : results) {
            warehouse.append(RunsTable.SPEC, r.run().date(), r.run().toDataset(spark));
        }
    }

    @Override
    public void close() {
        leases.forEach(DateLease::close);
    }

    private static String newRunId() {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now())
                + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String digest(KhabarConfig config) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(config.describe().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
