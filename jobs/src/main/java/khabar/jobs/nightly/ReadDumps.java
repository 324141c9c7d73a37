package khabar.jobs.nightly;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import khabar.core.read.DumpReader;
import khabar.core.read.DumpReaders;
import khabar.core.read.DumpRecord;
import khabar.core.read.RawArticle;
import khabar.core.read.Reject;
import khabar.core.read.RejectReason;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Stage 1, read: dump files → records. Reads: the files' bytes. Writes: one row per record, an article
 * (reject columns null) or a reject (article columns null). A file that cannot be read at all becomes
 * one reject; it never fails the task.
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
            .add("reason_code", DataTypes.StringType)
            .add("reason", DataTypes.StringType)
            .add("sample", DataTypes.StringType);

    private ReadDumps() {
    }

    public static Dataset<Row> read(SparkSession spark, List<String> files, int maxRecordBytes) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HadoopConf hadoop = HadoopConf.of(spark.sparkContext().hadoopConfiguration());
        int slices = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
        JavaRDD<Row> rows = jsc.parallelize(files, slices)
                .flatMap(file -> readFile(file, hadoop, maxRecordBytes).iterator());
        return spark.createDataFrame(rows, RECORDS);
    }

    static List<Row> readFile(String file, HadoopConf hadoop, int maxRecordBytes) {
        List<Row> out = new ArrayList<>();
        Path path = new Path(file);
        try {
            FileSystem fs = path.getFileSystem(hadoop.toConfiguration());
            try (DumpReader reader = DumpReaders.open(file, fs.open(path), maxRecordBytes)) {
                for (DumpRecord r : reader) {
                    out.add(toRow(r));
                }
            }
        } catch (IOException | RuntimeException e) {
            out.add(toRow(new Reject(file, -1, RejectReason.UNREADABLE,
                    "cannot read " + file + ": " + e, "")));
        }
        return out;
    }

    private static Row toRow(DumpRecord r) {
        if (r instanceof RawArticle a) {
            return RowFactory.create(a.origin(), a.originOffset(), a.source(), a.url(), a.title(), a.text(),
                    a.publishedAt(), a.languageHint(), ScalaSeqs.of(a.authors()), null, null, null);
        }
        Reject j = (Reject) r;
        return RowFactory.create(j.origin(), j.originOffset(), null, null, null, null, null, null, null,
                j.reasonCode().name(), j.reason(), j.sample());
    }
}
