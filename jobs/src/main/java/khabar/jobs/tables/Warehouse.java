package khabar.jobs.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * <p>A run replaces a date in two phases: {@link #stage} writes every table's new rows under
 * {@code <root>/_staging/<run>/}, then {@link #commit} marks the run committed and swaps the staged
 * directories in. A run that dies before the marker leaves the previous data untouched; one that dies
 * after it is finished by the next command on the warehouse ({@link #recover}). While a run writes a date it
 * holds the date's {@link DateLease} ({@code <root>/_leases/<date>}). Directories starting with
 * {@code _} are ignored by Spark, DuckDB and pyarrow partition discovery.
 */
public final class Warehouse {
    static final String STAGING = "_staging";
    static final String COMMIT_MARKER = "_COMMIT";

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

    /**
     * Writes new rows of {@code table} for one or more dates to the staging areas of their runs; nothing
     * readers see changes until {@link #commit}. {@code rows} has the table's file schema plus a last
     * {@code dump_date} column; {@code runIds} names the run of each date. The rows are written once,
     * partitioned by date, then each date's part is moved to its run's staging area; a date without rows
     * gets an empty table there, so its commit empties the old partition.
     */
    public void stage(TableSpec table, Dataset<Row> rows, Map<LocalDate, String> runIds) {
        String dateColumn = TableSpec.PARTITION_COLUMN;
        checkSchema(table, rows.drop(dateColumn));
        String group = stagingDir("group-" + runIds.values().iterator().next()) + "/" + table.name();
        try {
            rows.write().mode(SaveMode.Overwrite).partitionBy(dateColumn).parquet(group);
        } catch (Exception e) { // SparkException is checked but thrown undeclared
            throw stagingFailed(table, group, runIds, e);
        }
        try {
            FileSystem fs = fs();
            for (Map.Entry<LocalDate, String> e : runIds.entrySet()) {
                Path part = new Path(group + "/" + dateColumn + "=" + e.getKey());
                Path staged = new Path(stagingDir(e.getValue()) + "/" + table.name());
                fs.mkdirs(staged.getParent());
                if (fs.exists(staged)) {
                    fs.delete(staged, true);
                }
                if (fs.exists(part)) {
                    if (!fs.rename(part, staged)) {
                        throw new IOException("cannot move " + part + " to " + staged);
                    }
                } else {
                    spark.createDataFrame(List.of(), table.fileSchema()).coalesce(1).write().parquet(staged.toString());
                }
            }
            fs.delete(new Path(group).getParent(), true);
        } catch (IOException | RuntimeException e) {
            throw stagingFailed(table, group, runIds, e);
        }
    }

    /**
     * The error of a staging write that failed (disk full, no permission, a file where a directory should be):
     * it names the path, the cause at the bottom of the chain, and says that nothing readers see has changed.
     */
    private static IllegalStateException stagingFailed(TableSpec table, String path, Map<LocalDate, String> runIds,
                                                       Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new IllegalStateException("cannot write the new " + table.name() + " rows of " + runIds.keySet()
                + " to " + path + ": " + root + ". Nothing was committed: every table keeps the previous data of "
                + (runIds.size() == 1 ? "the date" : "these dates") + ". Free space or fix the permissions under "
                + path.substring(0, path.indexOf("/" + STAGING + "/") + STAGING.length() + 1) + ", then rerun.", e);
    }

    /**
     * Swaps the staged tables of a run in for {@code date}. First a commit marker naming the date is
     * written: from then on the run counts as committed, and if the process dies while swapping, the next
     * khabar command on this warehouse finishes the swap ({@link #recover}). Then each table's old
     * partition is deleted and the staged one renamed into its place (renames only: seconds).
     */
    public void commit(String runId, LocalDate date) {
        try {
            FileSystem fs = fs();
            Path staging = new Path(stagingDir(runId));
            // written aside and renamed, so that a run killed while writing it leaves no marker rather than an
            // empty one: recover() then sees either a complete commit or none
            Path written = new Path(staging, COMMIT_MARKER + ".writing");
            try (var out = fs.create(written, true)) {
                out.write(date.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            if (!fs.rename(written, new Path(staging, COMMIT_MARKER))) {
                throw new IOException("cannot rename " + written + " to " + COMMIT_MARKER);
            }
            finishCommit(fs, staging, date);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit run " + runId + " for " + date, e);
        }
    }

    /**
     * Finishes the swaps of runs that died after committing, and drops the staging of runs that died
     * before (when older than an hour, so a run still writing is never disturbed). Returns the dates
     * whose swap it finished.
     */
    public List<LocalDate> recover() {
        List<LocalDate> finished = new ArrayList<>();
        try {
            FileSystem fs = fs();
            Path root = new Path(this.root + "/" + STAGING);
            if (!fs.exists(root)) {
                return finished;
            }
            for (var run : fs.listStatus(root)) {
                Path marker = new Path(run.getPath(), COMMIT_MARKER);
                if (fs.exists(marker)) {
                    String date;
                    try (var in = fs.open(marker)) {
                        date = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
                    }
                    DateLease.Holder live = DateLease.liveHolder(fs, this.root, LocalDate.parse(date));
                    if (live != null) {
                        continue; // its run is alive and swapping: it finishes its own commit
                    }
                    finishCommit(fs, run.getPath(), LocalDate.parse(date));
                    finished.add(LocalDate.parse(date));
                } else if (run.getModificationTime() < System.currentTimeMillis() - 3_600_000L) {
                    fs.delete(run.getPath(), true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recover staged runs under " + root, e);
        }
        return finished;
    }

    /** Takes the lease of {@code date} for a run ({@link DateLease}); {@link DateLease.Held} when a live run has it. */
    public DateLease lease(LocalDate date, DateLease.Holder holder) {
        try {
            return DateLease.acquire(fs(), root, date, holder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the warehouse " + root, e);
        }
    }

    private void finishCommit(FileSystem fs, Path staging, LocalDate date) throws IOException {
        for (TableSpec table : Tables.ALL) {
            Path staged = new Path(staging, table.name());
            if (!fs.exists(staged)) {
                continue;
            }
            Path target = partitionPath(table, date);
            fs.mkdirs(target.getParent());
            if (fs.exists(target) && !fs.delete(target, true)) {
                throw new IOException("cannot delete " + target);
            }
            if (!fs.rename(staged, target)) {
                throw new IOException("cannot move " + staged + " to " + target);
            }
        }
        fs.delete(staging, true);
    }

    private String stagingDir(String runId) {
        return root + "/" + STAGING + "/" + runId;
    }

    private FileSystem fs() throws IOException {
        return new Path(root).getFileSystem(spark.sparkContext().hadoopConfiguration());
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
