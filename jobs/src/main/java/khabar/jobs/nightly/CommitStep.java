package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Map;

import khabar.jobs.tables.RejectsTable;
import khabar.jobs.tables.TableSpec;
import khabar.jobs.tables.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Commit: a date's staged tables swapped in for its partitions ({@link Warehouse#commit}), each date on its
 * own; from then on readers see the new rows. A date that failed its check keeps only its rejects.
 */
final class CommitStep {
    private CommitStep() {
    }

    /** Commits the staged tables of {@code run}; its result says succeeded with {@code counts}. */
    static NightlyJob.DateResult commit(SparkSession spark, Warehouse warehouse, DateRun run, TableCounts counts) {
        JobSteps.describe(spark, "commit " + run.date());
        warehouse.commit(run.runId(), run.date());
        return new NightlyJob.DateResult(run.run().finished("succeeded", counts, null), null);
    }

    /**
     * Replaces only the rejects of a date that failed its check (too many rejects), so that they can be looked
     * at; every other table stays as it was. Its result says failed with {@code failure.problem()}.
     */
    static NightlyJob.DateResult keepRejects(Warehouse warehouse, CheckStep.Failure failure, Dataset<Row> rejects) {
        DateRun run = failure.run();
        if (failure.hasRecords()) {
            Map<java.time.LocalDate, String> only = Map.of(run.date(), run.runId());
            warehouse.stage(RejectsTable.SPEC, rejects.filter(col(TableSpec.PARTITION_COLUMN).equalTo(lit(run.date()))),
                    only);
            warehouse.commit(run.runId(), run.date());
        }
        return run.failed(failure.problem());
    }
}
