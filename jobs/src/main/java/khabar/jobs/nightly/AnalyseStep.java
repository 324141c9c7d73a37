package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.when;

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
 * Analyse: tokens, sentences, entities and events of each article ({@link AnalyzeArticles}, into the
 * struct column {@value #OUTPUT}), and its news desk ({@link SectionModel}: the {@code section} and
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
        return withSections(analysed, col("text_to_analyse")).drop("text_to_analyse").persist(StorageLevel.DISK_ONLY());
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
