package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import khabar.jobs.TestSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The shipped section model as the nightly job applies it: title and body, nulls where there is nothing to read. */
class AnalyseStepSectionsTest {
    private static final StructType ARTICLES = new StructType().add("article_id", DataTypes.StringType, false)
            .add("title", DataTypes.StringType, false).add("text", DataTypes.StringType, true)
            .add("language", DataTypes.StringType, false);

    @Test
    void anEmptyOrLetterlessBodyOrALanguageWithoutModelGetsNoSectionAndNoFailure() {
        List<Row> rows = List.of(
                RowFactory.create("empty", "Pakistan win the cricket final", "", "en"),
                RowFactory.create("null", "Pakistan win the cricket final", null, "en"),
                RowFactory.create("digits", "Pakistan win the cricket final", "2024 -- 11:30 | 250/4 (50.0)", "en"),
                RowFactory.create("french", "Finale", "L'équipe a gagné le match de football au stade.", "fr"),
                RowFactory.create("und", "Final", "Pakistan beat India by six wickets in the cricket final.", "und"),
                RowFactory.create("en", "Pakistan win the cricket final", "Babar Azam scored a century and Shaheen Afridi "
                        + "took four wickets as Pakistan beat India by six wickets in the final of the cricket tournament.", "en"),
                RowFactory.create("ur", "پاکستان نے کرکٹ کا فائنل جیت لیا", "بابر اعظم نے سنچری بنائی اور شاہین آفریدی نے چار "
                        + "وکٹیں حاصل کیں، پاکستان نے ٹورنامنٹ کے فائنل میچ میں بھارت کو چھ وکٹوں سے شکست دے دی۔", "ur"));
        List<Row> out = AnalyseStep.withSections(TestSpark.session().createDataFrame(rows, ARTICLES), col("text"))
                .select("article_id", "section", "section_confidence").orderBy("article_id").collectAsList();
        assertThat(out).extracting(r -> r.getString(0) + "=" + r.getString(1)).containsExactly("digits=null",
                "empty=null", "en=sport", "french=null", "null=null", "und=null", "ur=sport");
        for (Row r : out) {
            if (r.isNullAt(1)) {
                assertThat(r.isNullAt(2)).isTrue();
            } else {
                assertThat(r.getDouble(2)).isBetween(0.3, 1.0);
            }
        }
    }
}
