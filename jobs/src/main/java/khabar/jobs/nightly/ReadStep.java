package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.lit;

import java.util.List;

import khabar.jobs.config.KhabarConfig;
import khabar.jobs.tables.TableSpec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Read: the records of every dump file of a group of dates ({@link ReadDumps}), each with its {@code dump_date}. */
final class ReadStep {
    private ReadStep() {
    }

    /** The records, kept on local disk: the input accounting and the rejects read them again. */
    static Dataset<Row> read(SparkSession spark, KhabarConfig config, List<DateRun> runs) {
        int fileCount = runs.stream().mapToInt(r -> r.input().files().size()).sum();
        JobSteps.describe(spark, "read " + fileCount + " dump file(s)"
                + (runs.size() > 1 ? " of " + runs.size() + " dates" : ""));
        Dataset<Row> records = null;
        for (DateRun run : runs) {
            Dataset<Row> r = ReadDumps.read(spark, run.input().files(), config.readOptions())
                    .withColumn(TableSpec.PARTITION_COLUMN, lit(run.date()));
            records = records == null ? r : records.union(r);
        }
        return records.persist(JobSteps.READ_SIDE);
    }
}
