package khabar.jobs.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import khabar.jobs.TestSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class AnalyzeArticlesTest {
    private static final StructType INPUT = new StructType()
            .add("headline", DataTypes.StringType).add("body", DataTypes.StringType).add("lang", DataTypes.StringType)
            .add("published_at", DataTypes.TimestampType).add("dateline", DataTypes.StringType);
    private static final java.sql.Timestamp MONDAY = java.sql.Timestamp.valueOf("2024-07-23 10:00:00");

    private Dataset<Row> input() {
        return TestSpark.session().createDataFrame(List.of(
                RowFactory.create("Talks in Baghdad", "Iraqi officials met in Baghdad on Monday. They spoke.", "en",
                        MONDAY, null),
                RowFactory.create("راکٹ حملہ", "بغداد میں راکٹ گرے۔ کوئی ہلاک نہیں ہوا۔", "ur", MONDAY, "بغداد"),
                RowFactory.create("skipped", null, "en", null, null)), INPUT);
    }

    @Test
    void addsSentencesAndEntitiesPerLanguageAsAStructColumn() {
        List<Row> out = new AnalyzeArticles().setTitleCol("headline").setTextCol("body").setLanguageCol("lang")
                .setOutputCol("analysis").transform(input())
                .selectExpr("analysis.sentence_count", "analysis.token_count",
                        "transform(analysis.entities, e -> e.mention)", "analysis is null",
                        "transform(analysis.events, v -> v.event_root)").collectAsList();
        assertThat(out.get(0).getInt(0)).isEqualTo(3);
        assertThat(out.get(0).getList(2)).contains("Baghdad");
        assertThat(out.get(1).getInt(0)).isEqualTo(3);
        assertThat(out.get(1).getInt(1)).isGreaterThanOrEqualTo(10);
        assertThat(out.get(2).getBoolean(3)).isTrue();
        assertThat(out.get(0).getList(4)).contains("04");
    }

    @Test
    void addsThemesWithTheirEvidenceAndTheToneOfEachArticleAndEventSentence() {
        List<Row> out = new AnalyzeArticles().setTitleCol("headline").setTextCol("body").setLanguageCol("lang")
                .setOutputCol("analysis").transform(TestSpark.session().createDataFrame(List.of(
                        RowFactory.create("Protest in Karachi", "Police arrested ten protesters in Karachi on Monday. "
                                + "Several were injured in the violence.", "en", MONDAY, null),
                        RowFactory.create("کراچی میں احتجاج", "پولیس نے کراچی میں مظاہرین کو گرفتار کر لیا۔ "
                                + "جھڑپوں میں کئی افراد زخمی ہو گئے۔", "ur", MONDAY, null)), INPUT))
                .selectExpr("headline", "body", "transform(analysis.themes, t -> named_struct('theme', t.theme, 'section', "
                                + "t.section, 'b', t.char_begin, 'e', t.char_end, 'evidence', t.evidence))",
                        "analysis.tone", "transform(analysis.events, v -> v.sentence_tone)").collectAsList();
        for (Row r : out) {
            List<Row> themes = r.getList(2);
            assertThat(themes).extracting(t -> t.getString(0)).contains("PROTEST", "POLICE_ARREST");
            for (Row t : themes) {
                String section = t.getString(1).equals("title") ? r.getString(0) : r.getString(1);
                assertThat(section.substring(t.getInt(2), t.getInt(3))).isEqualTo(t.getString(4));
            }
            Row tone = r.getStruct(3);
            assertThat(tone.<Double>getAs("tone")).isNegative();
            assertThat(tone.<Double>getAs("polarity"))
                    .isEqualTo(tone.<Double>getAs("positive_score") + tone.<Double>getAs("negative_score"));
            assertThat(tone.<Integer>getAs("word_count")).isGreaterThan(10);
        }
        List<Double> eventTones = out.get(0).getList(4);
        assertThat(eventTones).isNotEmpty().allSatisfy(t -> assertThat(t).isNotNull());
    }

    @Test
    void anEmptyOrNonTextBodyGivesNullToneAndNoThemesWithoutFailing() {
        List<Row> out = new AnalyzeArticles().setTitleCol("headline").setTextCol("body").setLanguageCol("lang")
                .setOutputCol("analysis").transform(TestSpark.session().createDataFrame(List.of(
                        RowFactory.create("Protest in Karachi", "", "en", MONDAY, null),
                        RowFactory.create("", "%%% ... ---- !!! ***", "en", MONDAY, null),
                        RowFactory.create("", "۔۔۔ ؟؟ ،،", "ur", MONDAY, null),
                        RowFactory.create("Ein Protest", "Die Polizei nahm zehn Demonstranten fest.", "de", MONDAY, null)),
                        INPUT))
                .selectExpr("analysis.tone is null", "size(analysis.themes)", "analysis is null").collectAsList();
        assertThat(out).allSatisfy(r -> {
            assertThat(r.getBoolean(0)).isTrue();
            assertThat(r.getBoolean(2)).isFalse();
        });
        assertThat(out.get(1).getInt(1)).isZero();
        assertThat(out.get(3).getInt(1)).isZero();
    }

    @Test
    void declaresItsOutputColumnAndChecksItsInputs() {
        AnalyzeArticles stage = new AnalyzeArticles().setTitleCol("headline").setTextCol("body").setLanguageCol("lang");
        assertThat(stage.transformSchema(INPUT).fieldNames())
                .containsExactly("headline", "body", "lang", "published_at", "dateline", "nlp");
        assertThatThrownBy(() -> new AnalyzeArticles().transformSchema(INPUT))
                .hasMessageContaining("no column 'title'");
        StructType numeric = new StructType().add("title", DataTypes.StringType).add("text", DataTypes.IntegerType)
                .add("language", DataTypes.StringType).add("published_at", DataTypes.TimestampType)
                .add("dateline", DataTypes.StringType);
        assertThatThrownBy(() -> new AnalyzeArticles().transformSchema(numeric)).hasMessageContaining("must be a string");
    }

    @Test
    void copyKeepsParamsUnderTheSameUid() {
        AnalyzeArticles stage = new AnalyzeArticles().setOutputCol("x");
        AnalyzeArticles copy = stage.copy(new org.apache.spark.ml.param.ParamMap());
        assertThat(copy.uid()).isEqualTo(stage.uid());
        assertThat(copy.getOrDefault(copy.outputCol())).isEqualTo("x");
    }
}
