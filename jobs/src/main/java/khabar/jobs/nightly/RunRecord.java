package khabar.jobs.nightly;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import khabar.jobs.KhabarVersion;
import khabar.jobs.tables.RunsTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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
        Row row = RowFactory.create(runId, mode, Timestamp.from(startedAt),
                finishedAt == null ? null : Timestamp.from(finishedAt), status, inputFiles, counts.articles(),
                counts.sentences(), counts.entities(), counts.events(), counts.rejects(), counts.duplicates(),
                counts.total().records(), ScalaSeqs.of(counts.files().stream().map(RunRecord::fileRow).toList()), seconds,
                message, master, v.pipeline(), v.spark(), v.corenlp(), configDigest);
        return spark.createDataFrame(List.of(row), RunsTable.SPEC.fileSchema());
    }

    private static Row fileRow(FileCounts f) {
        return RowFactory.create(f.file(), f.records(), f.articles(), f.duplicates(), f.rejects());
    }
}
