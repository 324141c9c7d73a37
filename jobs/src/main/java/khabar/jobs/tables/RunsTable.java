package khabar.jobs.tables;

import static khabar.jobs.tables.Columns.nullable;
import static khabar.jobs.tables.Columns.required;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * {@code runs}: the run ledger. Appended, never replaced: a run writes a {@code running} row when it
 * starts and a {@code succeeded} or {@code failed} row when it ends; the latest row of a run_id is its state.
 */
public final class RunsTable {
    /** The element of {@code files}: one input file's accounting. */
    public static final StructType FILE_COUNTS = new StructType()
            .add("file", StringType, false)
            .add("records", LongType, false)
            .add("articles", LongType, false)
            .add("duplicates", LongType, false)
            .add("rejects", LongType, false);

    public static final TableSpec SPEC = new TableSpec("runs", new StructType(fields()),
            "The run ledger: one row when a run starts and one when it ends.");

    private RunsTable() {
    }

    /** The count column of {@code table}: the rows a run wrote to it. */
    public static String countColumn(TableSpec table) {
        return table.name();
    }

    private static StructField[] fields() {
        List<StructField> f = new ArrayList<>(List.of(
            required("run_id", StringType, "Unique id of the run (UTC start time and a random suffix)."),
            Columns.dumpDate(),
            required("mode", StringType, "nightly or backfill."),
            required("started_at", TimestampType, "When the run started."),
            nullable("finished_at", TimestampType, "When it ended; null on its 'running' row."),
            required("status", StringType, "running, succeeded or failed."),
            required("input_files", IntegerType, "Files found under the date's input.")));
        for (TableSpec table : DataTables.ALL) {
            f.add(required(countColumn(table), LongType, "Rows written to " + table.name()
                    + (table == DataTables.ALL.get(0) ? " (0 while running)." : ".")));
        }
        f.addAll(List.of(
            required("duplicates", LongType, "Articles with duplicate_of set."),
            required("records", LongType, "Records read from the input (0 while running): every one is an article, "
                    + "a duplicate or a reject, so records = articles + rejects."),
            nullable("files", DataTypes.createArrayType(FILE_COUNTS, false), "Per input file, in listing order: "
                    + "file (URI), records read from it (archive entries included) = articles (first copies) + duplicates "
                    + "(duplicate_of set, or a DUPLICATE_ID reject) + rejects (any other reason_code). Empty while running."),
            required("seconds", DoubleType, "Wall-clock seconds of the run so far."),
            nullable("message", StringType, "Why a failed run failed; null otherwise."),
            required("master", StringType, "Spark master the run used."),
            required("pipeline_version", StringType, "khabar version."),
            required("spark_version", StringType, "Spark version."),
            required("corenlp_version", StringType, "Stanford CoreNLP version."),
            required("config_digest", StringType, "SHA-256 (32 hex chars) of the effective configuration.")));
        return f.toArray(StructField[]::new);
    }
}
