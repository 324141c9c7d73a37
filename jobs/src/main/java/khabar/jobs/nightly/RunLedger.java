package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.row_number;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import khabar.jobs.tables.RunsTable;
import khabar.jobs.tables.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/** Reads the run ledger: the state of each run, and which dates are complete. */
public final class RunLedger {
    /** What the ledger says of a date. */
    public enum DateState { COMPLETE, FAILED, INTERRUPTED }

    private final Warehouse warehouse;

    public RunLedger(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** One row per run: its latest ledger row (a run with only a 'running' row was interrupted or is running). */
    public Dataset<Row> runs() {
        return warehouse.read(RunsTable.SPEC)
                .withColumn("n", row_number().over(Window.partitionBy("run_id")
                        .orderBy(col("finished_at").desc_nulls_last())))
                .filter(col("n").equalTo(1)).drop("n");
    }

    /**
     * The state of each date that has runs: COMPLETE when its latest finished run succeeded, FAILED when
     * it failed, INTERRUPTED when its newest run never finished and none succeeded after it.
     */
    public Map<LocalDate, DateState> dates() {
        List<Row> latest = runs()
                .withColumn("n", row_number().over(Window.partitionBy("dump_date").orderBy(desc("started_at"))))
                .filter(col("n").equalTo(1)).select("dump_date", "status").collectAsList();
        Map<LocalDate, DateState> out = new TreeMap<>();
        for (Row r : latest) {
            LocalDate d = r.getDate(0).toLocalDate();
            String status = r.getString(1);
            out.put(d, switch (status) {
                case "succeeded" -> DateState.COMPLETE;
                case "failed" -> DateState.FAILED;
                default -> DateState.INTERRUPTED;
            });
        }
        return out;
    }
}
