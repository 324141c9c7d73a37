package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import khabar.jobs.config.KhabarConfig;
import khabar.jobs.tables.TableSpec;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Check, before the costly analysis: each date has records and not too many rejects
 * ({@code khabar.rejects.max-ratio}), and every record of every input file of the dates that pass is
 * accounted for as an article, a duplicate or a reject ({@link InputAccounting}).
 */
final class CheckStep {
    private CheckStep() {
    }

    /** A date that fails the check: why, and whether it has rows at all (then its rejects are kept). */
    record Failure(DateRun run, RuntimeException problem, boolean hasRecords) {
    }

    /** The dates that pass, in input order, and those that fail. */
    record Checked(List<DateRun> passed, List<Failure> failed) {
    }

    static Checked rejectRatios(KhabarConfig config, List<DateRun> runs, DeduplicateStep.Deduplicated rows) {
        List<DateRun> passed = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        for (DateRun run : runs) {
            long articles = rows.articleCounts().of(run.date());
            long rejects = rows.rejectCounts().of(run.date());
            RuntimeException problem = rejectProblem(config, run.date(), articles, rejects);
            if (problem == null) {
                passed.add(run);
            } else {
                failed.add(new Failure(run, problem, articles + rejects > 0));
            }
        }
        return new Checked(List.copyOf(passed), List.copyOf(failed));
    }

    /**
     * Every record of the input of {@code runs}, per file, in listing order (one Spark job); throws when a
     * file does not balance. The records need not stay cached after this: they are unpersisted.
     */
    static Map<LocalDate, List<FileCounts>> accountForInput(SparkSession spark, List<DateRun> runs,
                                                            Dataset<Row> records, DeduplicateStep.Deduplicated rows) {
        Column dates = inDates(runs);
        Map<LocalDate, List<String>> files = new LinkedHashMap<>();
        runs.forEach(r -> files.put(r.date(), r.input().files()));
        JobSteps.describe(spark, "account for every record of every input file");
        Map<LocalDate, List<FileCounts>> perFile = InputAccounting.count(files, records.filter(dates),
                rows.articles().filter(dates), rows.rejects().filter(dates));
        perFile.values().forEach(InputAccounting::checkBalanced);
        records.unpersist();
        return perFile;
    }

    /** Whether a row's {@code dump_date} is one of those of {@code runs}. */
    static Column inDates(List<DateRun> runs) {
        return col(TableSpec.PARTITION_COLUMN).isin(runs.stream().map(DateRun::date).toArray());
    }

    /** Why the date must fail before analysis (no records, too many rejects), or null. */
    private static RuntimeException rejectProblem(KhabarConfig config, LocalDate date, long articles, long rejects) {
        long total = articles + rejects;
        if (total == 0) {
            return new IllegalStateException("no records under the input for " + date
                    + ": check --input and --date (nothing was written)");
        }
        double ratio = (double) rejects / total;
        if (ratio > config.rejectMaxRatio()) {
            return new IllegalStateException(String.format(
                    "%d of %d records (%.0f%%) were rejected, above khabar.rejects.max-ratio = %.2f. The rejects "
                            + "of %s are in the rejects table (bin/khabar sql \"select reason_code, count(*) from rejects "
                            + "group by 1\"); fix the input, or raise the ratio with --conf, then rerun this date. "
                            + "Other tables were left as they were.",
                    rejects, total, 100 * ratio, config.rejectMaxRatio(), date));
        }
        return null;
    }
}
