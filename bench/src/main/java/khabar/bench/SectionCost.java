package khabar.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import khabar.jobs.SparkSessions;
import khabar.jobs.sections.SectionModel;
import khabar.jobs.sections.ShippedSectionModel;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Cost of the section model per article inside Spark, on one core ({@code local[1]}): the texts of a
 * {@code label<TAB>text} file cached in one partition, then per pass the wall time of a Spark job that only sums
 * their lengths (the baseline) and of one that classifies them with the shipped model and aggregates the result;
 * the difference over the articles is the model's cost. Four passes, the first warms the JIT.
 *
 * <pre>{@code java -cp <bench classpath> khabar.bench.SectionCost FILE LANGUAGE}</pre>
 */
public final class SectionCost {
    private SectionCost() {
    }

    public static void main(String[] args) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            rows.add(RowFactory.create(line.substring(line.indexOf('\t') + 1)));
        }
        String language = args[1];
        try (SparkSession spark = SparkSessions.create("khabar section cost", "local[1]", 1)) {
            Dataset<Row> in = spark.createDataFrame(rows, new StructType().add("text", DataTypes.StringType)).repartition(1).cache();
            in.count();
            PipelineModel model = ShippedSectionModel.get();
            for (int pass = 0; pass < 4; pass++) {
                long t0 = System.nanoTime();
                in.agg(functions.sum(functions.length(col("text")))).collect();
                long t1 = System.nanoTime();
                SectionModel.classify(model, in, col("text"), lit(language), "section", "confidence")
                        .agg(functions.count(col("section")), functions.sum("confidence")).collect();
                long t2 = System.nanoTime();
                System.out.printf(Locale.ROOT, "pass %d: %d articles, baseline %.3f ms/article, classify %.3f ms/article, "
                        + "model %.3f ms/article%n", pass, rows.size(), (t1 - t0) / 1e6 / rows.size(),
                        (t2 - t1) / 1e6 / rows.size(), ((t2 - t1) - (t1 - t0)) / 1e6 / rows.size());
            }
        }
    }
}
