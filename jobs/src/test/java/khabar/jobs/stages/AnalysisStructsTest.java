package khabar.jobs.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import khabar.jobs.tables.ArticlesTable;
import khabar.jobs.tables.EntitiesTable;
import khabar.jobs.tables.EventsTable;
import khabar.jobs.tables.QuotesTable;
import khabar.jobs.tables.SentencesTable;
import khabar.jobs.tables.TableSpec;
import khabar.jobs.tables.ThemesTable;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The analysis struct is the tables' columns, so a column added to a table spec is one the analysis must fill. */
class AnalysisStructsTest {
    @Test
    void eachArrayOfTheOutputHoldsItsTablesColumnsButTheArticles() {
        assertThat(AnalyzeArticles.TABLE_FIELDS).containsOnlyKeys(SentencesTable.SPEC, EntitiesTable.SPEC,
                EventsTable.SPEC, QuotesTable.SPEC, ThemesTable.SPEC);
        AnalyzeArticles.TABLE_FIELDS.forEach((table, field) -> {
            StructType rows = (StructType) ((ArrayType) AnalyzeArticles.OUTPUT.apply(field).dataType()).elementType();
            List<String> expected = new ArrayList<>(table.columnNames());
            expected.removeAll(AnalyzeArticles.ARTICLE_COLUMNS);
            expected.removeAll(EventsTable.STAGED);
            assertThat(rows.fieldNames()).as(table.name()).containsExactlyElementsOf(expected);
            for (String name : expected) {
                assertThat(rows.apply(name).dataType()).as(table.name() + "." + name)
                        .isEqualTo(table.schema().apply(name).dataType());
                assertThat(rows.apply(name).nullable()).as(table.name() + "." + name)
                        .isEqualTo(table.schema().apply(name).nullable());
            }
        });
    }

    @Test
    void theToneStructIsTheArticlesToneColumns() {
        StructType tone = (StructType) AnalyzeArticles.OUTPUT.apply("tone").dataType();
        assertThat(tone.fieldNames()).containsExactlyElementsOf(ArticlesTable.TONE_COLUMNS);
        for (String name : ArticlesTable.TONE_COLUMNS) {
            assertThat(tone.apply(name).dataType()).isEqualTo(ArticlesTable.SPEC.schema().apply(name).dataType());
            assertThat(ArticlesTable.SPEC.schema().apply(name).nullable()).as(name).isTrue();
        }
    }

    @Test
    void theArticleColumnsAreInEveryAnalysedTable() {
        for (TableSpec table : AnalyzeArticles.TABLE_FIELDS.keySet()) {
            assertThat(table.columnNames()).containsAll(AnalyzeArticles.ARTICLE_COLUMNS);
        }
    }
}
