package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;

import khabar.jobs.config.KhabarConfig;
import khabar.jobs.sections.SectionModel;
import khabar.jobs.sections.ShippedSectionModel;
import khabar.jobs.stages.AnalyseListener;
import khabar.jobs.stages.AnalyzeArticles;
import khabar.jobs.tables.ArticlesTable;
import khabar.jobs.tables.TableSpec;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Analyse: tokens, sentences, entities and events of each article ({@link AnalyzeArticles}, each field of its
 * output a column of its own, {@link #field}), and its news desk ({@link SectionModel}: the {@code section} and
 * {@code section_confidence} columns); duplicates are not analysed unless {@code khabar.analyze-duplicates}.
 */
final class AnalyseStep {
    /** The column the analysis is written to. */
    static final String OUTPUT = "nlp";

    private AnalyseStep() {
    }

    /**
     * The articles with their analysis. Nothing runs yet: the first table staged from it runs the analysis,
     * which is kept on local disk, not in the heap: it is the largest thing the job holds (every token of every
     * sentence), and held in the heap it grows with N and keeps G1 marking through the analysis.
     */
    static Dataset<Row> analyse(KhabarConfig config, Dataset<Row> articles, AnalyseListener listener) {
        Column toAnalyse = config.analyzeDuplicates() ? col("text") : when(col("duplicate_of").isNull(), col("text"));
        // each task analyses its articles grouped by language: one model's weights stay in the core's caches
        // (10% faster than alternating English and Urdu on one thread; docs/benchmarks.md)
        Dataset<Row> analysed = new AnalyzeArticles().setSettings(config.nlp()).setFallbackDateCol(TableSpec.PARTITION_COLUMN)
                .setTextCol("text_to_analyse").setOutputCol(OUTPUT).setListener(listener)
                .transform(articles.withColumn("text_to_analyse", toAnalyse).sortWithinPartitions(col("language")));
        return flattened(withSections(analysed, col("text_to_analyse")).drop("text_to_analyse"))
                .persist(StorageLevel.DISK_ONLY());
    }

    /**
     * The column of one field of the analysis, e.g. {@code sentences} or {@code tone} (null where the article was
     * not analysed). The persisted analysis holds each field as a column of its own, not one struct: Spark's cache
     * is columnar, so each table staged from it decodes its own field only, not every token of every sentence.
     */
    static Column field(String name) {
        return col(OUTPUT + "_" + name);
    }

    /** True where the article was analysed (a duplicate is not, unless khabar.analyze-duplicates). */
    static Column analysed() {
        return col(OUTPUT + "_analysed");
    }

    private static Dataset<Row> flattened(Dataset<Row> analysed) {
        List<Column> columns = new ArrayList<>();
        for (String c : analysed.columns()) {
            if (!c.equals(OUTPUT)) {
                columns.add(col(c));
            }
        }
        columns.add(col(OUTPUT).isNotNull().as(OUTPUT + "_analysed"));
        for (String name : AnalyzeArticles.OUTPUT.fieldNames()) {
            columns.add(col(OUTPUT + "." + name).as(OUTPUT + "_" + name));
        }
        return analysed.select(columns.toArray(Column[]::new));
    }

    /**
     * The articles with their news desk, read from title and body: null where {@code body} is null (not analysed)
     * or has no letter (a body of digits or symbols says nothing, whatever the title).
     */
    static Dataset<Row> withSections(Dataset<Row> articles, Column body) {
        Column text = when(body.rlike("\\p{L}"), concat_ws(". ", col(ArticlesTable.TITLE), body));
        return SectionModel.classifyShipped(articles, text, col(ArticlesTable.LANGUAGE),
                ArticlesTable.SECTION, ArticlesTable.SECTION_CONFIDENCE);
    }
}
