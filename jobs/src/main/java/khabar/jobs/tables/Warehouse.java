package khabar.jobs.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * The Parquet tables under one root directory (local path or Hadoop URI), laid out Hive-style:
 * {@code <root>/<table>/dump_date=YYYY-MM-DD/part-*.parquet}.
 *
 * <p>{@link #replacePartition} writes the new rows of a date to {@code <root>/_staging/<run>/} first, then
 * swaps the directory in: readers see the old rows or the new rows of that date, never a mix, and a
 * failed write leaves the old rows in place.
 */
public final class Warehouse {
    private final SparkSession spark;
    private final String root;

    public Warehouse(SparkSession spark, String root) {
        this.spark = spark;
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    public String root() {
        return root;
    }

    public String tablePath(TableSpec table) {
        return root + "/" + table.name();
    }

    private Path partitionPath(TableSpec table, LocalDate date) {
        return new Path(tablePath(table) + "/" + TableSpec.PARTITION_COLUMN + "=" + date);
    }

    /** Replaces the rows of {@code date} in {@code table} with {@code rows} (which must have the table's file schema). */
    public void replacePartition(TableSpec table, LocalDate date, Dataset<Row> rows, String runId) {
        checkSchema(table, rows);
        Path staging = new Path(root + "/_staging/" + runId + "/" + table.name());
        rows.write().mode(SaveMode.Overwrite).parquet(staging.toString());
        Path target = partitionPath(table, date);
        try {
            FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
            fs.mkdirs(target.getParent());
            if (fs.exists(target) && !fs.delete(target, true)) {
                throw new IOException("cannot delete " + target);
            }
            if (!fs.rename(staging, target)) {
                throw new IOException("cannot move " + staging + " to " + target);
            }
            fs.delete(new Path(root + "/_staging/" + runId), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + table.name() + " for " + date, e);
        }
    }

    /** Adds {@code rows} to {@code table}'s partition of {@code date} (the run ledger). */
    public void append(TableSpec table, LocalDate date, Dataset<Row> rows) {
        checkSchema(table, rows);
        rows.coalesce(1).write().mode(SaveMode.Append).parquet(partitionPath(table, date).toString());
    }

    /** Whether the table has any data yet. */
    public boolean exists(TableSpec table) {
        Path p = new Path(tablePath(table));
        try {
            return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table, partitions included; an empty dataset with the table's schema when it has no data yet. */
    public Dataset<Row> read(TableSpec table) {
        if (!exists(table)) {
            return spark.createDataFrame(List.of(), table.schema());
        }
        return spark.read().schema(table.schema()).parquet(tablePath(table));
    }

    /** Registers every table as a temporary view under its own name. */
    public void registerViews() {
        for (TableSpec t : Tables.ALL) {
            read(t).createOrReplaceTempView(t.name());
        }
    }

    private static void checkSchema(TableSpec table, Dataset<Row> rows) {
        StructField[] want = table.fileSchema().fields();
        StructField[] got = rows.schema().fields();
        List<String> problems = new ArrayList<>();
        if (want.length != got.length) {
            problems.add("expected " + want.length + " columns, got " + got.length);
        }
        for (int i = 0; i < Math.min(want.length, got.length); i++) {
            if (!want[i].name().equals(got[i].name()) || !want[i].dataType().sameType(got[i].dataType())) {
                problems.add("column " + i + ": expected " + want[i].name() + " " + want[i].dataType().simpleString()
                        + ", got " + got[i].name() + " " + got[i].dataType().simpleString());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("rows for table " + table.name() + " do not match its schema: " + problems);
        }
    }
}
