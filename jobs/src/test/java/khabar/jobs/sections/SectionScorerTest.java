package khabar.jobs.sections;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import khabar.jobs.TestSpark;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The one-step scorer the job uses (serialized beside the model, read from the jar) gives what Spark ML's own stages give, on the shipped model and real text. */
class SectionScorerTest {
    private static final StructType ROWS = new StructType().add("i", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, true).add("language", DataTypes.StringType, true);

    @Test
    void theScorerAgreesWithPipelineModelTransformOnTheDevSetsAndOnNothingToClassify() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String lang : List.of("en", "ur")) {
            for (String text : SectionGold.read(Path.of("src/test/resources/sections/dev-" + lang + ".tsv")).texts()) {
                rows.add(RowFactory.create(rows.size(), text, lang));
            }
        }
        rows.add(RowFactory.create(rows.size(), "", "en"));
        rows.add(RowFactory.create(rows.size(), null, "ur"));
        rows.add(RowFactory.create(rows.size(), "Le match a eu lieu au stade.", "fr"));
        Dataset<Row> in = TestSpark.session().createDataFrame(rows, ROWS);
        PipelineModel model = ShippedSectionModel.get();
        List<Row> fast = SectionModel.classifyShipped(in, col("text"), col("language"), "s", "c").orderBy("i").collectAsList();
        List<Row> spark = SectionModel.classifyByTransform(model, in, col("text"), col("language"), "s", "c").orderBy("i")
                .collectAsList();
        assertThat(fast).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(fast.get(i).getAs("s") == null ? null : (String) fast.get(i).getAs("s")).as("row %d", i)
                    .isEqualTo(spark.get(i).getAs("s"));
            if (spark.get(i).getAs("c") != null) {
                assertThat((double) fast.get(i).getAs("c")).isCloseTo(spark.get(i).getAs("c"), within(1e-9));
            } else {
                assertThat((Object) fast.get(i).getAs("c")).isNull();
            }
        }
        assertThat(fast.subList(rows.size() - 3, rows.size())).allMatch(r -> r.isNullAt(r.fieldIndex("s")));
    }
}
