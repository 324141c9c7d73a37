package khabar.jobs.nightly;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import khabar.core.read.DumpReader;
import khabar.core.read.DumpReaders;
import khabar.core.read.DumpRecord;
import khabar.core.read.PositionedFile;
import khabar.core.read.RawArticle;
import khabar.core.read.ReadOptions;
import khabar.core.read.Reject;
import khabar.core.read.RejectReason;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Stage 1, read: dump files → records. Reads: the files' bytes, one task per {@link InputSplit} (planned
 * by {@link InputSplits}: small files packed together, large JSON Lines files and multi-member WARC.gz
 * files cut into byte ranges).
 * Writes: one row per record, an article (reject columns null) or a reject (article columns null).
 * Records stream out of the readers; a file that cannot be read at all becomes one reject and never
 * fails the task.
 */
public final class ReadDumps {
    public static final StructType RECORDS = new StructType()
            .add("origin", DataTypes.StringType, false)
            .add("origin_offset", DataTypes.LongType, false)
            .add("source", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("published_at", DataTypes.StringType)
            .add("language_hint", DataTypes.StringType)
            .add("authors", DataTypes.createArrayType(DataTypes.StringType, false))
            .add("description", DataTypes.StringType)
            .add("dateline", DataTypes.StringType)
            .add("reason_code", DataTypes.StringType)
            .add("reason", DataTypes.StringType)
            .add("sample", DataTypes.StringType);

    private ReadDumps() {
    }

    /** Reads {@code files} with the default read options and this record limit. */
    public static Dataset<Row> read(SparkSession spark, List<String> files, int maxRecordBytes) {
        return read(spark, files, ReadOptions.defaults().withMaxRecordBytes(maxRecordBytes));
    }

    /**
     * Plans the splits of {@code files} (sizes looked up on the driver) and reads them. When a split is
     * larger than the split size (a big compressed or WARC file, which cannot be cut), the records are
     * spread over {@code max(splits, input bytes / split size, parallelism)} partitions so that the stages
     * after reading do not run that file's articles in one task.
     */
    public static Dataset<Row> read(SparkSession spark, List<String> files, ReadOptions options) {
        List<InputSplit> splits = plan(spark, sized(files, spark.sparkContext().hadoopConfiguration()), options);
        long maxSplit = spark.sessionState().conf().filesMaxPartitionBytes();
        Dataset<Row> records = readSplits(spark, splits, options);
        if (splits.stream().noneMatch(s -> s.bytes() > maxSplit)) {
            return records;
        }
        long total = splits.stream().mapToLong(InputSplit::bytes).sum();
        int partitions = (int) Math.max(Math.max(splits.size(), total / maxSplit + 1), spark.sparkContext().defaultParallelism());
        return records.repartition(partitions);
    }

    /** One task per split. */
    public static Dataset<Row> readSplits(SparkSession spark, List<InputSplit> splits, ReadOptions options) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HadoopConf hadoop = HadoopConf.of(spark.sparkContext().hadoopConfiguration());
        JavaRDD<Row> rows = jsc.parallelize(splits, Math.max(1, splits.size()))
                .flatMap(split -> records(split, hadoop, options));
        return spark.createDataFrame(rows, RECORDS);
    }

    /**
     * The splits for {@code files}: split size from {@code spark.sql.files.maxPartitionBytes} and the
     * default parallelism; large files are cut when their first bytes say uncompressed JSON Lines or a
     * WARC.gz of many gzip members ({@link DumpReaders#splittable}).
     */
    public static List<InputSplit> plan(SparkSession spark, List<InputSplits.SizedFile> files, ReadOptions options) {
        long maxSplit = spark.sessionState().conf().filesMaxPartitionBytes();
        InputSplits.Settings settings = new InputSplits.Settings(maxSplit, InputSplits.DEFAULT_OPEN_COST_BYTES,
                spark.sparkContext().defaultParallelism());
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        return InputSplits.plan(files, settings, f -> splittable(f.uri(), conf, options));
    }

    /** Each file with its size, looked up on the driver. */
    static List<InputSplits.SizedFile> sized(List<String> files, Configuration conf) {
        List<InputSplits.SizedFile> out = new ArrayList<>(files.size());
        for (String f : files) {
            Path p = new Path(f);
            try {
                out.add(new InputSplits.SizedFile(f, p.getFileSystem(conf).getFileStatus(p).getLen()));
            } catch (IOException e) {
                out.add(new InputSplits.SizedFile(f, 0));
            }
        }
        return out;
    }

    static boolean splittable(String file, Configuration conf, ReadOptions options) {
        Path p = new Path(file);
        try (InputStream in = p.getFileSystem(conf).open(p)) {
            return DumpReaders.splittable(in.readNBytes(DumpReaders.SPLIT_HEAD_BYTES), options);
        } catch (IOException e) {
            return false;
        }
    }

    /** The rows of one split, streamed; readers are closed at their end, or when the task ends. */
    static Iterator<Row> records(InputSplit split, HadoopConf hadoop, ReadOptions options) {
        SplitRecords records = new SplitRecords(split, hadoop.toConfiguration(), options);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> records.close());
        }
        return records;
    }

    /** Reads a whole split on this thread (tests, tools). */
    static List<Row> readSplit(InputSplit split, HadoopConf hadoop, ReadOptions options) {
        List<Row> out = new ArrayList<>();
        try (SplitRecords records = new SplitRecords(split, hadoop.toConfiguration(), options)) {
            records.forEachRemaining(out::add);
        }
        return out;
    }

    /** Opens one part of a split; a file that cannot be opened is a reader of one reject. */
    static DumpReader open(InputSplit.Part part, Configuration conf, ReadOptions options) {
        Path path = new Path(part.file());
        try {
            FileSystem fs = path.getFileSystem(conf);
            if (part.whole()) {
                return DumpReaders.open(part.file(), fs.open(path), options, w -> { });
            }
            PositionedFile file = offset -> {
                FSDataInputStream in = fs.open(path);
                in.seek(offset);
                return in;
            };
            byte[] head;
            try (InputStream in = file.openAt(0)) {
                head = in.readNBytes(DumpReaders.SPLIT_HEAD_BYTES);
            }
            return DumpReaders.openRange(part.file(), file, head, part.start(), part.end(), options);
        } catch (IOException | RuntimeException e) {
            Reject r = new Reject(part.file(), -1, RejectReason.UNREADABLE, "cannot read " + part.file() + ": " + e, "");
            return new DumpReader() {
                @Override
                public Iterator<DumpRecord> iterator() {
                    return List.<DumpRecord>of(r).iterator();
                }

                @Override
                public void close() {
                    // nothing open
                }
            };
        }
    }

    static Row toRow(DumpRecord r) {
        if (r instanceof RawArticle a) {
            return RowFactory.create(a.origin(), a.originOffset(), a.source(), a.url(), a.title(), a.text(),
                    a.publishedAt(), a.languageHint(), ScalaSeqs.of(a.authors()), a.description(), a.dateline(),
                    null, null, null);
        }
        Reject j = (Reject) r;
        return RowFactory.create(j.origin(), j.originOffset(), null, null, null, null, null, null, null, null, null,
                j.reasonCode().name(), j.reason(), j.sample());
    }

    /** The records of a split's parts one after another, each part's reader closed when it is done. */
    private static final class SplitRecords implements Iterator<Row>, AutoCloseable {
        private final Iterator<InputSplit.Part> parts;
        private final Configuration conf;
        private final ReadOptions options;
        private DumpReader reader;
        private Iterator<DumpRecord> current = java.util.Collections.emptyIterator();

        SplitRecords(InputSplit split, Configuration conf, ReadOptions options) {
            this.parts = split.parts().iterator();
            this.conf = conf;
            this.options = options;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                close();
                if (!parts.hasNext()) {
                    return false;
                }
                InputSplit.Part part = parts.next();
                reader = open(part, conf, options);
                try {
                    current = reader.iterator();
                } catch (RuntimeException e) {
                    current = List.<DumpRecord>of(new Reject(part.file(), -1, RejectReason.UNREADABLE,
                            "cannot read " + part.file() + ": " + e, "")).iterator();
                }
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return toRow(current.next());
        }

        @Override
        public void close() {
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    reader = null;
                }
            }
        }
    }
}
