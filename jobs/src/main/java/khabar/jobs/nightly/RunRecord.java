package khabar.jobs.nightly;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import khabar.jobs.KhabarVersion;
import khabar.jobs.tables.DataTables;
import khabar.jobs.tables.RowBuilder;
import khabar.jobs.tables.RunsTable;
import khabar.jobs.tables.TableSpec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** One row of the run ledger ({@link RunsTable}). */
public record RunRecord(String runId, LocalDate date, String mode, Instant startedAt, Instant finishedAt,
                        String status, int inputFiles, TableCounts counts, double seconds, String message,
                        String master, String configDigest) {

    public RunRecord finished(String newStatus, TableCounts newCounts, String newMessage) {
        Instant end = Instant.now();
        return new RunRecord(runId, date, mode, startedAt, end, newStatus, inputFiles, newCounts,
                (end.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0, newMessage, master, configDigest);
    }

    Dataset<Row> toDataset(SparkSession spark) {
        KhabarVersion v = KhabarVersion.current();
        RowBuilder row = new RowBuilder(RunsTable.SPEC.fileSchema())
                .set("run_id", runId).set("mode", mode).set("started_at", Timestamp.from(startedAt))
                .set("finished_at", finishedAt == null ? null : Timestamp.from(finishedAt)).set("status", status)
                .set("input_files", inputFiles);
        for (TableSpec table : DataTables.ALL) {
            row.set(RunsTable.countColumn(table), counts.rows(table));
        }
        row.set("duplicates", counts.duplicates()).set("records", counts.total().records())
                .set("files", ScalaSeqs.of(counts.files().stream().map(RunRecord::fileRow).toList()))
                .set("seconds", seconds).set("message", message).set("master", master)
                .set("pipeline_version", v.pipeline()).set("spark_version", v.spark())
                .set("corenlp_version", v.corenlp()).set("config_digest", configDigest);
        return spark.createDataFrame(List.of(row.build()), RunsTable.SPEC.fileSchema());
    }

    private static Row fileRow(FileCounts f) {
        return new RowBuilder(RunsTable.FILE_COUNTS).set("file", f.file()).set("records", f.records())
                .set("articles", f.articles()).set("duplicates", f.duplicates()).set("rejects", f.rejects()).build();
    }
}
