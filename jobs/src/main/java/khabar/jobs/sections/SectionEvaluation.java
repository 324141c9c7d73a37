package khabar.jobs.sections;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import khabar.core.reading.eval.LabelScores;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Classifies a labelled file's articles with a section model and scores them ({@code khabar eval-sections}). */
public final class SectionEvaluation {
    private static final StructType ROWS = new StructType().add("i", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, true);

    private SectionEvaluation() {
    }

    /** The scores (items per second: the Spark job's wall time) and the predictions in file order. */
    public record Result(LabelScores scores, List<String> predicted) {
    }

    public static Result evaluate(SparkSession spark, PipelineModel model, String language, SectionGold gold) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < gold.texts().size(); i++) {
            rows.add(RowFactory.create(i, gold.texts().get(i)));
        }
        Dataset<Row> in = spark.createDataFrame(rows, ROWS);
        long start = System.nanoTime();
        List<Row> out = SectionModel.classify(model, in, col("text"), lit(language), "section", "section_confidence")
                .select("i", "section").collectAsList();
        double seconds = (System.nanoTime() - start) / 1e9;
        String[] predicted = new String[gold.texts().size()];
        for (Row r : out) {
            predicted[r.getInt(0)] = r.getString(1);
        }
        List<String> p = Arrays.asList(predicted);
        return new Result(LabelScores.of(gold.labels(), p, seconds), p);
    }
}
